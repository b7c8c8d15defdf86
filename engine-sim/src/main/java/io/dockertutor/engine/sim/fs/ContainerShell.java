package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import io.dockertutor.sh.Command;
import io.dockertutor.sh.ShellSession;
import io.dockertutor.sh.builtins.GnuHelp;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Programs run inside a container: {@code sh -c '...'} scripts and single commands that {@code docker exec} or a
 * container's CMD start. A {@link ShellSession} over the container's {@link ContainerFiles#view()}, with the container's
 * environment, working directory and user, whose commands are what the image has on its {@code $PATH}
 * ({@link ContainerPathCommands}); {@code hostname}, {@code id}, {@code whoami} answer from the {@link Identity}.
 *
 * <pre>{@code
 * ContainerShell box = new ContainerShell(files, image.files(), identity, "sh", network, Locale.ENGLISH);
 * int status = box.exec(List.of("sh", "-c", "ls /usr/share/nginx/html"), in, out, err);
 * }</pre>
 */
public final class ContainerShell {
    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final Identity identity;
    private final Accounts account;
    private final ShellFlavor flavor;
    private final ContainerPathCommands commands;
    private final ShellSession shell;
    private final ContainerFiles files;
    private final Map<String, FileSpec> image;
    private final HostNetwork network;
    private final Locale locale;
    private final Map<String, io.dockertutor.sh.Command> programs;
    /** While the runtime itself starts a program (no shell in between): env then lists Config's order. */
    private boolean direct;
    private boolean shellStarted;
    private final ShellProcesses processes = new ShellProcesses();

    /**
     * @param shellProgram the shell the image runs scripts with ({@code sh}, {@code bash}): decides its messages
     * @param network      what {@code curl} inside the container reaches; may be null
     */
    public ContainerShell(ContainerFiles files, Map<String, FileSpec> image, Identity identity, String shellProgram,
                          HostNetwork network, Locale locale) {
        this(files, image, identity, shellProgram, network, locale, Map.of());
    }

    /**
     * @param programs programs the engine itself models for this container (such as {@code ping}, which needs to
     *                 know the container's networks); used when the image has them on its PATH
     */
    public ContainerShell(ContainerFiles files, Map<String, FileSpec> image, Identity identity, String shellProgram,
                          HostNetwork network, Locale locale, Map<String, io.dockertutor.sh.Command> programs) {
        this.identity = identity;
        this.files = files;
        this.image = image;
        this.network = network;
        this.locale = locale;
        this.programs = programs;
        this.flavor = ShellFlavor.of(image, shellProgram == null ? "sh" : shellProgram);
        this.account = Accounts.of(files::readText, identity.user());
        ShellSession[] self = new ShellSession[1];
        Map<String, io.dockertutor.sh.Command> own = ownCommands();
        own.putAll(programs);
        this.commands = new ContainerPathCommands(image, own, flavor, () -> self[0], processes);
        // a process that is not root may change only what is its own (see PermissionView)
        io.dockertutor.sh.FileView view = account.uid() == 0 ? new LazyContainerView(files)
                : new PermissionView(new LazyContainerView(files), files, image, account.uid());
        this.shell = new ShellSession(flavor.shellName(), new ProcFiles(view, processes), commands, network, locale);
        shell.dialect(flavor.dialect());
        shell.cLocaleWithoutLocaleVariables();
        // busybox and alpine link their programs (hard or symbolic links) to one busybox binary that is also their
        // sh; its applets word errors their own way. A Debian image with busybox installed still runs dash and GNU.
        if (flavor == ShellFlavor.ASH && FileTree.exists(image, "/bin/busybox")) {
            shell.userland(io.dockertutor.sh.Userland.BUSYBOX);
        }
        self[0] = shell;
        // the shell a container starts with is its first process: sh -c 'echo $$' prints 1
        shell.pid(1);
        setEnvironment();
        shell.cwd(identity.workingDir());
        shell.unsetVariable("OLDPWD"); // a shell has none before its first cd (set lists none)
    }

    /** Variables in the order a container process gets them: PATH, HOSTNAME, the image's and -e's, HOME. */
    private void setEnvironment() {
        for (String name : List.of("HOME", "PWD", "PATH", "OLDPWD")) {
            shell.unsetVariable(name);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", DEFAULT_PATH);
        env.put("HOSTNAME", identity.hostname());
        for (String kv : identity.env()) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        env.putIfAbsent("HOME", account.home());
        env.forEach((k, v) -> {
            shell.setVariable(k, v);
            shell.export(k);
        });
    }

    private Map<String, Command> ownCommands() {
        Map<String, Command> own = new LinkedHashMap<>();
        own.put("hostname", call -> IdentityPrograms.hostname(call, identity.hostname(),
                network == null ? h -> Optional.empty() : network::resolve));
        own.put("env", call -> {
            if (!call.args().isEmpty()) {
                return io.dockertutor.sh.builtins.BuiltinTable.standard().get("env").run(call);
            }
            // the shell's exported variables in the order they were set (the invocation's own map has no order);
            // started by busybox ash, env gets them in ash's hash order, started by the runtime in Config's order
            Map<String, String> env = new LinkedHashMap<>(call.shell().environment());
            env.putAll(call.env());
            if (!direct && shell.userland() == io.dockertutor.sh.Userland.BUSYBOX) {
                env = AshEnvironment.ordered(env);
            }
            env.forEach((k, v) -> call.out().println(k + "=" + v));
            return 0;
        });
        own.put("which", call -> Which.run(call, image));
        own.put("type", call -> ShellType.run(call, flavor, image));
        own.put("busybox", call -> BusyboxProgram.run(call, image, commands.unmodelled("busybox")));
        // busybox's mount and df; GNU's (util-linux, coreutils) word them otherwise and stay unmodelled
        own.put("mount", call -> busyboxOnly(call, "mount", () -> MountTable.mount(call, files, identity.hostname())));
        own.put("df", call -> busyboxOnly(call, "df", () -> MountTable.df(call, files, identity.hostname())));
        own.put("uname", GnuHelp.answering("uname", call -> Uname.run(call, identity.hostname())));
        own.put("kill", call -> ShellKill.run(call, flavor));
        own.put("wget", io.dockertutor.sh.builtins.BuiltinTable.busyboxWget());
        own.put("id", GnuHelp.answering("id", call -> IdentityPrograms.id(call, account, files::readText)));
        own.put("groups", GnuHelp.answering("groups", call -> IdentityPrograms.groups(call, account, files::readText)));
        Ps ps = new Ps(processes);
        // busybox's ps, or procps's where an image installs it (most Debian-based images do not)
        own.put("ps", call -> {
            if (processes.table() == null) {
                return commands.unmodelled("ps").run(call);
            }
            if (shell.userland() == io.dockertutor.sh.Userland.BUSYBOX) {
                return ps.run(call);
            }
            var procps = ProcpsPs.run(call, processes);
            return procps.isPresent() ? procps.getAsInt() : commands.unmodelled("ps").run(call);
        });
        own.put("whoami", GnuHelp.answering("whoami", call -> IdentityPrograms.whoami(call, account, flavor)));
        for (String program : List.of("sh", "ash", "dash", "bash")) {
            own.put(program, call -> NestedShell.run(call, ShellFlavor.of(image, program), this::child,
                    commands.unmodelled(program)));
        }
        return own;
    }

    private int busyboxOnly(io.dockertutor.sh.Invocation call, String program, java.util.function.IntSupplier busybox)
            throws java.io.IOException {
        return shell.userland() == io.dockertutor.sh.Userland.BUSYBOX ? busybox.getAsInt()
                : commands.unmodelled(program).run(call);
    }

    /** The shell {@code program} started by {@code call}: its parent's exported variables and working directory. */
    private ContainerShell child(String program, io.dockertutor.sh.Invocation call) {
        List<String> env = new java.util.ArrayList<>();
        call.shell().environment().forEach((k, v) -> env.add(k + "=" + v));
        call.env().forEach((k, v) -> env.add(k + "=" + v));
        ContainerShell child = new ContainerShell(files, image, new Identity(identity.hostname(), identity.user(), env,
                call.shell().cwd()), program, network, locale, programs);
        return processes.table() == null ? child : child.runningAs(processes.table(), processes.current(), processes::now);
    }

    /**
     * This shell is process {@code self} of {@code table} ({@code $$}), the programs it runs its children; without a
     * table ({@code ps} is then not modelled) it has PID 1.
     */
    public ContainerShell runningAs(ProcessTable table, ProcessTable.Process self, java.util.function.Supplier<java.time.Instant> clock) {
        processes.runningAs(table, self, clock, BusyboxBuild.of(image));
        shell.pid(self.pid());
        return this;
    }

    /** Which shell this is: its prompt and messages. */
    public ShellFlavor flavor() {
        return flavor;
    }

    /** The shell itself, for callers that keep a session (an interactive {@code docker exec -it c sh}). */
    public ShellSession shell() {
        return shell;
    }

    /**
     * What a shell does when it starts (rather than a program the runtime starts): it exports PWD, and busybox ash
     * exports SHLVL one above the one it inherited, as {@code sh -c env} shows.
     */
    public void startAsShell() {
        shell.export("PWD");
        if (flavor == ShellFlavor.ASH && shell.userland() == io.dockertutor.sh.Userland.BUSYBOX && !shellStarted) {
            String level = shell.variable("SHLVL");
            int inherited = level != null && level.matches("[0-9]+") ? Integer.parseInt(level) : 0;
            shell.setVariable("SHLVL", String.valueOf(inherited + 1));
            shell.export("SHLVL");
        }
        shellStarted = true;
    }

    /** Where the image has {@code program} on the container's {@code $PATH}, if anywhere. */
    public Optional<String> findProgram(String program) {
        return commands.program(program);
    }

    /** Runs {@code script} as {@code sh -c script} does; the shell exports PWD, as ash and dash do. */
    public int runScript(String script, List<String> args, InputStream in, OutputStream out, OutputStream err) {
        return runScript(script, null, args, in, out, err);
    }

    /** As above, with {@code $0} named ({@code sh -c SCRIPT NAME ARGS...}, {@code sh FILE ARGS...}); null: the shell's. */
    public int runScript(String script, String name, List<String> args, InputStream in, OutputStream out, OutputStream err) {
        return run(script, name, args, in, out, err, "1");
    }

    /** {@code sh -c SCRIPT [NAME ARGS...]}: busybox ash counts a command string's lines from 0 ({@code $LINENO}). */
    public int runCommandString(String script, String name, List<String> args, InputStream in, OutputStream out, OutputStream err) {
        return run(script, name, args, in, out, err, "0");
    }

    private int run(String script, String name, List<String> args, InputStream in, OutputStream out, OutputStream err,
                    String firstLine) {
        if (flavor == ShellFlavor.ASH) {
            shell.setVariable("LINENO", firstLine); // dash has no $LINENO
        }
        startAsShell();
        processes.script(script, name, flavor);
        shell.scriptName(name);
        shell.positional(args);
        return io.dockertutor.sh.PosixState.runExitTrap(shell, shell.run(script, in, out, err), in, out, err);
    }

    /**
     * Runs one command line as the runtime starts it, without a shell in between ({@code docker exec c ls /},
     * a container's CMD); {@code sh -c SCRIPT [ARG0 ARGS...]} and {@code bash -c} run {@link #runScript}. The caller
     * checks {@link #findProgram} first: the runtime's own error for a missing program is not a shell's.
     */
    public int exec(List<String> argv, InputStream in, OutputStream out, OutputStream err) {
        String base = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        if (List.of("sh", "bash", "ash", "dash").contains(base) && argv.size() >= 3 && argv.get(1).equals("-c")) {
            // $0 is the name given after the script, else the shell as invoked: `/bin/sh -c 'cd /x'` says "/bin/sh: ..."
            return runCommandString(argv.get(2), argv.size() > 3 ? argv.get(3) : argv.get(0),
                    argv.subList(Math.min(argv.size(), 4), argv.size()), in, out, err);
        }
        direct = true;
        processes.direct(true);
        try {
            return shell.invoke(argv, Map.of(), in, out, err);
        } finally {
            direct = false;
            processes.direct(false);
        }
    }
}
