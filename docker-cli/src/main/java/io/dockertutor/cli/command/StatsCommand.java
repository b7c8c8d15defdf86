package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ContainerStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker stats}: one sample per container, formatted as docker/cli's statsContext. Without
 * {@code --no-stream} docker keeps redrawing; the tutor prints one sample either way.
 */
final class StatsCommand implements DockerCommand {
    static final String TABLE = "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";
    static final Map<String, String> HEADERS = Map.of("ID", "CONTAINER ID", "Container", "CONTAINER", "Name", "NAME",
            "CPUPerc", "CPU %", "MemUsage", "MEM USAGE / LIMIT", "MemPerc", "MEM %", "NetIO", "NET I/O",
            "BlockIO", "BLOCK I/O", "PIDs", "PIDS");
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        List<ContainerStats> stats = ctx.engine().stats(cmd.args(), cmd.bool("all"));
        boolean trunc = !cmd.bool("no-trunc");
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            String asTyped = i < cmd.args().size() ? cmd.args().get(i) : stats.get(i).id();
            rows.add(row(stats.get(i), asTyped, trunc));
        }
        String format = cmd.string("format", "");
        Printing.rows(ctx, format.isEmpty() || format.equals("table") ? TABLE : format.equals("json") ? "{{json .}}" : format,
                HEADERS, rows);
        return 0;
    }

    static TemplateStruct row(ContainerStats s, String container, boolean trunc) {
        String name = s.name().startsWith("/") ? s.name().substring(1) : s.name();
        double memPerc = s.memoryLimit() > 0 ? 100.0 * s.memoryUsage() / s.memoryLimit() : 0;
        return TemplateStruct.builder("formatter.statsContext")
                .field("Container", container)
                .field("Name", name.isEmpty() ? "--" : name)
                .field("ID", trunc ? ShortIds.of(s.id()) : s.id())
                .lazy("CPUPerc", () -> String.format(java.util.Locale.ROOT, "%.2f%%", s.cpuPercent()))
                .lazy("MemUsage", () -> bytesSize(s.memoryUsage()) + " / " + bytesSize(s.memoryLimit()))
                .lazy("MemPerc", () -> String.format(java.util.Locale.ROOT, "%.2f%%", memPerc))
                .lazy("NetIO", () -> GoUnits.humanSize(s.netInput()) + " / " + GoUnits.humanSize(s.netOutput()))
                .lazy("BlockIO", () -> GoUnits.humanSize(s.blockInput()) + " / " + GoUnits.humanSize(s.blockOutput()))
                .lazy("PIDs", () -> String.valueOf(s.pids()))
                .build();
    }

    /** go-units' {@code BytesSize}: binary units at four significant digits, {@code 3.84MiB / 7.67GiB}. */
    static String bytesSize(double size) {
        int i = 0;
        while (size >= 1024.0 && i < BINARY.length - 1) {
            size /= 1024.0;
            i++;
        }
        return GoUnits.formatG(size, 4) + BINARY[i];
    }
}
