package io.dockertutor.sh.builtins;

import java.io.IOException;

/** strerror texts for the exceptions java.nio throws, as coreutils prints them. */
final class Errors {
    private Errors() {
    }

    static String describe(IOException e) {
        return io.dockertutor.sh.Strerror.of(e);
    }
}
