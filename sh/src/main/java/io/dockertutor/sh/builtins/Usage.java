package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;

/** The two-line complaint coreutils prints for a bad command line. */
final class Usage {
    private Usage() {
    }

    /** Prints {@code NAME: problem} and the {@code Try 'NAME --help'} line; returns {@code status}. */
    static int fail(Invocation call, String problem, int status) {
        call.err().println(call.name() + ": " + problem);
        call.err().println("Try '" + call.name() + " --help' for more information.");
        return status;
    }
}
