package io.dockertutor.cli.command;

import io.dockertutor.gotext.TemplateException;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code docker info [--format]}: the client's section, then the facts the engine reports, laid out as the v28
 * CLI lays them out. Host-specific lines (storage backing, security options) are those of a plain Linux host.
 */
final class InfoCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        EngineInfo i = ctx.engine().info();
        String format = cmd.string("format", "");
        if (!format.isEmpty()) {
            return formatted(ctx, format.equals("json") ? "{{json .}}" : format, i);
        }
        StringBuilder b = new StringBuilder();
        b.append("Client:\n Version:    ").append(VersionCommand.CLIENT_VERSION).append("\n Context:    default\n Debug Mode: false\n\n");
        b.append("Server:\n");
        b.append(" Containers: ").append(i.containers()).append('\n');
        b.append("  Running: ").append(i.containersRunning()).append('\n');
        b.append("  Paused: ").append(i.containersPaused()).append('\n');
        b.append("  Stopped: ").append(i.containersStopped()).append('\n');
        b.append(" Images: ").append(i.images()).append('\n');
        b.append(" Server Version: ").append(i.serverVersion()).append('\n');
        b.append(" Storage Driver: ").append(i.storageDriver()).append('\n');
        b.append("  Backing Filesystem: extfs\n  Supports d_type: true\n  Using metacopy: false\n  Native Overlay Diff: true\n  userxattr: false\n");
        b.append(" Logging Driver: ").append(i.loggingDriver()).append('\n');
        b.append(" Cgroup Driver: ").append(i.cgroupDriver()).append("\n Cgroup Version: 2\n");
        b.append(" Plugins:\n  Volume: local\n  Network: bridge host ipvlan macvlan null overlay\n");
        b.append("  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog\n");
        b.append(" Swarm: inactive\n Runtimes: io.containerd.runc.v2 runc\n Default Runtime: runc\n Init Binary: docker-init\n");
        b.append(" Security Options:\n  seccomp\n   Profile: builtin\n  cgroupns\n");
        b.append(" Kernel Version: ").append(i.kernelVersion()).append('\n');
        b.append(" Operating System: ").append(i.operatingSystem()).append('\n');
        b.append(" OSType: ").append(i.osType()).append('\n');
        b.append(" Architecture: ").append(i.architecture()).append('\n');
        b.append(" CPUs: ").append(i.cpus()).append('\n');
        b.append(" Total Memory: ").append(binary(i.memoryBytes())).append('\n');
        b.append(" Name: ").append(i.name()).append('\n');
        b.append(" Docker Root Dir: ").append(i.dockerRootDir()).append('\n');
        b.append(" Debug Mode: false\n Experimental: false\n Insecure Registries:\n  ::1/128\n  127.0.0.0/8\n Live Restore Enabled: false\n\n");
        ctx.out().print(b);
        return 0;
    }

    /**
     * formatInfo: the template runs on the CLI's {@code system.dockerInfo} (the daemon's system.Info embedded, then
     * ClientInfo), so an unknown field fails on the typed value with Go's own text (no raw-map fallback); what ran
     * is printed, then a newline; a template that does not parse exits 64.
     */
    private static int formatted(CliContext ctx, String format, EngineInfo i) {
        io.dockertutor.gotext.GoTemplate template;
        try {
            template = io.dockertutor.gotext.GoTemplate.parse(format);
        } catch (TemplateException e) {
            ctx.err().println(io.dockertutor.gotext.DockerFormat.ERROR_PREFIX + e.getMessage());
            return 64;
        }
        StringBuilder out = new StringBuilder();
        try {
            template.execute(InspectTypes.CLIENT.decode("system.dockerInfo", json(i, ctx.engine().version().apiVersion())), out);
            ctx.out().println(out);
            return 0;
        } catch (TemplateException e) {
            ctx.out().println(out);
            ctx.err().println(e.getMessage());
            return 1;
        }
    }

    /** go-units' BytesSize: 7.75GiB. */
    static String binary(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "") + units[u];
    }

    private static Map<String, Object> json(EngineInfo i, String daemonApi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Containers", i.containers());
        m.put("ContainersRunning", i.containersRunning());
        m.put("ContainersPaused", i.containersPaused());
        m.put("ContainersStopped", i.containersStopped());
        m.put("Images", i.images());
        m.put("Driver", i.storageDriver());
        m.put("LoggingDriver", i.loggingDriver());
        m.put("CgroupDriver", i.cgroupDriver());
        m.put("KernelVersion", i.kernelVersion());
        m.put("OperatingSystem", i.operatingSystem());
        m.put("OSType", i.osType());
        m.put("Architecture", i.architecture());
        m.put("NCPU", i.cpus());
        m.put("MemTotal", i.memoryBytes());
        m.put("DockerRootDir", i.dockerRootDir());
        m.put("Name", i.name());
        m.put("ServerVersion", i.serverVersion());
        m.put("Plugins", Map.of("Volume", List.of("local"), "Network", List.of("bridge", "host", "ipvlan", "macvlan", "null", "overlay"),
                "Authorization", List.of(), "Log", List.of("awslogs", "fluentd", "gcplogs", "gelf", "journald", "json-file",
                        "local", "splunk", "syslog")));
        m.put("Swarm", Map.of("LocalNodeState", "inactive"));
        Map<String, Object> client = VersionCommand.clientJson(daemonApi, Map.of("Debug", false));
        client.put("Plugins", List.of());
        m.put("ClientInfo", client);
        return m;
    }
}
