package io.dockertutor.sh;

import io.dockertutor.engine.HostNetwork;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One learner's shell session: variables, {@code $?}, the current directory, the language, the file view and
 * the command table. {@link #run} parses and executes one command line; nothing here starts a host process.
 *
 * <pre>{@code
 * Map<String, Command> table = Builtins.standard();
 * table.put("docker", dockerCommand);
 * ShellSession shell = new ShellSession("docker-tutor", ConfinedFileView.workspace(ws), table, network, Locale.KOREAN);
 * int status = shell.run("docker ps -q | wc -l", System.in, System.out, System.err);
 * if (shell.hasExited()) { ... }
 * }</pre>
 */
public final class ShellSession {
    private final String name;
    private final FileView files;
    private final Map<String, Command> commands;
    private final HostNetwork network;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Set<String> exported = new LinkedHashSet<>();
    private List<String> positional = List.of();
    private Locale locale;
    private String cwd;
    private int lastStatus;
    /** What {@code $$} expands to: the shell's process id. */
    private int pid = 42;
    private Integer exitStatus;
    private boolean terminal;
    // A PrintStream costs ~25 KB (its encoder and char buffers): the shell's own messages reuse one per stream.
    private OutputStream printerTarget;
    private PrintStream printer;
    private SyntaxDialect dialect = SyntaxDialect.BASH;
    private Userland userland = Userland.GNU;
    private boolean utf8WithoutLocaleVariables = true;
    private String scriptName;
    private final LoopGuard guard = new LoopGuard();
    private final PosixState posix = new PosixState();
    private final Map<String, Ast.Compound> functions = new LinkedHashMap<>();
    private int runDepth;

    /**
     * @param name     how the shell names itself in its messages ("docker-tutor", or "sh" in a container)
     * @param commands the command table, used live (the caller may add commands later); builtins included
     * @param network  what {@code curl} reaches; may be null when there is no network
     */
    public ShellSession(String name, FileView files, Map<String, Command> commands, HostNetwork network, Locale locale) {
        this.name = Objects.requireNonNull(name);
        this.files = Objects.requireNonNull(files);
        this.commands = Objects.requireNonNull(commands);
        this.network = network;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.cwd = files.home();
        variables.put("HOME", files.home());
        variables.put("PWD", cwd);
        variables.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        exported.addAll(variables.keySet());
    }

    /** Runs one command line (possibly several commands); returns its exit status, which also becomes {@code $?}. */
    public int run(String commandLine, InputStream in, OutputStream out, OutputStream err) {
        Ast.Script script;
        try {
            script = ShellSyntax.parse(commandLine);
        } catch (ShellSyntaxException e) {
            printer(err).println(name + ": " + e.in(dialect, messages()));
            lastStatus = 2;
            return 2;
        }
        boolean outermost = runDepth == 0;
        if (outermost) {
            guard.reset();
        }
        runDepth++;
        try {
            int status = new ShellExecutor(this).runScript(script, new ShellExecutor.Streams(in, out, err, terminal));
            lastStatus = status;
        } catch (LoopGuard.Stop e) {
            if (e.interrupted()) {
                // Ctrl-C: the terminal showed ^C; the prompt comes on the next line, as a real shell's does.
                lastStatus = 130;
                if (!outermost) {
                    throw e;
                }
                if (terminal) {
                    printer(err).println();
                }
                return finish(out, err);
            }
            printer(err).println(name + ": " + messages().format(e.getMessage(), guard.maxIterations(),
                    LoopGuard.MAX_OUTPUT_BYTES >> 20, LoopGuard.MAX_MILLIS / 1000, LoopGuard.MAX_CALL_DEPTH));
            lastStatus = 130;
            if (!outermost) {
                throw e;
            }
        } catch (StackOverflowError e) {
            // The bounds above keep the stack shallow; this is the last line of defence, not the plan.
            printer(err).println(name + ": " + messages().format("run.tooDeep", 0, 0, 0, 0));
            lastStatus = 2;
        } finally {
            runDepth--;
            if (outermost) {
                guard.reset();
                if (io.dockertutor.engine.Interruption.clear()) {
                    lastStatus = 130;
                }
            }
        }
        return finish(out, err);
    }

    private int finish(OutputStream out, OutputStream err) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            printer(err).println(name + ": write error: " + Redirections.describe(e));
        }
        try {
            err.flush();
        } catch (java.io.IOException e) {
            // nowhere left to report it; an autoflushing PrintStream ignored it the same way
        }
        return hasExited() ? exitStatus : lastStatus;
    }

    /**
     * An autoflushing UTF-8 PrintStream over {@code stream} for the shell's own messages, the same one as long as
     * the stream is the same (a session writes to one error stream command after command).
     */
    PrintStream printer(OutputStream stream) {
        if (stream != printerTarget) {
            printer = new PrintStream(stream, true, StandardCharsets.UTF_8);
            printerTarget = stream;
        }
        return printer;
    }

    /** Runs a command line with empty standard input. */
    public int run(String commandLine, OutputStream out, OutputStream err) {
        return run(commandLine, InputStream.nullInputStream(), out, err);
    }

    /** Runs a command line and returns what it printed; standard error is interleaved when {@code mergeErr}. */
    public String capture(String commandLine, boolean mergeErr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(commandLine, out, mergeErr ? out : OutputStream.nullOutputStream());
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs a command from the table directly (for {@code xargs}, {@code env}); failures of the command become a
     * message and status 1. Returns 127 without a message when no such command exists.
     */
    public int invoke(List<String> argv, Map<String, String> extraEnv, InputStream in, OutputStream out,
                      OutputStream err) {
        Command command = commands.get(argv.get(0));
        if (command == null) {
            return 127;
        }
        Map<String, String> env = new LinkedHashMap<>(environment());
        env.putAll(extraEnv);
        return ShellExecutor.call(this, command, argv, env, in, out, err, false);
    }

    /** True after {@code exit}: the REPL should stop reading. */
    public boolean hasExited() {
        return exitStatus != null;
    }

    /** The status {@code exit} asked for (valid when {@link #hasExited()}). */
    public int exitStatus() {
        return exitStatus == null ? lastStatus : exitStatus;
    }

    /** Asks the session to end after the current command; the executor stops running further commands. */
    public void requestExit(int status) {
        exitStatus = status & 0xff;
    }

    void clearExit(Integer previous) {
        exitStatus = previous;
    }

    Integer pendingExit() {
        return exitStatus;
    }

    public String name() {
        return name;
    }

    public FileView files() {
        return files;
    }

    public Map<String, Command> commands() {
        return commands;
    }

    /** What curl reaches; null when the session has no network. */
    public HostNetwork network() {
        return network;
    }

    public Locale locale() {
        return locale;
    }

    public void locale(Locale locale) {
        this.locale = locale;
    }

    public ShellMessages messages() {
        return ShellMessages.of(locale);
    }

    /** The current directory as a shell path (on the host, the real absolute path). */
    public String cwd() {
        return cwd;
    }

    /** Changes directory without checks (the {@code cd} builtin checks first); also sets PWD and OLDPWD. */
    public void cwd(String shellPath) {
        variables.put("OLDPWD", cwd);
        cwd = shellPath;
        variables.put("PWD", shellPath);
    }

    /** The shell's process id, {@code $$}: a container's first process is 1. */
    public void pid(int pid) { this.pid = pid; }

    public int pid() { return pid; }

    /** ash's and dash's own state: {@code set} options, read-only names, traps, aliases, the umask. */
    public PosixState posix() {
        return posix;
    }

    public int lastStatus() {
        return lastStatus;
    }

    void lastStatus(int status) { lastStatus = status; }

    /** Whether the shell runs at a learner's terminal, where time passes ({@code sleep} waits) and Ctrl-C stops it. */
    public boolean terminal() {
        return terminal;
    }

    /** Whether standard output of the whole line is the learner's terminal (the REPL says yes). */
    public void terminal(boolean terminal) {
        this.terminal = terminal;
    }

    /** $0: the script's name ({@code sh -c 'script' NAME}, {@code sh file.sh}); the shell's name when null. */
    public void scriptName(String name) {
        this.scriptName = name;
    }

    String scriptName() {
        return scriptName != null ? scriptName : name;
    }

    /** $1, $2, ... (for {@code sh -c 'script' arg0 arg1}). */
    public void positional(List<String> args) {
        positional = List.copyOf(args);
    }

    List<String> positional() {
        return positional;
    }

    public String variable(String name) {
        return variables.get(name);
    }

    public void setVariable(String name, String value) {
        variables.put(name, value);
    }

    public void unsetVariable(String name) {
        variables.remove(name);
        exported.remove(name);
    }

    public void export(String name) {
        exported.add(name);
    }

    /** Exported variables, in the order they were first set. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String key : exported) {
            String v = variables.get(key);
            if (v != null) {
                env.put(key, v);
            }
        }
        return env;
    }

    /** Exported variables sorted by name (what {@code export -p} lists), including exported-but-unset names. */
    public Map<String, String> exportedSorted() {
        Map<String, String> sorted = new TreeMap<>();
        for (String key : exported) {
            sorted.put(key, variables.get(key));
        }
        return sorted;
    }

    /** Whose words syntax errors and {@code break}/{@code return} errors use; bash unless a container says. */
    public void dialect(SyntaxDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect);
    }

    public SyntaxDialect dialect() {
        return dialect;
    }

    /** Whose programs the builtins imitate: GNU coreutils unless a busybox container says. */
    public void userland(Userland userland) {
        this.userland = Objects.requireNonNull(userland);
    }

    public Userland userland() {
        return userland;
    }

    /** A container's shell: without LC_ALL, LC_CTYPE or LANG its programs run in the C locale, not the host's UTF-8. */
    public void cLocaleWithoutLocaleVariables() {
        this.utf8WithoutLocaleVariables = false;
    }

    public boolean utf8WithoutLocaleVariables() {
        return utf8WithoutLocaleVariables;
    }

    /**
     * At most {@code max} loop iterations per command line (default {@link LoopGuard#MAX_ITERATIONS}); past it the
     * line stops with a message and status 130.
     */
    public void maxLoopIterations(int max) {
        guard.maxIterations(max);
    }

    LoopGuard guard() {
        return guard;
    }

    void defineFunction(String functionName, Ast.Compound body) {
        functions.put(functionName, body);
    }

    Ast.Compound function(String functionName) {
        return functions.get(functionName);
    }

    /** What a subshell {@code ( ... )} may change and must give back. */
    record Saved(Map<String, String> variables, Set<String> exported, String cwd, List<String> positional,
                 Map<String, Ast.Compound> functions) {
    }

    Saved save() {
        return new Saved(new LinkedHashMap<>(variables), new LinkedHashSet<>(exported), cwd, positional,
                new LinkedHashMap<>(functions));
    }

    void restore(Saved saved) {
        variables.clear();
        variables.putAll(saved.variables());
        exported.clear();
        exported.addAll(saved.exported());
        cwd = saved.cwd();
        positional = saved.positional();
        functions.clear();
        functions.putAll(saved.functions());
    }

    /** The closest command name within two edits, for "Did you mean ...?"; null when none is close. */
    public String suggest(String typed) {
        return Suggestions.nearest(typed, new ArrayList<>(commands.keySet()));
    }
}
