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
        return ShellParser.parse(text).script();
    }

    /**
     * False while the text needs more lines: an open quote or substitution, a trailing {@code \}, a
     * here-document not yet terminated, a trailing {@code &&}, {@code ||} or {@code |}, a loop, {@code if},
     * {@code case} or group without its closing word. A line with a plain syntax error is complete (running it
     * reports the error).
     */
    public static boolean isComplete(String text) {
        return completeness(text).complete();
    }

    /**
     * Whether the text is a whole command, and when it is not because a here-document's body is still being read,
     * that here-document: a reader given one more line at a time can then tell whether the line ends the body
     * without parsing everything again ({@link Completeness#endsHeredoc}).
     */
    public static Completeness completeness(String text) {
        try {
            ShellParser.Parsed parsed = ShellParser.parse(text);
            Ast.HereDoc open = parsed.openHeredoc();
            return parsed.heredocPending() ? new Completeness(false, Incomplete.HEREDOC, open) : Completeness.DONE;
        } catch (ShellSyntaxException e) {
            return e.isIncomplete() ? new Completeness(false, e.incomplete(), null) : Completeness.DONE;
        }
    }

    /** The answer of {@link #completeness}; {@code openHeredoc} is set while a here-document's body is read. */
    public record Completeness(boolean complete, Incomplete why, Ast.HereDoc openHeredoc) {
        static final Completeness DONE = new Completeness(true, Incomplete.NONE, null);

        /**
         * Whether {@code line}, added after the text, terminates the open here-document; when it does not, the text
         * plus the line is as incomplete as before. False when no here-document is open.
         */
        public boolean endsHeredoc(String line) {
            if (openHeredoc == null) {
                return false;
            }
            String candidate = openHeredoc.stripTabs() ? line.replaceFirst("^\t+", "") : line;
            return candidate.equals(openHeredoc.delimiter());
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
            Completeness state = completeness(line);
            while (i < lines.length && continuesOnNextLine(state)) {
                // A here-document's body lines are taken without parsing again: linear in the body's length.
                while (state.openHeredoc() != null && i < lines.length && !state.endsHeredoc(lines[i])) {
                    command.append('\n').append(lines[i++]);
                }
                if (i < lines.length) {
                    command.append('\n').append(lines[i++]);
                }
                state = completeness(command.toString());
            }
            commands.add(command.toString());
        }
        return commands;
    }

    private static boolean continuesOnNextLine(Completeness state) {
        return !state.complete() && (state.why() == Incomplete.CONTINUATION || state.why() == Incomplete.HEREDOC
                || state.why() == Incomplete.COMPOUND);
    }
}
