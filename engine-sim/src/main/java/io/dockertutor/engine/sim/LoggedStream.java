package io.dockertutor.engine.sim;

import io.dockertutor.engine.sim.process.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One output stream of an attached program: bytes go on to whoever attached, and each finished line is also kept
 * for the container's log, in the order the program wrote them on both streams.
 */
final class LoggedStream extends OutputStream {
    private final OutputStream attached;
    private final boolean stderr;
    private final List<Program.Line> log;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    LoggedStream(OutputStream attached, boolean stderr, List<Program.Line> log) {
        this.attached = attached;
        this.stderr = stderr;
        this.log = log;
    }

    @Override
    public void write(int b) throws IOException {
        attached.write(b);
        if (b == '\n') {
            log.add(new Program.Line(stderr, partial.toString(StandardCharsets.UTF_8)));
            partial.reset();
        } else {
            partial.write(b);
        }
    }

    @Override
    public void flush() throws IOException {
        attached.flush();
    }

    /** Keeps a last line the program left without a newline. */
    void finish() {
        try {
            attached.flush();
        } catch (IOException e) {
            // whoever attached has gone; the log keeps the line all the same
        }
        if (partial.size() > 0) {
            log.add(new Program.Line(stderr, partial.toString(StandardCharsets.UTF_8)));
            partial.reset();
        }
    }
}
