package io.dockertutor.tutor.repl;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The learner's keyboard as a command's standard input: each time the command wants more, one line is read with
 * the same line reader (history and editing included), so {@code docker exec -it web sh} gets a nested prompt, the
 * container shell's own ({@code / # }), handed over through {@link io.dockertutor.engine.Prompter}. Ctrl-D ends the
 * input; Ctrl-C at a shell's prompt gives it an empty line (it draws its prompt again), and otherwise stops the
 * program reading, as its SIGINT would.
 */
final class KeyboardInput extends InputStream implements io.dockertutor.engine.Prompter {
    private final LineReader reader;
    private byte[] line = new byte[0];
    private int next;
    private String prompt = "";

    KeyboardInput(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public void prompt(String text) {
        this.prompt = text;
    }

    @Override
    public int read() {
        if (next >= line.length && !fill()) {
            return -1;
        }
        return line[next++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (next >= line.length && !fill()) {
            return -1;
        }
        int n = Math.min(len, line.length - next);
        System.arraycopy(line, next, b, off, n);
        next += n;
        return n;
    }

    private boolean fill() {
        try {
            // The container's shell hands its prompt over, so the line editor draws it.
            String shown = prompt;
            prompt = "";
            try {
                line = (reader.readLine(shown) + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (UserInterruptException e) {
                if (shown.isEmpty()) {
                    // A program reading the keyboard (cat, docker run -i without -t): Ctrl-C stops it.
                    io.dockertutor.engine.Interruption.press(Thread.currentThread());
                    return false;
                }
                // A shell at its prompt: the line is dropped and the prompt drawn again, as a real shell does.
                line = "\n".getBytes(StandardCharsets.UTF_8);
            }
            next = 0;
            return true;
        } catch (EndOfFileException e) {
            return false;
        }
    }
}
