package io.dockertutor.sh;

import java.io.IOException;

/**
 * A read that met a directory (EISDIR): a program given a directory as its file, or reading a standard input the
 * shell opened on a directory ({@code cat < /tmp}; opening a directory for reading succeeds, the read fails). Each
 * program words it its own way ({@code builtins.DirectoryReadWords}), naming what it was reading itself.
 */
public final class DirectoryReadException extends IOException {
    public DirectoryReadException() {
        super("Is a directory");
    }
}
