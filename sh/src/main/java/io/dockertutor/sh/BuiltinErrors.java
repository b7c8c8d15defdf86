package io.dockertutor.sh;

/**
 * A shell builtin's own error in the words of the shell running it, for the whole family of builtins ({@code cd},
 * {@code exit}, {@code export}, {@code unset}, {@code pwd}, {@code break}): bash {@code bash: cd: MESSAGE}, busybox
 * ash {@code sh: cd: line 0: MESSAGE} and dash {@code sh: 1: cd: MESSAGE}, each after its {@code $0}. ash numbers
 * the lines of a {@code -c} string from 0 and those of a file from 1 ({@code $LINENO}, which the container shell
 * sets); dash from 1. Recorded on busybox 1.35 and Debian 12's dash 0.5.12; a script's later lines are not
 * tracked, so a message names the first one.
 */
public final class BuiltinErrors {
    private BuiltinErrors() {
    }

    /** The line the shell prints: {@code bash}, {@code ash} or {@code dash} is the message after the builtin's name. */
    public static String line(ShellSession shell, String builtin, String bash, String ash, String dash) {
        return switch (shell.dialect()) {
            case BASH -> shell.name() + ": " + builtin + ": " + bash;
            case ASH -> shell.scriptName() + ": " + builtin + ": line " + ashLine(shell) + ": " + ash;
            case DASH -> shell.scriptName() + ": 1: " + builtin + ": " + dash;
        };
    }

    /**
     * A special builtin's error ({@code exit}, {@code export}, {@code unset}, {@code break}): POSIX has a
     * non-interactive ash or dash leave at once with status 2; bash goes on. Answers the builtin's status.
     */
    public static int special(ShellSession shell, int bashStatus) {
        if (shell.dialect() == SyntaxDialect.BASH) {
            return bashStatus;
        }
        shell.requestExit(2);
        return 2;
    }

    /**
     * An expansion that failed ({@code ${x?unset here}}, {@code $((1/0))}): bash goes on with the next command; ash
     * ({@code sh: x: unset here}) and dash ({@code sh: 1: x: unset here}) end a non-interactive shell with 2, as POSIX
     * has it. Answers the command's status.
     */
    public static int expansionFailed(ShellSession shell, java.io.PrintStream err, String message) {
        err.println(shell.dialect() == SyntaxDialect.DASH ? shell.scriptName() + ": 1: " + message
                : (shell.dialect() == SyntaxDialect.ASH ? shell.scriptName() : shell.name()) + ": " + message);
        return special(shell, 1);
    }

    private static String ashLine(ShellSession shell) {
        String line = shell.variable("LINENO");
        return line == null ? "1" : line;
    }
}
