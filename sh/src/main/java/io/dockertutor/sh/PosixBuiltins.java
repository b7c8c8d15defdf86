package io.dockertutor.sh;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The builtins busybox ash and dash have and the tutor's bash does not model: {@code set}, {@code shift},
 * {@code readonly}, {@code command}, {@code hash}, {@code trap}, {@code umask}, {@code wait}, {@code getopts},
 * {@code local}, {@code eval}, {@code .}, {@code exec}, {@code times}, {@code ulimit}, {@code alias},
 * {@code unalias}, {@code jobs}. They act on the session itself (its positional parameters, options, traps), so they
 * run beside the executor; their words and statuses are as recorded on busybox 1.35 and dash 0.5.12
 * ({@code scripts/record-shell-builtins}).
 */
final class PosixBuiltins {
    static final Set<String> NAMES = Set.of("set", "shift", "readonly", "command", "hash", "trap", "umask", "wait",
            "getopts", "local", "eval", ".", "source", "exec", "times", "ulimit", "alias", "unalias", "jobs");
    private static final List<String> SIGNALS = List.of("EXIT", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS",
            "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP",
            "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS");

    private final ShellSession shell;
    private final ShellExecutor executor;
    private final ShellExecutor.Streams io;
    private final PrintStream err;
    private final PosixState state;

    private PosixBuiltins(ShellSession shell, ShellExecutor executor, ShellExecutor.Streams io) {
        this.shell = shell;
        this.executor = executor;
        this.io = io;
        this.err = shell.printer(io.err());
        this.state = shell.posix();
    }

    /** Whether {@code name} is one of these builtins in the session's shell (bash's are not modelled). */
    static boolean handles(ShellSession shell, String name) {
        return shell.dialect() != SyntaxDialect.BASH && NAMES.contains(name)
                && !(name.equals("source") && shell.dialect() == SyntaxDialect.DASH);
    }

    static int run(ShellSession shell, ShellExecutor executor, List<String> argv, ShellExecutor.Streams io) {
        return new PosixBuiltins(shell, executor, io).run(argv.get(0), argv.subList(1, argv.size()), argv);
    }

    private boolean dash() {
        return shell.dialect() == SyntaxDialect.DASH;
    }

    private int run(String name, List<String> args, List<String> argv) {
        return switch (name) {
            case "set" -> PosixOptions.set(shell, args, out(), err);
            case "shift" -> shift(args);
            case "readonly" -> readonly(args);
            case "command" -> command(args);
            case "hash" -> hash(args);
            case "trap" -> trap(args);
            case "umask" -> PosixOptions.umask(shell, args, out(), err);
            case "getopts" -> PosixOptions.getopts(shell, args, err);
            case "local" -> local(args);
            case "eval" -> eval(args);
            case ".", "source" -> dot(name, args);
            case "exec" -> exec(args);
            case "times" -> times();
            case "ulimit" -> ulimit(args);
            case "alias", "unalias" -> alias(name, args);
            case "wait" -> args.isEmpty() ? 0 : 127; // no background jobs: an unknown process id
            default -> 0; // jobs: none
        };
    }

    private PrintStream out() {
        return new PrintStream(io.out(), true, StandardCharsets.UTF_8);
    }

    /** An error in the shell's words: {@code sh: NAME: line 0: MESSAGE} (ash), {@code sh: 1: NAME: MESSAGE} (dash). */
    private void error(String name, String ash, String dash) {
        err.println(BuiltinErrors.line(shell, name, ash, ash, dash));
    }

    private int shift(List<String> args) {
        int n = 1;
        if (!args.isEmpty()) {
            if (!args.get(0).matches("[0-9]{1,9}")) {
                error("shift", "Illegal number: " + args.get(0), "Illegal number: " + args.get(0));
                return BuiltinErrors.special(shell, 2);
            }
            n = Integer.parseInt(args.get(0));
        }
        List<String> positional = shell.positional();
        if (n > positional.size()) {
            if (dash()) {
                error("shift", "", "can't shift that many");
                return BuiltinErrors.special(shell, 2);
            }
            return 1; // ash refuses without a word
        }
        shell.positional(positional.subList(n, positional.size()));
        return 0;
    }

    private int readonly(List<String> args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                error("readonly", name + ": bad variable name", name + ": bad variable name");
                return BuiltinErrors.special(shell, 2);
            }
            if (eq >= 0) {
                if (state.readOnly.contains(name)) {
                    error("readonly", name + ": is read only", name + ": is read only");
                    return BuiltinErrors.special(shell, 2);
                }
                shell.setVariable(name, arg.substring(eq + 1));
            }
            state.readOnly.add(name);
        }
        return 0;
    }

    /** An assignment to a read-only name: {@code sh: x: is read only} (ash), {@code sh: 1: x: is read only}; ends. */
    static boolean refusedAssignment(ShellSession shell, String name, PrintStream err) {
        if (shell.dialect() == SyntaxDialect.BASH || !shell.posix().readOnly.contains(name)) {
            return false;
        }
        err.println(shell.scriptName() + (shell.dialect() == SyntaxDialect.DASH ? ": 1: " : ": ") + name
                + ": is read only");
        BuiltinErrors.special(shell, 2);
        return true;
    }

    /** What {@code type NAME} answers, without its end of line. */
    private String typeOf(String name) {
        Command type = shell.commands().get("type");
        if (type == null) {
            return name + ": not found";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShellExecutor.call(shell, type, List.of("type", name), shell.environment(), InputStream.nullInputStream(),
                bytes, bytes, false);
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }

    private int command(List<String> args) {
        if (!args.isEmpty() && (args.get(0).equals("-v") || args.get(0).equals("-V"))) {
            if (args.size() < 2) {
                return 0;
            }
            String name = args.get(1); // both shells answer for the first name only
            String type = typeOf(name);
            if (type.endsWith(": not found")) {
                return 127;
            }
            if (args.get(0).equals("-V")) {
                out().println(type);
            } else {
                String where = type.substring(type.lastIndexOf(' ') + 1);
                out().println(type.contains(" shell ") || type.contains(" function") ? name : where);
            }
            return 0;
        }
        List<String> rest = !args.isEmpty() && args.get(0).equals("--") ? args.subList(1, args.size()) : args;
        return rest.isEmpty() ? 0 : executor.runCommand(new ArrayList<>(rest), java.util.Map.of(), io);
    }

    private int hash(List<String> args) {
        int status = 0;
        for (String name : args) {
            if (typeOf(name).endsWith(": not found")) {
                error("hash", name + ": not found", name + ": not found");
                status = 1;
            }
        }
        return status;
    }

    private int trap(List<String> args) {
        if (args.size() < 2) {
            return 0;
        }
        String action = args.get(0);
        for (String signal : args.subList(1, args.size())) {
            String key = signal.toUpperCase(java.util.Locale.ROOT).replaceFirst("^SIG", "");
            if (key.matches("[0-9]+") && Integer.parseInt(key) < SIGNALS.size()) {
                key = SIGNALS.get(Integer.parseInt(key));
            }
            if (!SIGNALS.contains(key)) {
                if (dash()) {
                    err.println("trap: " + signal + ": bad trap");
                } else {
                    error("trap", signal + ": invalid signal specification", "");
                }
                return 1;
            }
            if (action.equals("-")) {
                state.traps.remove(key);
            } else {
                state.traps.put(key, action);
            }
        }
        return 0;
    }

    /** Runs the EXIT trap once the script has ended ({@code trap 'echo bye' EXIT}); answers the script's status. */
    static int runExitTrap(ShellSession shell, int status, InputStream in, java.io.OutputStream out, java.io.OutputStream err) {
        String trap = shell.posix().exitTrap();
        if (trap == null) {
            return status;
        }
        shell.posix().clearExitTrap();
        Integer pending = shell.pendingExit();
        shell.clearExit(null);
        shell.run(trap, in, out, err);
        shell.clearExit(pending);
        return status;
    }

    /** {@code eval}: a syntax error is eval's own ({@code sh: eval: line 0: syntax error: ...}) and ends the script. */
    private int eval(List<String> args) {
        if (args.isEmpty()) {
            return 0;
        }
        String text = String.join(" ", args);
        try {
            ShellSyntax.parse(text);
        } catch (ShellSyntaxException e) {
            String message = e.in(shell.dialect(), shell.messages()).replaceFirst("^[0-9]+: ", "");
            error("eval", message, message);
            return BuiltinErrors.special(shell, 2);
        }
        return shell.run(text, io.in(), io.out(), io.err());
    }

    private int local(List<String> args) {
        if (shell.guard().callDepth == 0) {
            error("local", "not in a function", "not in a function");
            return BuiltinErrors.special(shell, 2);
        }
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            state.saveLocal(name, shell.variable(name));
            if (eq >= 0) {
                shell.setVariable(name, arg.substring(eq + 1));
            }
        }
        return 0;
    }

    private int dot(String name, List<String> args) {
        if (args.isEmpty()) {
            return 0;
        }
        String file = args.get(0);
        String text;
        try {
            java.nio.file.Path path = shell.files().resolve(shell.files().absolute(shell.cwd(), file));
            if (java.nio.file.Files.isDirectory(path)) {
                return 0; // the read fails with EISDIR, which ash and dash take for an empty file (recorded)
            }
            text = java.nio.file.Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.io.IOException | OutsideViewException | RuntimeException e) {
            error(name, "can't open '" + file + "': No such file or directory", "cannot open " + file + ": No such file");
            return BuiltinErrors.special(shell, 2);
        }
        return shell.run(text, io.in(), io.out(), io.err());
    }

    private int exec(List<String> args) {
        if (args.isEmpty()) {
            return 0; // exec 3>/dev/null: only its redirections
        }
        String name = args.get(0);
        if (!shell.commands().containsKey(name.substring(name.lastIndexOf('/') + 1)) || typeOf(name).endsWith("not found")) {
            error("exec", name + ": not found", name + ": not found");
            shell.requestExit(127);
            return 127;
        }
        int status = executor.runCommand(new ArrayList<>(args), java.util.Map.of(), io);
        shell.requestExit(status); // the program replaced the shell: nothing after it runs
        return status;
    }

    private int times() {
        String zero = dash() ? "0m0.000000s" : "0m0.000s";
        out().println(zero + " " + zero);
        out().println(zero + " " + zero);
        return 0;
    }

    private int ulimit(List<String> args) {
        String option = args.isEmpty() ? "-f" : args.get(0);
        if (option.equals("-n")) {
            out().println("20000"); // the lab engine's daemon as recorded (its LimitNOFILE)
            return 0;
        }
        if (dash() && !option.matches("-[HSacdefilmnpqrstvwy]+")) {
            error("ulimit", "", "Illegal option " + option.substring(0, Math.min(2, option.length())));
            return 2;
        }
        out().println("unlimited");
        return 0;
    }

    private int alias(String name, List<String> args) {
        int status = 0;
        if (args.isEmpty() && name.equals("alias")) {
            state.aliases.forEach((k, v) -> out().println(k + "='" + v + "'"));
        }
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (name.equals("alias") && eq > 0) {
                state.aliases.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (name.equals("alias") && state.aliases.containsKey(arg)) {
                out().println(arg + "='" + state.aliases.get(arg) + "'");
            } else if (name.equals("unalias") && state.aliases.remove(arg) != null) {
                continue;
            } else {
                err.println(name + ": " + arg + " not found");
                status = 1;
            }
        }
        return status;
    }
}
