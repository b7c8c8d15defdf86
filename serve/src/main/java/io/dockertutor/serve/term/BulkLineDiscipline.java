package io.dockertutor.serve.term;

import java.io.IOException;
import java.io.OutputStream;
import org.jline.terminal.Attributes;

/**
 * What the tutor prints on a browser's terminal, on its way to the screen: the output half of JLine's line
 * discipline ({@code \n} becomes {@code \r\n} while the terminal's {@code OPOST} and {@code ONLCR} flags are set,
 * as JLine's {@code LineDisciplineTerminal} does), but a run of bytes at a time. JLine's own stream passes every
 * byte on by itself, which made the screen's buffer take a lock per byte: a tenth of a paced pull's processor.
 */
final class BulkLineDiscipline extends OutputStream {
    private static final byte[] CRLF = {'\r', '\n'};

    private final OutputStream screen;
    private final Attributes attributes;

    /** {@code attributes}: the terminal's own, read at each write (the tutor's line editor changes them). */
    BulkLineDiscipline(OutputStream screen, Attributes attributes) {
        this.screen = screen;
        this.attributes = attributes;
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n' && newlineToCrlf()) {
            screen.write(CRLF, 0, 2);
        } else {
            screen.write(b);
        }
        flush();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (!newlineToCrlf()) {
            screen.write(b, off, len);
        } else {
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                if (b[i] == '\n') {
                    if (i > start) {
                        screen.write(b, start, i - start);
                    }
                    screen.write(CRLF, 0, 2);
                    start = i + 1;
                }
            }
            if (end > start) {
                screen.write(b, start, end - start);
            }
        }
        flush();
    }

    private boolean newlineToCrlf() {
        return attributes.getOutputFlag(Attributes.OutputFlag.OPOST) && attributes.getOutputFlag(Attributes.OutputFlag.ONLCR);
    }

    @Override
    public void flush() throws IOException {
        screen.flush();
    }

    @Override
    public void close() throws IOException {
        screen.close();
    }
}
