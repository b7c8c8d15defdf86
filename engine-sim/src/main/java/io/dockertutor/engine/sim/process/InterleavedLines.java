package io.dockertutor.engine.sim.process;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A program's standard output and error captured as log lines in the order it wrote them, as the daemon's log
 * copier receives them: {@code ls /x; id -un} logs the error line of ls before the name {@code id} prints. A line
 * is complete at its newline; what is left without one when the program ends becomes a last line of its stream.
 */
final class InterleavedLines {
    private final List<Program.Line> lines = new ArrayList<>();
    private final Stream out = new Stream(false);
    private final Stream err = new Stream(true);

    OutputStream out() {
        return out;
    }

    OutputStream err() {
        return err;
    }

    /** The lines, with any unfinished line of standard output, then of standard error, at the end. */
    List<Program.Line> lines() {
        out.finish();
        err.finish();
        return lines;
    }

    private final class Stream extends OutputStream {
        private final boolean stderr;
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

        Stream(boolean stderr) {
            this.stderr = stderr;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines.add(new Program.Line(stderr, partial.toString(StandardCharsets.UTF_8)));
                partial.reset();
            } else {
                partial.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        void finish() {
            if (partial.size() > 0) {
                lines.add(new Program.Line(stderr, partial.toString(StandardCharsets.UTF_8)));
                partial.reset();
            }
        }
    }
}
