package io.dockertutor.cli;

import io.dockertutor.cli.command.CliContext;
import io.dockertutor.cli.command.DockerCli;
import io.dockertutor.cli.command.HostFiles;
import io.dockertutor.engine.Engine;
import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.Command;
import io.dockertutor.sh.ShellSession;
import io.dockertutor.sh.builtins.BuiltinTable;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs what a learner types: shell syntax and builtins, with {@code docker} (and {@code sudo docker}) going to
 * the docker CLI emulation over {@code engine}; {@code systemctl}/{@code service} act on the engine's daemon. Files stay inside {@code workspace}; nothing reaches a host shell.
 *
 * <pre>{@code
 * Interpreter interpreter = new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
 * int status = interpreter.run("docker pull nginx && docker images | grep nginx", System.in, System.out, System.err);
 * }</pre>
 */
public final class Interpreter {
    private final Engine engine;
    private final ShellSession shell;
    private final DockerCli docker = new DockerCli();
    private final Clock clock;
    private final Path workspace;
    private boolean terminal;
    private final ConfinedFileView files;

    public Interpreter(Engine engine, Path workspace, Locale locale, Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.workspace = workspace.toAbsolutePath().normalize();
        Map<String, Command> commands = BuiltinTable.standard();
        commands.put("docker", this::docker);
        DaemonCommands daemon = new DaemonCommands(engine, clock);
        commands.put("systemctl", daemon::systemctl);
        commands.put("service", daemon::service);
        this.files = ConfinedFileView.workspace(this.workspace);
        mountDataRoot();
        this.shell = new ShellSession("docker-tutor", files, commands, engine.hostNetwork(), locale);
    }

    /**
     * The engine's volumes, where a learner looks for them ({@code ls /var/lib/docker/volumes/NAME/_data}). The
     * engine is asked at each use: restoring a snapshot (undo, reset) gives it a new copy of its data, and the
     * simulated engine makes its in-memory directory only when first asked, which most lessons never do. A real
     * engine has none in reach: the path is outside the workspace there, as any other.
     */
    private void mountDataRoot() {
        files.mountLazily("/var/lib/docker", () -> engine.dataRoot().orElse(null));
    }

    private int docker(io.dockertutor.sh.Invocation call) {
        // On the host view a shell path is the real path (pwd prints it), so no file system call is needed.
        Path cwd = Path.of(shell.cwd());
        HostFiles files = HostFiles.through(shell.files(), shell.cwd());
        CliContext ctx = new CliContext(engine, call.in(), call.out(), call.err(), terminal && call.outIsTerminal(),
                clock, cwd, shell.locale(), files, call.env());
        return docker.run(List.copyOf(call.args()), ctx);
    }

    /** Runs one line (or a multi-line command with a here-document) and answers its exit status. */
    public int run(String commandLine, InputStream in, OutputStream out, OutputStream err) {
        return shell.run(commandLine, in, out, err);
    }

    /** Whether output goes to a learner's terminal (progress bars, {@code clear}); batch runs say no. */
    public void terminal(boolean terminal) {
        this.terminal = terminal;
        shell.terminal(terminal);
    }

    public ShellSession shell() {
        return shell;
    }

    public Engine engine() {
        return engine;
    }

    public DockerCli docker() {
        return docker;
    }

    public Path workspace() {
        return workspace;
    }

    public Locale locale() {
        return shell.locale();
    }
}
