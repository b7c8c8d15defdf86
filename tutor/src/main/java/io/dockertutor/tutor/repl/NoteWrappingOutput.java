package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.render.MessageLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * A learner's command's output on its way to the terminal: every line passes as it comes, except the tutor's own
 * notes among it (lines starting {@code docker-tutor: }, such as what real docker would do with a foreground
 * container), which are wrapped at spaces to the terminal's width like the tutor's other messages, so a word is
 * never cut in two at the edge ({@link MessageLines}). A line is held only until its first bytes tell which it is;
 * a flush lets a shorter unfinished line (a prompt, a progress bar) through at once.
 */
final class NoteWrappingOutput extends OutputStream {
    private static final byte[] NOTE = "docker-tutor: ".getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;
    private final IntSupplier width;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    /** The current line is passed through as it comes (it is not a note, or part of it is on the screen already). */
    private boolean passing;

    NoteWrappingOutput(OutputStream out, IntSupplier width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            if (passing) {
                if (b[i] == '\n') {
                    out.write(b, start, i + 1 - start);
                    start = i + 1;
                    passing = false;
                }
                continue;
            }
            held.write(b[i]);
            start = i + 1;
            if (b[i] == '\n') {
                endHeldLine();
            } else if (held.size() <= NOTE.length && b[i] != NOTE[held.size() - 1]) {
                out.write(held.toByteArray());  // not a note: the rest of the line passes as it comes
                held.reset();
                passing = true;
            }
        }
        if (passing && start < end) {
            out.write(b, start, end - start);
        }
        out.flush();
    }

    private void endHeldLine() throws IOException {
        String line = held.toString(StandardCharsets.UTF_8);
        held.reset();
        if (!line.startsWith("docker-tutor: ")) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (String wrapped : MessageLines.wrap(line.substring(0, line.length() - 1), width.getAsInt())) {
            out.write((wrapped + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void flush() throws IOException {
        if (held.size() > 0 && held.size() < NOTE.length) {
            out.write(held.toByteArray());
            held.reset();
            passing = true;
        }
        out.flush();
    }
}
