package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.render.MarkdownRenderer;
import io.dockertutor.tutor.render.MessageLines;
import io.dockertutor.tutor.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Where the tutor writes: its own messages (plain, or styled as success, warning, problem), lesson text rendered
 * from Markdown, and the byte stream learners' commands print to. Colors only when {@code color} says so (a real
 * terminal, no {@code NO_COLOR}, no {@code --no-color}).
 */
final class Screen {
    private final Terminal terminal;
    private final boolean color;
    private final PrintWriter writer;
    private MarkdownRenderer markdown;

    Screen(Terminal terminal, boolean color, Function<String, String> calloutLabel) {
        this.terminal = terminal;
        this.color = color;
        this.writer = terminal.writer();
        labels(calloutLabel);
    }

    /** The language changed: call-outs get the new labels. */
    void labels(Function<String, String> calloutLabel) {
        this.markdown = new MarkdownRenderer(color ? Theme.colored() : Theme.plain(), calloutLabel);
    }

    boolean color() {
        return color;
    }

    Terminal terminal() {
        return terminal;
    }

    /** Columns to wrap text to: the terminal's width, or 80 when it does not know (pipes, dumb terminals). */
    int width() {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : Math.min(w, 100);
    }

    /** Columns the tutor's own messages wrap to: the terminal's width; 0 (no wrapping) when it has none (a pipe). */
    private int messageWidth() {
        return Math.max(0, terminal.getWidth());
    }

    /** A message of the tutor's, wrapped at spaces to the terminal's width ({@link MessageLines}). */
    void say(String text) {
        for (String line : MessageLines.wrap(text, messageWidth())) {
            writer.println(line);
        }
        writer.flush();
    }

    void good(String text) {
        styled(text, AttributedStyle.DEFAULT.bold().foreground(AttributedStyle.GREEN));
    }

    void warn(String text) {
        styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
    }

    void bad(String text) {
        styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
    }

    void heading(String text) {
        styled(text, AttributedStyle.DEFAULT.bold().foreground(AttributedStyle.CYAN));
    }

    void styled(String text, AttributedStyle style) {
        for (String line : MessageLines.wrap(text, messageWidth())) {
            writer.println(color ? new AttributedString(line, style).toAnsi() : line);
        }
        writer.flush();
    }

    void markdown(String text) {
        writer.print(markdown.renderToString(text, width()));
        writer.flush();
    }

    /**
     * The stream learners' commands write to; the tutor's own buffered text is flushed first to keep the order, and
     * the tutor's notes among the output are wrapped like its other messages ({@link NoteWrappingOutput}).
     */
    OutputStream commands() {
        writer.flush();
        return new NoteWrappingOutput(terminal.output(), this::messageWidth);
    }

    void flush() {
        writer.flush();
        try {
            terminal.output().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
