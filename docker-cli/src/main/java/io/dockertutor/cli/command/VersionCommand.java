package io.dockertutor.cli.command;

import io.dockertutor.gotext.TemplateException;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineVersion;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code docker version [--format]}: the client's facts (this tutor imitates CLI 28.2.2) and the engine's. */
final class VersionCommand implements DockerCommand {
    static final String CLIENT_VERSION = "28.2.2";
    static final String CLIENT_API = "1.50";
    private static final DateTimeFormatter BUILT = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH); // Go's time.ANSIC: "Jan _2"

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        EngineVersion v = ctx.engine().version();
        String format = cmd.string("format", "");
        if (!format.isEmpty()) {
            return formatted(ctx, format.equals("json") ? "{{json .}}" : format, v);
        }
        String api = CLIENT_API.equals(v.apiVersion()) ? CLIENT_API : v.apiVersion() + " (downgraded from " + CLIENT_API + ")";
        StringBuilder b = new StringBuilder();
        b.append("Client:\n");
        b.append(" Version:           ").append(CLIENT_VERSION).append('\n');
        b.append(" API version:       ").append(api).append('\n');
        b.append(" Go version:        go1.24.3\n");
        b.append(" Git commit:        e6534b4\n");
        b.append(" Built:             Fri May 30 12:07:14 2025\n");
        b.append(" OS/Arch:           linux/amd64\n");
        b.append(" Context:           default\n\n");
        // The CLI's template: "Server:{{if .Server.Platform.Name}} {{.Server.Platform.Name}}{{end}}".
        b.append("Server:").append(v.platformName().isEmpty() ? "" : " " + v.platformName()).append('\n');
        b.append(" Engine:\n");
        b.append("  Version:          ").append(v.version()).append('\n');
        b.append("  API version:      ").append(v.apiVersion()).append(" (minimum version ").append(v.minApiVersion()).append(")\n");
        b.append("  Go version:       ").append(v.goVersion()).append('\n');
        b.append("  Git commit:       ").append(v.gitCommit()).append('\n');
        b.append("  Built:            ").append(BUILT.format(v.buildTime().atOffset(ZoneOffset.UTC))).append('\n');
        b.append("  OS/Arch:          ").append(v.os()).append('/').append(v.arch()).append('\n');
        b.append("  Experimental:     false\n");
        // the CLI's template prints each component's Details after its Version: GitCommit, even when empty
        b.append(" containerd:\n  Version:          ").append(v.containerdVersion()).append('\n');
        b.append("  GitCommit:        ").append(v.containerdCommit()).append('\n');
        b.append(" runc:\n  Version:          ").append(v.runcVersion()).append('\n');
        b.append("  GitCommit:        ").append(v.runcCommit()).append('\n');
        b.append(" docker-init:\n  Version:          ").append(v.initVersion()).append('\n');
        b.append("  GitCommit:        ").append(v.initCommit()).append('\n');
        ctx.out().print(b);
        return 0;
    }

    /**
     * The CLI runs a template named {@code version} on its {@code system.versionInfo} struct (client-types.txt), so
     * {@code .Client.ApiVersion} fails where {@code .Client.APIVersion} works; whatever ran before an error is
     * printed, then a newline, then the error (status 1), as prettyPrintVersion does.
     */
    private static int formatted(CliContext ctx, String format, EngineVersion v) throws TemplateException {
        Map<String, Object> data = json(v);
        Object info = InspectTypes.CLIENT.decode("system.versionInfo", data);
        StringBuilder out = new StringBuilder();
        try {
            io.dockertutor.gotext.GoTemplate.parse(format).execute(info, out);
            ctx.out().println(out);
            return 0;
        } catch (TemplateException e) {
            ctx.out().println(out);
            ctx.err().println(e.getMessage().replaceFirst("^template: :", "template: version:")
                    .replace("executing \"\" at", "executing \"version\" at"));
            return 1;
        }
    }

    /**
     * The daemon's Components (moby's SystemVersion): the Engine with its facts as details, whose BuildTime the CLI
     * rewrites in time.ANSIC, then containerd, runc and docker-init with their commits. Details are Go maps: sorted.
     */
    private static List<Object> components(EngineVersion v) {
        Map<String, Object> engine = new java.util.TreeMap<>();
        engine.put("ApiVersion", v.apiVersion());
        engine.put("Arch", v.arch());
        engine.put("BuildTime", BUILT.format(v.buildTime().atOffset(ZoneOffset.UTC)));
        engine.put("Experimental", "false");
        engine.put("GitCommit", v.gitCommit());
        engine.put("GoVersion", v.goVersion());
        engine.put("KernelVersion", v.kernelVersion());
        engine.put("MinAPIVersion", v.minApiVersion());
        engine.put("Os", v.os());
        return List.of(component("Engine", v.version(), engine),
                component("containerd", v.containerdVersion(), Map.of("GitCommit", v.containerdCommit())),
                component("runc", v.runcVersion(), Map.of("GitCommit", v.runcCommit())),
                component("docker-init", v.initVersion(), Map.of("GitCommit", v.initCommit())));
    }

    private static Map<String, Object> component(String name, String version, Map<String, Object> details) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("Name", name);
        c.put("Version", version);
        c.put("Details", details);
        return c;
    }

    /**
     * The CLI's clientVersion as JSON (also inside {@code docker info}'s ClientInfo), after {@code before}'s entries:
     * its API version is the one negotiated with the daemon.
     */
    static Map<String, Object> clientJson(String daemonApi, Map<String, Object> before) {
        Map<String, Object> client = new LinkedHashMap<>(before);
        client.put("Version", CLIENT_VERSION);
        client.put("ApiVersion", CLIENT_API.equals(daemonApi) ? CLIENT_API : daemonApi);
        client.put("DefaultAPIVersion", CLIENT_API);
        client.put("GitCommit", "e6534b4");
        client.put("GoVersion", "go1.24.3");
        client.put("Os", "linux");
        client.put("Arch", "amd64");
        client.put("BuildTime", "Fri May 30 12:07:14 2025");
        client.put("Context", "default");
        return client;
    }

    private static Map<String, Object> json(EngineVersion v) {
        Map<String, Object> client = clientJson(v.apiVersion(), Map.of());
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("Platform", Map.of("Name", v.platformName()));
        server.put("Components", components(v));
        server.put("Version", v.version());
        server.put("ApiVersion", v.apiVersion());
        server.put("MinAPIVersion", v.minApiVersion());
        server.put("GitCommit", v.gitCommit());
        server.put("GoVersion", v.goVersion());
        server.put("Os", v.os());
        server.put("Arch", v.arch());
        server.put("KernelVersion", v.kernelVersion());
        server.put("BuildTime", GoTime.rfc3339Nano(v.buildTime()));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("Client", client);
        all.put("Server", server);
        return all;
    }
}
