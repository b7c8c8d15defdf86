package io.dockertutor.cli.command;

import io.dockertutor.gotext.TemplateStruct;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.VolumeInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code docker volume create|ls|inspect|rm|prune}, with docker/cli's volume formatter and messages. */
final class VolumeCommands {
    static final String TABLE = "table {{.Driver}}\t{{.Name}}";
    static final Map<String, String> HEADERS = Map.of("Name", "VOLUME NAME", "Driver", "DRIVER", "Scope", "SCOPE",
            "Mountpoint", "MOUNTPOINT", "Labels", "LABELS", "Links", "LINKS", "Size", "SIZE");

    private VolumeCommands() {
    }

    static void register(DockerCli cli) {
        cli.register("volume create", VolumeCommands::create);
        cli.register("volume ls", VolumeCommands::list);
        cli.register("volume inspect", InspectCommand.of("volume", InspectCommand.volumeLookup()));
        cli.register("volume rm", VolumeCommands::remove);
        cli.register("volume prune", VolumeCommands::prune);
    }

    private static int create(ParsedCommand cmd, CliContext ctx) {
        Map<String, String> labels = keyValues(cmd.list("label"));
        Map<String, String> options = keyValues(cmd.list("opt"));
        // The hidden --name names the volume as the positional argument does; both at once is refused.
        String name = cmd.string("name", "");
        if (!cmd.args().isEmpty()) {
            if (!name.isEmpty()) {
                ctx.err().println("conflicting options: cannot specify a volume-name through both --name and as a positional arg");
                return 1;
            }
            name = cmd.args().get(0);
        }
        VolumeInfo v = ctx.engine().createVolume(name, cmd.string("driver", "local"), labels, options);
        ctx.out().println(v.name());
        return 0;
    }

    private static int list(ParsedCommand cmd, CliContext ctx) throws io.dockertutor.gotext.TemplateException {
        List<VolumeInfo> volumes = new ArrayList<>(ctx.engine().listVolumes(Filters.parse(cmd.list("filter"))));
        DockerCli.noteHidden(ctx, "volumes");
        volumes.sort((a, b) -> NaturalOrder.less(a.name(), b.name()));
        String format = cmd.string("format", "");
        String chosen = cmd.bool("quiet") ? "{{.Name}}" : format.isEmpty() || format.equals("table") ? TABLE
                : format.equals("json") ? "{{json .}}" : format;
        List<Object> rows = new ArrayList<>();
        for (VolumeInfo v : volumes) {
            rows.add(row(v, "N/A", "N/A"));
        }
        Printing.rows(ctx, chosen, HEADERS, rows);
        return 0;
    }

    /**
     * One volumeContext; {@code links} and {@code size} come from the volume's UsageData, which only
     * {@code system df -v} has (N/A otherwise). Group, Availability and Status describe cluster volumes: N/A here.
     */
    static TemplateStruct row(VolumeInfo v, String links, String size) {
        return TemplateStruct.builder("*formatter.volumeContext")
                .field("Name", v.name()).field("Driver", v.driver()).field("Scope", v.scope())
                .field("Mountpoint", v.mountpoint()).lazy("Labels", () -> ContainerRows.labels(v.labels()))
                .method("Label", ContainerRows.label(v.labels()))
                .field("Links", links).field("Size", size).field("Group", "N/A").field("Availability", "N/A")
                .field("Status", "N/A").sortedJson()
                .printed(() -> RowStructs.context("formatter.volumeContext", List.of(),
                        InspectTypes.SCHEMA.decode("volume.Volume", json(v))))
                .build();
    }

    private static int remove(ParsedCommand cmd, CliContext ctx) {
        List<String> errors = new ArrayList<>();
        for (String name : cmd.args()) {
            try {
                ctx.engine().removeVolume(name, cmd.bool("force"));
                ctx.out().println(name);
            } catch (EngineException e) {
                errors.add("Error response from daemon: " + e.getMessage());
            }
        }
        errors.forEach(ctx.err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    private static int prune(ParsedCommand cmd, CliContext ctx) {
        boolean all = cmd.bool("all");
        if (!cmd.bool("force")) {
            ctx.out().print(all
                    ? "WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] "
                    : "WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ");
            ctx.out().flush();
            if (!Confirm.answeredYes(ctx)) {
                return 0;
            }
        }
        ContainerPruneCommand.report(ctx, "Deleted Volumes:", ctx.engine().pruneVolumes(Filters.parse(cmd.list("filter")), all));
        return 0;
    }

    /** {@code docker volume inspect}'s object: the Volume struct's fields in their (alphabetical) order. */
    static Map<String, Object> json(VolumeInfo v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("CreatedAt", GoTime.rfc3339(v.createdAt()));
        m.put("Driver", v.driver());
        m.put("Labels", v.labels().isEmpty() ? null : new TreeMap<>(v.labels()));
        m.put("Mountpoint", v.mountpoint());
        m.put("Name", v.name());
        m.put("Options", v.options().isEmpty() ? null : new TreeMap<>(v.options()));
        m.put("Scope", v.scope());
        return m;
    }

    static Map<String, String> keyValues(List<String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            m.put(eq < 0 ? v : v.substring(0, eq), eq < 0 ? "" : v.substring(eq + 1));
        }
        return m;
    }
}
