package io.dockertutor.sh;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code break [n]}, {@code continue [n]} and {@code return [n]}: they act on the executor's loops and function
 * calls rather than on streams, so they live beside it instead of in the command table. Their errors are worded as
 * the shell's dialect words them (bash, busybox ash, dash).
 */
final class ControlBuiltins {
    static final Set<String> NAMES = Set.of("break", "continue", "return");

    private ControlBuiltins() {
    }

    static int run(ShellSession shell, List<String> argv, PrintStream err) {
        String name = argv.get(0);
        LoopGuard guard = shell.guard();
        String arg = argv.size() > 1 ? argv.get(1) : null;
        if (name.equals("return")) {
            if (guard.callDepth == 0 && shell.dialect() == SyntaxDialect.BASH) {
                err.println(shell.name() + ": return: can only `return' from a function or sourced script");
                return 1;
            }
            int status = shell.lastStatus();
            if (arg != null) {
                if (!arg.matches("-?[0-9]{1,18}")) {
                    return illegalNumber(shell, name, arg, err);
                }
                status = (int) (Long.parseLong(arg) & 0xff);
            }
            guard.returning = true;
            return status;
        }
        int levels = 1;
        if (arg != null) {
            if (!arg.matches("[0-9]{1,9}") || Integer.parseInt(arg) == 0) {
                if (shell.dialect() != SyntaxDialect.BASH) {
                    return illegalNumber(shell, name, arg, err);
                }
                boolean numeric = arg.matches("-?[0-9]{1,18}");
                err.println(shell.name() + ": " + name + ": " + arg
                        + (numeric ? ": loop count out of range" : ": numeric argument required"));
                return numeric ? 1 : 2;
            }
            levels = Integer.parseInt(arg);
        }
        if (guard.loopDepth == 0) {
            if (shell.dialect() == SyntaxDialect.BASH) {
                err.println(shell.name() + ": " + name + ": only meaningful in a `for', `while', or `until' loop");
            }
            return 0; // ash and dash say nothing
        }
        guard.breaking = Math.min(levels, guard.loopDepth);
        guard.continuing = name.equals("continue");
        return 0;
    }

    /** ash: {@code sh: break: line 0: Illegal number: x}; dash: {@code sh: 1: break: Illegal number: x}; both leave, 2. */
    private static int illegalNumber(ShellSession shell, String name, String arg, PrintStream err) {
        err.println(BuiltinErrors.line(shell, name, arg + ": numeric argument required", "Illegal number: " + arg,
                "Illegal number: " + arg));
        return BuiltinErrors.special(shell, 2);
    }
}
