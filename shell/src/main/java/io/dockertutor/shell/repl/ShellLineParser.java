package io.dockertutor.shell.repl;

import io.dockertutor.sh.ShellSyntax;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits the line into words for completion (JLine's parser, with quotes and backslashes) and tells the reader when
 * Enter must not end the input yet: the learner's shell parser decides (an open quote, a trailing {@code \} or
 * {@code &&}, a here-document before its terminator), so the REPL and the interpreter agree on where a command ends.
 */
final class ShellLineParser extends DefaultParser {
    ShellLineParser() {
        setEofOnUnclosedQuote(false);
        setEofOnEscapedNewLine(false);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !ShellSyntax.isComplete(line)) {
            // JLine reads another line on EOFError and shows the secondary prompt ("> ").
            throw new EOFError(-1, -1, "incomplete command", "more");
        }
        return super.parse(line, cursor, context);
    }
}
