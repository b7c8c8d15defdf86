package io.dockertutor.sh;

import java.io.OutputStream;

/**
 * The state {@code break}, {@code continue} and {@code return} act on, and the bound on loops: Ctrl-C stops a loop
 * at its next iteration, but a batch run has no Ctrl-C (and {@code sleep} returns at once there), so one command line may run at most
 * {@link #MAX_ITERATIONS} loop iterations, write at most {@link #MAX_OUTPUT_BYTES} from inside loops and spend at
 * most {@link #MAX_MILLIS} in them; past any of these the whole line stops with a message and status 130, as if
 * the learner had pressed Ctrl-C. Function calls nest at most {@link #MAX_CALL_DEPTH} deep.
 */
final class LoopGuard {
    static final int MAX_ITERATIONS = 10_000;
    static final long MAX_OUTPUT_BYTES = 4L << 20;
    static final long MAX_MILLIS = 5_000;
    static final int MAX_CALL_DEPTH = 100;
    /** Scripts running inside scripts (bodies, substitutions, calls): bounds the Java stack whatever nests. */
    static final int MAX_RUN_DEPTH = 400;
    private static final String INTERRUPTED = "interrupted";

    /** Thrown through the executor when a bound is reached; {@link ShellSession#run} prints {@link #getMessage()}. */
    static final class Stop extends RuntimeException {
        Stop(String messageKey) {
            super(messageKey, null, false, false);
        }

        /** Ctrl-C stopped the line: no message, status 130. */
        static Stop interrupt() {
            return new Stop(INTERRUPTED);
        }

        boolean interrupted() {
            return INTERRUPTED.equals(getMessage());
        }
    }

    private int maxIterations = MAX_ITERATIONS;
    private int iterations;
    private long outputBytes;
    private long startedAt;
    int loopDepth;
    int callDepth;
    private int runDepth;
    /** Loops still to leave ({@code break 2}); the innermost one continues instead when {@code continuing}. */
    int breaking;
    boolean continuing;
    /** Set by {@code return}: the function (or the script, outside one) ends. */
    boolean returning;

    /** A new command line from the learner: the budget starts again, and nothing is pending. */
    void reset() {
        iterations = 0;
        outputBytes = 0;
        startedAt = 0;
        loopDepth = 0;
        callDepth = 0;
        runDepth = 0;
        breaking = 0;
        continuing = false;
        returning = false;
    }

    /** For tests and callers that want a smaller bound; the time and output bounds stay. */
    void maxIterations(int max) {
        this.maxIterations = max;
    }

    int maxIterations() {
        return maxIterations;
    }

    void enter() {
        if (++runDepth > MAX_RUN_DEPTH) {
            runDepth--;
            throw new Stop("run.tooDeep");
        }
    }

    void leave() {
        runDepth--;
    }

    /** Called before each iteration of every loop. */
    void tick() {
        if (startedAt == 0) {
            startedAt = System.nanoTime();
        }
        if (io.dockertutor.engine.Interruption.pressed()) {
            throw Stop.interrupt();
        }
        if (++iterations > maxIterations) {
            throw new Stop("loop.tooManyIterations");
        }
        if (outputBytes > MAX_OUTPUT_BYTES) {
            throw new Stop("loop.tooMuchOutput");
        }
        if (System.nanoTime() - startedAt > MAX_MILLIS * 1_000_000) {
            throw new Stop("loop.tooLong");
        }
    }

    /** Whether the commands after the current one must be skipped (a pending break, continue or return). */
    boolean skipping() {
        return breaking > 0 || returning;
    }

    /** {@code out} counted against the loop output bound. */
    OutputStream counted(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                outputBytes++;
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                outputBytes += len;
                out.write(b, off, len);
            }

            @Override
            public void flush() throws java.io.IOException {
                out.flush();
            }
        };
    }
}
