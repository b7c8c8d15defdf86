package io.dockertutor.sh;

import java.io.IOException;

/**
 * A read that met a directory (EISDIR): a program given a directory as its file, or reading a standard input the
 * shell opened on a directory ({@code cat < /tmp}; opening a directory for reading succeeds, the read fails). Each
 * program words it its own way ({@code builtins.DirectoryReadWords}).
 */
public final class DirectoryReadException extends IOException {
    private final String operand;

    /** {@code operand}: the file operand as typed, or null for the standard input. */
    public DirectoryReadException(String operand) {
        super("Is a directory");
        this.operand = operand;
    }

    /** The file operand as typed, or null when the standard input was the directory. */
    public String operand() {
        return operand;
    }
}
