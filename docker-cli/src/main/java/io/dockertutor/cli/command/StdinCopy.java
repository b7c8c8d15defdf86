package io.dockertutor.cli.command;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The client's standard input as {@code docker run -i} and {@code docker exec -i} copy it into the container: the copy
 * runs until a read fails, and a failure only ends it (docker's io.Copy in its own goroutine), so the container sees
 * its input end and the command goes on (recorded: {@code docker run -i --rm busybox wc -c < DIR} prints {@code 0},
 * status 0).
 */
final class StdinCopy extends FilterInputStream {
    private StdinCopy(InputStream in) {
        super(in);
    }

    /** The context's standard input, ending where a read fails; the same stream when it is the learner's keyboard. */
    static InputStream of(CliContext ctx) {
        if (ctx.in() == null) {
            return InputStream.nullInputStream();
        }
        return ctx.in() instanceof io.dockertutor.engine.Prompter ? ctx.in() : new StdinCopy(ctx.in());
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            return -1;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            return -1;
        }
    }
}
