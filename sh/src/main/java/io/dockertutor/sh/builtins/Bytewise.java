package io.dockertutor.sh.builtins;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Comparison by UTF-8 bytes: how ls and sort order names in the C.UTF-8 locale. */
final class Bytewise {
    private Bytewise() {
    }

    static int compare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
