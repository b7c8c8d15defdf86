package io.dockertutor.engine.sim.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses the model for what a container runs, from its executable and arguments, as the real process would
 * behave: the official images' entrypoint scripts, servers, one-shot commands, idle processes and shells.
 */
public final class Programs {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");
    private static final Set<String> VERSION_QUESTIONS = Set.of("--version", "-V", "--help");
    private static final Set<String> ENTRYPOINTS = Set.of("docker-entrypoint.sh", "__cacert_entrypoint.sh");

    private Programs() {
    }

    /** Thrown when the runtime cannot start the executable at all: the daemon's OCI error follows from it. */
    public static final class NotExecutable extends Exception {
        public NotExecutable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The program for {@code argv} (path first), in a container described by {@code ctx}.
     *
     * @throws NotExecutable with the runtime's words ({@code exec: "X": executable file not found in $PATH})
     */
    public static Program select(List<String> argv, String workingDir, ProgramContext ctx) throws NotExecutable {
        if (argv.isEmpty()) {
            throw new NotExecutable("no command specified");
        }
        String exe = argv.get(0);
        String resolved = relativeTo(exe, workingDir);
        if (!ctx.executable(resolved)) {
            throw new NotExecutable(exe.contains("/")
                    ? "exec: \"" + exe + "\": stat " + exe + ": no such file or directory"
                    : "exec: \"" + exe + "\": executable file not found in $PATH");
        }
        if (resolved.startsWith("/")) {
            // Executables the simulator built (go build) carry the model of what they do.
            java.util.Optional<ProgramSpec> built = ctx.readFile(resolved)
                    .flatMap(b -> ProgramSpec.decode(new String(b, java.nio.charset.StandardCharsets.UTF_8)));
            if (built.isPresent()) {
                return new BuiltProgram(argv, built.get());
            }
        }
        return choose(argv, workingDir, ctx);
    }

    /** {@code ./go-app} runs from the working directory, as execve resolves relative paths. */
    private static String relativeTo(String exe, String workingDir) {
        if (!exe.contains("/") || exe.startsWith("/")) {
            return exe;
        }
        String dir = workingDir == null || workingDir.isEmpty() ? "/" : workingDir;
        return java.nio.file.Path.of(dir).resolve(exe).normalize().toString();
    }

    private static Program choose(List<String> argv, String workingDir, ProgramContext ctx) {
        String exe = argv.get(0);
        String base = exe.substring(exe.lastIndexOf('/') + 1);
        List<String> rest = argv.subList(1, argv.size());
        if (VERSION_QUESTIONS.stream().anyMatch(rest::contains) && !ENTRYPOINTS.contains(base) && !SHELLS.contains(base)) {
            return new OneShot(argv);  // a server asked for its version answers and ends; it does not start serving
        }
        switch (base) {
            case "docker-entrypoint.sh":
                return entrypoint(argv, workingDir, ctx);
            case "nginx", "nginx-debug":
                return new Nginx(argv, false);
            case "httpd":
                return rest.contains("-f") ? BusyboxHttpd.of(argv, workingDir) : new OneShot(argv);
            case "httpd-foreground":
                return new ApacheHttpd(argv);
            case "redis-server":
                return new Daemon(argv, "redis");
            case "mysqld":
                return new Daemon(argv, "mysql");
            case "mariadbd":
                return new Daemon(argv, "mariadb");
            case "__cacert_entrypoint.sh":
                // eclipse-temurin's script adds the system's CA certificates when asked, then ends in exec "$@".
                return rest.isEmpty() ? new OneShot(List.of("true")) : choose(rest, workingDir, ctx);
            case "postgres", "mongod", "traefik":
                return new Daemon(argv, base);
            case "registry":
                return rest.isEmpty() || !rest.get(0).equals("serve") ? new OneShot(argv) : new Daemon(argv, base);
            case "entrypoint.sh":
                // traefik's and registry's /entrypoint.sh put the server in front of options or a configuration file.
                if (ctx.executable("traefik") && (rest.isEmpty() || rest.get(0).startsWith("-") || rest.get(0).equals("traefik"))) {
                    return new Daemon(rest.isEmpty() || rest.get(0).startsWith("-") ? argv : rest, "traefik");
                }
                if (ctx.executable("registry") && (rest.isEmpty() || rest.get(0).endsWith(".yml") || rest.get(0).endsWith(".yaml"))) {
                    List<String> serve = new ArrayList<>(List.of("registry", "serve"));
                    serve.addAll(rest);
                    return new Daemon(serve, "registry");
                }
                return new OneShot(argv);  // a learner's own entrypoint.sh runs as the script it is
            case "sleep":
                // a duration sleep refuses ends at once with sleep's own error, run by the container's shell
                // and so does a sleep of a second or two: it is over before anyone looks (docker run busybox sleep 1)
                return !rest.isEmpty() && rest.stream().allMatch(io.dockertutor.sh.builtins.BuiltinTable::sleepAccepts)
                        && !rest.stream().allMatch(ScriptThenServe::isShort) ? new Idle(argv) : new OneShot(argv);
            case "tail":
                if (rest.contains("-f") || rest.contains("-F")) {
                    return new Idle(argv);
                }
                return ctx.openStdin() && AwaitingInput.readsInput(argv) ? new AwaitingInput(argv) : new OneShot(argv);
            case "cat":
                return rest.isEmpty() && (ctx.openStdin() || ctx.tty()) ? new Idle(argv) : new OneShot(argv);
            case "top":
                return new Idle(argv);
            case "python", "python3", "node", "nodejs":
                if (rest.isEmpty()) {
                    // The interpreter's prompt reads standard input: with none it ends at once, with -i or -t it waits.
                    return ctx.openStdin() || ctx.tty() ? new Idle(argv) : new Failing(argv, List.of(), 0);
                }
                return new OneShot(argv);
            default:
                if (ctx.openStdin() && AwaitingInput.readsInput(argv)) {
                    return new AwaitingInput(argv);
                }
                if (SHELLS.contains(base)) {
                    if (rest.contains("-c")) {
                        return ScriptThenServe.of(argv, workingDir, ctx).or(() -> LoopingScript.of(argv))
                                .or(() -> DelayedScript.of(argv)).orElseGet(() -> new OneShot(argv));
                    }
                    if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
                        return new OneShot(argv); // sh FILE [ARGS]: the shell runs the file's commands and ends
                    }
                    // No script and no standard input: the shell reads end-of-file and ends at once, successfully.
                    // A terminal (-t) never ends its input: the shell waits at its prompt, with or without -i.
                    return ctx.openStdin() || ctx.tty() ? new Idle(argv) : new Failing(argv, List.of(), 0);
                }
                return new OneShot(argv);
        }
    }

    /**
     * The official images' {@code docker-entrypoint.sh}: nginx's runs its configuration scripts when the command
     * is nginx and otherwise {@code exec}s the command; redis's and mysql's put the server in front of options.
     */
    private static Program entrypoint(List<String> argv, String workingDir, ProgramContext ctx) {
        List<String> cmd = argv.subList(1, argv.size());
        boolean nginxCommand = !cmd.isEmpty() && (cmd.get(0).equals("nginx") || cmd.get(0).equals("nginx-debug"));
        if (nginxCommand && LabNginx.isStandIn(ctx)) {
            return new LabNginx(argv);
        }
        boolean nginxImage = ctx.readFile("/etc/nginx/nginx.conf").isPresent();
        if (nginxImage && !cmd.isEmpty() && (cmd.get(0).equals("nginx") || cmd.get(0).equals("nginx-debug"))) {
            return new Nginx(cmd, true);
        }
        if (!nginxImage && (cmd.isEmpty() || cmd.get(0).startsWith("-"))) {
            String server = ctx.executable("redis-server") ? "redis-server" : ctx.executable("mysqld") ? "mysqld"
                    : ctx.executable("mariadbd") ? "mariadbd" : ctx.executable("postgres") ? "postgres" : null;
            if (server != null) {
                List<String> withServer = new ArrayList<>();
                withServer.add(server);
                withServer.addAll(cmd);
                return DatabaseEntrypoints.refusal(argv, withServer, ctx).orElseGet(() -> choose(withServer, workingDir, ctx));
            }
        }
        if (cmd.isEmpty()) {
            return new OneShot(List.of("true"));
        }
        java.util.Optional<Program> refused = DatabaseEntrypoints.refusal(argv, cmd, ctx);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!ctx.executable(cmd.get(0))) {
            // nginx's script ends in `exec "$@"` on line 47; dash reports the missing program there.
            // ash (alpine images) says "exec: line 47:", dash (Debian images, nginx's own) "47: exec:".
            String text = ctx.readFile("/bin/busybox").isPresent()
                    ? argv.get(0) + ": exec: line 47: " + cmd.get(0) + ": not found"
                    : argv.get(0) + ": 47: exec: " + cmd.get(0) + ": not found";
            return new Failing(argv, List.of(Program.Line.err(text)), 127);
        }
        return choose(cmd, workingDir, ctx);
    }
}
