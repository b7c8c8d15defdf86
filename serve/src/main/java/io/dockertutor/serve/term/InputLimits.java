package io.dockertutor.serve.term;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a learner may type: a line of at most {@link #MAX_LINE_BYTES} bytes, and Enter at most {@link #LINES_PER_SECOND}
 * times a second after a burst of {@link #LINE_BURST} (a pasted here-document). Keys past a limit are dropped, and
 * the caller tells the learner why ({@link Limit}); nothing else is changed.
 */
final class InputLimits {
    static final int MAX_LINE_BYTES = 4096;
    static final int LINES_PER_SECOND = 20;
    static final int LINE_BURST = 100;

    /** A limit reached while filtering keys. */
    enum Limit { LINE_LENGTH, COMMAND_RATE }

    /** The keys that pass, and the limits that dropped the others. */
    record Filtered(byte[] keys, Set<Limit> reached) {
    }

    private int lineBytes;
    private double enters = LINE_BURST;
    private long refilledAt = System.nanoTime();

    synchronized Filtered filter(byte[] keys) {
        refill(System.nanoTime());
        ByteArrayOutputStream passed = new ByteArrayOutputStream(keys.length);
        Set<Limit> reached = EnumSet.noneOf(Limit.class);
        for (byte b : keys) {
            if (b == '\r' || b == '\n') {
                if (enters < 1) {
                    reached.add(Limit.COMMAND_RATE);
                    continue;
                }
                enters--;
                lineBytes = 0;
            } else if (b == 3 || b == 21) {
                // Ctrl-C and Ctrl-U drop the line being typed.
                lineBytes = 0;
            } else if (lineBytes >= MAX_LINE_BYTES) {
                reached.add(Limit.LINE_LENGTH);
                continue;
            } else {
                lineBytes++;
            }
            passed.write(b);
        }
        return new Filtered(passed.toByteArray(), reached);
    }

    private void refill(long now) {
        enters = Math.min(LINE_BURST, enters + (now - refilledAt) / 1e9 * LINES_PER_SECOND);
        refilledAt = now;
    }
}
