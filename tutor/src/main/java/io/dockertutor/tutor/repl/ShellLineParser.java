package io.dockertutor.tutor.repl;

import io.dockertutor.sh.ShellSyntax;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits the line into words for completion (JLine's parser, with quotes and backslashes) and tells the reader when
 * Enter must not end the input yet: the learner's shell parser decides (an open quote, a trailing {@code \} or
 * {@code &&}, a here-document before its terminator), so the REPL and the interpreter agree on where a command ends.
 * While a here-document's body is being typed or pasted, each new line is only compared with its terminator: a
 * pasted body of n lines costs n short checks, not n parses of an ever longer text.
 */
public final class ShellLineParser extends DefaultParser {
    /** The text last found unfinished inside a here-document body, and what the parser said about it. */
    private String openText;
    private ShellSyntax.Completeness open;

    /** Public for the benchmark that reads pasted input the way the REPL does. */
    public ShellLineParser() {
        setEofOnUnclosedQuote(false);
        setEofOnEscapedNewLine(false);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !isComplete(line)) {
            // JLine reads another line on EOFError and shows the secondary prompt ("> ").
            throw new EOFError(-1, -1, "incomplete command", "more");
        }
        return super.parse(line, cursor, context);
    }

    boolean isComplete(String line) {
        if (open != null && open.openHeredoc() != null && line.length() > openText.length()
                && line.charAt(openText.length()) == '\n' && line.startsWith(openText)) {
            String added = line.substring(openText.length() + 1);
            if (added.indexOf('\n') < 0 && !open.endsHeredoc(added)) {
                openText = line;
                return false;
            }
        }
        ShellSyntax.Completeness state = ShellSyntax.completeness(line);
        openText = state.complete() ? null : line;
        open = state.complete() ? null : state;
        return state.complete();
    }
}
