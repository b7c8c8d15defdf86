package io.dockertutor.sh;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * The standard input of {@code COMMAND < FILE} on a regular file: what a program's fstat(0) would tell it, its size
 * (coreutils' {@code wc} sizes its columns by it: {@code wc < f} prints {@code 2 3 6}, a pipe {@code 7}-wide columns).
 */
public final class RegularFileInput extends BufferedInputStream {
    private final long size;

    RegularFileInput(InputStream in, long size) {
        super(in);
        this.size = size;
    }

    /** The file's size when the shell opened it. */
    public long size() {
        return size;
    }
}
