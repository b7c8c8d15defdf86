package io.dockertutor.sh;

import java.io.IOException;

/**
 * A program the shell can run: a builtin such as {@code ls}, or one the caller plugs in such as {@code docker}.
 * It reads and writes only through its {@link Invocation} and returns its exit status; the shell turns any
 * exception it throws into a one-line message, so a learner never sees a stack trace.
 *
 * <pre>{@code
 * Command hello = call -> { call.out().println("hello " + String.join(" ", call.args())); return 0; };
 * }</pre>
 */
@FunctionalInterface
public interface Command {
    int run(Invocation call) throws IOException;
}
