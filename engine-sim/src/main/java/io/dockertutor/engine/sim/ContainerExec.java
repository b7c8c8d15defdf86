package io.dockertutor.engine.sim;

import io.dockertutor.engine.sim.fs.ShellFlavor;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ExecSpec;
import io.dockertutor.engine.sim.fs.ContainerShell;
import io.dockertutor.engine.sim.fs.Identity;
import io.dockertutor.engine.sim.fs.ProcessTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Commands run inside a container: a one-shot program at start, and {@code docker exec}. They run in a
 * {@link ContainerShell} over the container's own files, with its environment, user and working directory.
 */
final class ContainerExec {
    private final SimContext ctx;

    ContainerExec(SimContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@code docker exec NAME CMD}: only in a running container, not a paused one. As moby's getActiveContainer
     * words them, a stopped container is named by its ID, a paused one as the caller named it, with a capital C.
     */
    int exec(String name, ExecSpec spec, InputStream in, OutputStream out, OutputStream err) {
        SimContainer c = ctx.state().containers.get(name);
        if (c.status.equals("paused")) {
            throw EngineException.conflict("Container " + name + " is paused, unpause the container before exec");
        }
        if (!c.isRunningProcess()) {
            throw EngineException.conflict("container " + c.id + " is not running");
        }
        if (!io.dockertutor.engine.DetachKeys.accepted(spec.detachKeys())) {
            throw EngineException.serverError("Invalid escape keys (" + spec.detachKeys() + ") provided");
        }
        // the daemon's exec_create, exec_start and exec_die events: the command as "ENTRYPOINT ARGS", with the exec's id
        String command = spec.cmd().get(0) + " " + String.join(" ", spec.cmd().subList(1, spec.cmd().size()));
        java.util.Map<String, String> execId = java.util.Map.of("execID", EngineIds.sha256(c.id + System.nanoTime()).substring(7));
        ctx.events().container(c, "exec_create: " + command, execId);
        ctx.events().container(c, "exec_start: " + command, execId);
        int status = c.files.using(() -> execInShell(c, spec, in, out, err));
        java.util.Map<String, String> died = new java.util.HashMap<>(execId);
        died.put("exitCode", String.valueOf(status));
        ctx.events().container(c, "exec_die", died);
        return status;
    }

    private int execInShell(SimContainer c, ExecSpec spec, InputStream in, OutputStream out, OutputStream err) {
        String user = spec.user().split(":", 2)[0];
        if (!user.isEmpty() && !user.matches("\\d+") && !knownUser(c, user)) {
            // runc looks the name up in the container's /etc/passwd; the CLI prints its error and exits 126
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).print(
                    "unable to find user " + user + ": no matching entries in passwd file\r\n");
            return 126;
        }
        String cwdError = spec.workingDir().isEmpty() ? null : WorkingDirectories.chdirError(c, spec.workingDir());
        if (cwdError != null) {
            // runc changes to the exec's directory, which exec (unlike create) never makes
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).print(
                    "OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd (\""
                            + spec.workingDir() + "\") set in config.json failed: " + cwdError + ": unknown\r\n");
            return 126;
        }
        String execUser = spec.user().isEmpty() ? c.user : spec.user();
        ContainerShell shell = shell(c, execUser, spec.workingDir().isEmpty() ? c.workingDir : spec.workingDir(),
                spec.env(), spec.cmd().get(0));
        ProcessTable table = processes(c, mainArgv(c));
        ProcessTable.Process process = table.execStarted(spec.cmd(), execUser, ctx.now());
        shell.runningAs(table, process, ctx::now);
        try {
            return execAs(c, shell, spec, in, out, err);
        } finally {
            table.ended(process);
        }
    }

    private int execAs(SimContainer c, ContainerShell shell, ExecSpec spec, InputStream in, OutputStream out, OutputStream err) {
        String exe = spec.cmd().get(0);
        if (isBareShell(spec.cmd()) && shell.findProgram(exe).isPresent()) {
            return interactive(c, shell, spec.tty(), in, out, err);
        }
        if (shell.findProgram(exe).isEmpty()) {
            // The runtime's error comes back on the exec's own stream, not as an API error.
            // It is written with a terminal's line end, as the real attach stream carries it.
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).print(
                    "OCI runtime exec failed: exec failed: unable to start container process: exec: \"" + exe
                    + "\": executable file not found in $PATH: unknown\r\n");
            return 126;
        }
        return shell.exec(spec.cmd(), in, out, err);
    }

    private static boolean knownUser(SimContainer c, String user) {
        String passwd = c.files.readText("/etc/passwd");
        return passwd == null || passwd.lines().anyMatch(l -> l.startsWith(user + ":")); // no passwd file modelled: no verdict
    }

    /**
     * {@code docker run -i}, {@code docker start -ai}, {@code docker attach}: the keyboard (or a pipe) is the
     * container's own standard input. A shell reads its lines until {@code exit} or the end of input and the
     * container ends with its status; {@code cat} copies its input back; anything else does not read its input,
     * so it keeps running (empty) once what it printed is shown.
     */
    OptionalInt attach(String id, boolean start, InputStream in, OutputStream out, OutputStream err) {
        SimContainer c = ctx.state().containers.get(id);
        ctx.events().container(c, "attach");
        java.io.PrintStream o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        List<io.dockertutor.engine.LogEntry> printed = new ArrayList<>(start ? ctx.runtime().start(c, ctx.now()) : List.of());
        printed.addAll(ctx.runtime().runToEnd(c, ctx.now()));
        for (io.dockertutor.engine.LogEntry line : printed) {
            (line.stderr() ? e : o).print(line.text().endsWith("\n") ? line.text() : line.text() + "\n");
        }
        if (!c.isRunningProcess()) {
            return OptionalInt.of(c.exitCode);
        }
        String program = c.program.processes().isEmpty() ? "" : c.program.processes().get(0).split(" ")[0];
        String base = program.substring(program.lastIndexOf('/') + 1);
        int status;
        if (isBareShell(List.of(base))) {
            status = c.files.using(() -> interactive(c, mainShell(c, program), c.spec.tty(), in, out, err));
        } else if (base.equals("cat")) {
            status = copy(in, out);
        } else if (c.program instanceof io.dockertutor.engine.sim.process.AwaitingInput filter) {
            List<io.dockertutor.engine.sim.process.Program.Line> logged = new ArrayList<>();
            LoggedStream toOut = new LoggedStream(out, false, logged);
            LoggedStream toErr = new LoggedStream(err, true, logged);
            status = c.files.using(() -> mainShell(c, "sh").exec(filter.argv(), in, toOut, toErr));
            toOut.finish();
            toErr.finish();
            ctx.runtime().log(c, logged, ctx.now()); // what it printed is in docker logs too
            ctx.runtime().exited(c, status, ctx.now(), false, new ArrayList<>());
            return OptionalInt.of(status);
        } else {
            return OptionalInt.empty();
        }
        if (io.dockertutor.engine.Interruption.clear() && !c.spec.tty()) {
            status = 130; // without a terminal, Ctrl-C reaches the process as SIGINT (docker's sig-proxy)
        }
        if (c.isRunningProcess()) {
            ctx.runtime().exited(c, status, ctx.now(), false, new ArrayList<>());
        }
        return OptionalInt.of(status);
    }

    private static int copy(InputStream in, OutputStream out) {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            return 1;
        }
        return 0;
    }

    private static boolean isBareShell(List<String> argv) {
        String base = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        return argv.size() == 1 && (base.equals("sh") || base.equals("bash") || base.equals("ash") || base.equals("dash"));
    }

    /**
     * {@code docker exec -it NAME sh}: a shell reading its standard input line by line until {@code exit} or the end
     * of input, keeping its current directory and variables between lines. With a terminal it shows its prompt
     * ({@code / # } for busybox as root, {@code root@HOST:/# } for bash) before each line.
     */
    private int interactive(SimContainer c, ContainerShell container, boolean tty, InputStream in, OutputStream out, OutputStream err) {
        container.startAsShell();
        io.dockertutor.sh.ShellSession sh = container.shell();
        java.io.PrintStream screen = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        ShellFlavor flavor = container.flavor();
        int status = 0;
        while (!sh.hasExited()) {
            if (tty) {
                String cwd = sh.cwd();
                boolean root = c.user.isEmpty() || c.user.equals("root") || c.user.equals("0");
                // bash's PS1 in Debian images, dash's plain default, busybox ash's '\w \$ '
                String prompt = switch (flavor) {
                    case BASH -> (root ? "root" : c.user) + "@" + c.hostname + ":" + cwd + (root ? "# " : "$ ");
                    case DASH -> root ? "# " : "$ ";
                    case ASH -> cwd + (root ? " # " : " $ ");
                };
                if (in instanceof io.dockertutor.engine.Prompter p) {
                    p.prompt(prompt);
                } else {
                    screen.print(prompt);
                    screen.flush();
                }
            }
            String line = readLine(in);
            if (line == null) {
                break;
            }
            // A command not complete yet (a here-document's body, an open quote, an if without its fi) takes the
            // next lines too, as the shell's parser reads on; at the end of input it runs as far as it goes.
            StringBuilder command = new StringBuilder(line);
            String more;
            while (!io.dockertutor.sh.ShellSyntax.isComplete(command.toString())) {
                if (tty) {
                    screen.print("> "); // PS2
                    screen.flush();
                }
                if ((more = readLine(in)) == null) {
                    break;
                }
                command.append('\n').append(more);
            }
            if (!command.toString().isBlank()) {
                status = sh.run(command.toString(), in, out, err);
            }
        }
        return sh.hasExited() ? sh.exitStatus() : status;
    }

    /** One line of input, read byte by byte so that nothing after it is taken from a learner's keyboard. */
    private static String readLine(InputStream in) {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return line.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Runs {@code argv} as the container's program would: {@code sh -c SCRIPT} as a script, others directly. */
    int runProgram(SimContainer c, List<String> argv, OutputStream out, OutputStream err) {
        List<String> configured = configuredArgv(c);
        // `sh -c 'echo ready; sleep 300'` runs its first commands in the shell that is PID 1 with the whole script
        boolean firstCommands = configured.size() >= 3 && argv.size() == 3 && !argv.equals(configured)
                && configured.subList(0, 2).equals(argv.subList(0, 2)) && configured.get(2).startsWith(argv.get(2));
        ProcessTable table = processes(c, firstCommands ? configured : argv);
        int status = c.files.using(() -> shell(c, c.user, c.workingDir, List.of(), argv.get(0))
                .runningAs(table, table.main(), ctx::now).exec(argv, InputStream.nullInputStream(), out, err));
        List<String> main = mainArgv(c);
        if (firstCommands && !main.equals(configured)) {
            table.mainExecs(main); // then it execs its last command
        }
        return status;
    }

    private static List<String> configuredArgv(SimContainer c) {
        List<String> configured = new ArrayList<>();
        configured.add(c.path);
        configured.addAll(c.args);
        return configured;
    }

    /** The shell of the container's own process, PID 1. */
    private ContainerShell mainShell(SimContainer c, String program) {
        ProcessTable table = processes(c, mainArgv(c));
        return shell(c, c.user, c.workingDir, List.of(), program).runningAs(table, table.main(), ctx::now);
    }

    /** The container's processes since it last started (a restart is a new PID namespace), PID 1 running {@code main}. */
    private static ProcessTable processes(SimContainer c, List<String> main) {
        if (c.processes == null || !java.util.Objects.equals(c.processes.startedAt(), c.startedAt)) {
            c.processes = new ProcessTable(c.startedAt, main, c.user, c.spec.tty());
        }
        return c.processes;
    }

    /** PID 1's arguments: Path and Args when the program model runs them, else its command line split at spaces. */
    private static List<String> mainArgv(SimContainer c) {
        List<String> configured = configuredArgv(c);
        String line = c.program == null || c.program.processes().isEmpty() ? String.join(" ", configured)
                : c.program.processes().get(0);
        return line.equals(String.join(" ", configured)) ? configured : List.of(line.split(" "));
    }

    /**
     * The shell a command runs in: the one it names ({@code sh} is dash in Debian images, busybox ash in busybox and
     * alpine, {@code bash} is bash), and {@code sh} for a program the runtime starts by itself.
     */
    private ContainerShell shell(SimContainer c, String user, String workingDir, List<String> extraEnv, String command) {
        // CreateDaemonEnvironment: the legacy links' variables, then the config's (which replace one of the same name)
        List<String> env = new ArrayList<>(LegacyLinks.of(c, ctx.state().containers).environment());
        env.addAll(c.env);
        env.addAll(extraEnv);
        String base = command.substring(command.lastIndexOf('/') + 1);
        String program = List.of("sh", "bash", "ash", "dash").contains(base) ? command : "sh";
        return new ContainerShell(c.files, c.imageFiles, new Identity(c.hostname, user, env, workingDir), program,
                new ContainerNetwork(ctx, c), Locale.ENGLISH, java.util.Map.of("ping", new Ping(ctx::state, c),
                "nslookup", new Nslookup(ctx::state, c), "date", new DateProgram(ctx::now),
                "ip", new IpProgram(ctx::state, c), "ifconfig", new Ifconfig(ctx::state, c)));
    }

    /** Reads the container's files through its mounts, for the programs that serve them. */
    ContainerContext.FileReader reader() {
        return new ContainerContext.FileReader() {
            @Override
            public Optional<byte[]> read(SimContainer c, String path) {
                // A server's reads leave a built layer built: they come often, and the next exec or stop releases it.
                return c.files.readFile(path);
            }

            @Override
            public Optional<Instant> modified(SimContainer c, String path) {
                return c.files.modified(path);
            }
        };
    }
}
