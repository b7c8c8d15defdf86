package io.dockertutor.sh;

import io.dockertutor.sh.ShellSyntaxException.Incomplete;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell language's entry points that need no session: parsing, the REPL's "is this line finished?" test,
 * and the batch runner's script splitter. Both of the latter ask the parser, so all three agree on where a
 * command ends.
 *
 * <pre>{@code
 * ShellSyntax.isComplete("echo 'abc");            // false: the quote is still open
 * ShellSyntax.splitCommands("ls\ncat <<EOF\nx\nEOF\n"); // ["ls", "cat <<EOF\nx\nEOF"]
 * }</pre>
 */
public final class ShellSyntax {
    private ShellSyntax() {
    }

    /** Parses a command line; here-documents without a terminator end at the end of the text, as in bash. */
    public static Ast.Script parse(String text) throws ShellSyntaxException {
        return Parser.parse(text).script();
    }

    /**
     * False while the text needs more lines: an open quote or substitution, a trailing {@code \}, a
     * here-document not yet terminated, a trailing {@code &&}, {@code ||} or {@code |}, a loop, {@code if},
     * {@code case} or group without its closing word. A line with a plain
     * syntax error is complete (running it reports the error).
     */
    public static boolean isComplete(String text) {
        try {
            return !Parser.parse(text).heredocPending();
        } catch (ShellSyntaxException e) {
            return !e.isIncomplete();
        }
    }

    /**
     * Splits a script into commands as written: one per line; blank lines and {@code #} comment lines are
     * skipped; a line ending in {@code \} continues onto the next; a here-document takes its body lines through
     * the terminator line; a loop, {@code if}, {@code case} or group takes its lines through its closing word.
     * Other unfinished lines (an open quote, a trailing {@code &&}) end at the line end.
     */
    public static List<String> splitCommands(String script) {
        String[] lines = script.split("\r?\n", -1);
        List<String> commands = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            StringBuilder command = new StringBuilder(line);
            while (i < lines.length && continuesOnNextLine(command.toString())) {
                command.append('\n').append(lines[i++]);
            }
            commands.add(command.toString());
        }
        return commands;
    }

    private static boolean continuesOnNextLine(String text) {
        try {
            return Parser.parse(text).heredocPending();
        } catch (ShellSyntaxException e) {
            return e.incomplete() == Incomplete.CONTINUATION || e.incomplete() == Incomplete.HEREDOC
                    || e.incomplete() == Incomplete.COMPOUND;
        }
    }
}
