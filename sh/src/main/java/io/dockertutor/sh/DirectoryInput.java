package io.dockertutor.sh;

import java.io.IOException;
import java.io.InputStream;

/**
 * The standard input of {@code COMMAND < DIRECTORY}: the shell's open succeeds (as open(2) with O_RDONLY does on a
 * directory) and every read fails with EISDIR, for the program to word ({@link DirectoryReadException}).
 */
final class DirectoryInput extends InputStream {
    @Override
    public int read() throws IOException {
        throw new DirectoryReadException();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        throw new DirectoryReadException();
    }
}
