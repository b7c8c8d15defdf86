package io.dockertutor.tutor.repl;

import io.dockertutor.cli.grammar.DockerGrammar;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colors the line as it is typed: a command the tutor knows (a tutor command, {@code docker} and its subcommands,
 * a shell command) in bold, an unknown one underlined in red, so a typo shows before Enter. Plain when colors are off.
 */
final class LineHighlighter implements Highlighter {
    static final AttributedStyle KNOWN = AttributedStyle.DEFAULT.bold().foreground(AttributedStyle.GREEN);
    static final AttributedStyle SUBCOMMAND = AttributedStyle.DEFAULT.bold();
    static final AttributedStyle UNKNOWN = AttributedStyle.DEFAULT.underline().foreground(AttributedStyle.RED);

    private final boolean color;
    private final Supplier<DockerGrammar> grammar;
    private final Set<String> shellCommands;

    LineHighlighter(boolean color, Supplier<DockerGrammar> grammar, Set<String> shellCommands) {
        this.color = color;
        this.grammar = grammar;
        this.shellCommands = shellCommands;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color) {
            return new AttributedString(buffer);
        }
        AttributedStringBuilder b = new AttributedStringBuilder();
        List<CommandWords.Word> words = CommandWords.of(buffer);
        boolean tutorLine = TutorCommands.verbOf(buffer).isPresent();
        int done = 0;
        String dockerPath = null;
        for (CommandWords.Word w : words) {
            b.append(buffer, done, w.start());
            AttributedStyle style = AttributedStyle.DEFAULT;
            if (w.operator()) {
                dockerPath = null;
            } else if (w.commandStart()) {
                boolean known = w.text().equals("docker") || shellCommands.contains(w.text()) || (tutorLine && w == words.get(0));
                style = known ? KNOWN : UNKNOWN;
                dockerPath = w.text().equals("docker") ? "" : null;
            } else if (dockerPath != null && !w.text().startsWith("-")) {
                String path = dockerPath.isEmpty() ? w.text() : dockerPath + " " + w.text();
                if (grammar.get().command(path).isPresent()) {
                    style = SUBCOMMAND;
                    dockerPath = path;
                } else {
                    style = dockerPath.isEmpty() ? UNKNOWN : AttributedStyle.DEFAULT;
                    dockerPath = null;
                }
            }
            b.styled(style, buffer.substring(w.start(), w.end()));
            done = w.end();
        }
        b.append(buffer.substring(done));
        return b.toAttributedString();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
