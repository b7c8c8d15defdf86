package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.gotext.TemplateException;
import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.DiskUsage;
import java.util.List;
import java.util.Map;

/** {@code docker system df}: one row per kind of object, as docker/cli's diskUsageContext ({@code -v}: {@link SystemDfVerbose}). */
final class SystemDfCommand implements DockerCommand {
    static final String TABLE = "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}";
    static final Map<String, String> HEADERS = Map.of("Type", "TYPE", "TotalCount", "TOTAL", "Active", "ACTIVE",
            "Size", "SIZE", "Reclaimable", "RECLAIMABLE");

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        DiskUsage du = ctx.engine().diskUsage();
        String format = cmd.string("format", "");
        if (cmd.bool("verbose")) {
            return SystemDfVerbose.write(ctx, du, format);
        }
        if (format.isEmpty() || format.equals("table")) {
            format = TABLE;
        } else if (format.equals("json")) {
            format = "{{json .}}";
        }
        List<Object> rows = List.of(row("Images", "Images", du.images()), row("Containers", "Containers", du.containers()),
                row("Local Volumes", "Volumes", du.volumes()), row("Build Cache", "Builder", du.buildCache()));
        Printing.rows(ctx, format, HEADERS, rows);
        return 0;
    }

    /** One row; {@code context} names docker's Go type for it ({@code *formatter.diskUsageImagesContext} ...). */
    private static TemplateStruct row(String type, String context, DiskUsage.Row r) {
        String reclaimable = GoUnits.humanSize4(r.reclaimable());
        if (r.size() > 0 && !context.equals("Builder")) { // the build cache row gives no percentage
            reclaimable += " (" + (r.reclaimable() * 100 / r.size()) + "%)";
        }
        return TemplateStruct.builder("*formatter.diskUsage" + context + "Context")
                .field("Active", String.valueOf(r.active()))
                .field("Reclaimable", reclaimable)
                .field("Size", GoUnits.humanSize4(r.size()))
                .field("TotalCount", String.valueOf(r.total()))
                .field("Type", type)
                .build();
    }
}
