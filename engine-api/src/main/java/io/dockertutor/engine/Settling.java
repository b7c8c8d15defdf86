package io.dockertutor.engine;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How an engine's state settles after a call returns, so that a check is made on the state a learner would see.
 * A real daemon's containers go on changing by themselves for a moment: a server is not listening yet, a failing
 * container is not yet {@code restarting}, one caught in a restart loop is {@code running} between short backoff
 * waits. The simulated engine shows the settled state at once ({@link #AT_ONCE}). Lessons ask the engine's own
 * settling instead of knowing which engine they run on.
 *
 * <pre>{@code
 * Verdict v = engine.settling().until(() -> checker.check(step), Verdict::passed);
 * }</pre>
 */
public interface Settling {
    /** An engine whose state is settled as soon as each call returns: nothing is asked twice, nothing waits. */
    Settling AT_ONCE = new Settling() {
        @Override
        public Duration window() {
            return Duration.ZERO;
        }

        @Override
        public boolean unsettled() {
            return false;
        }
    };

    /** How long the state may keep changing after a call; an attempt is not made again after it has gone by. */
    Duration window();

    /** True while something of the session's is still changing by itself (a young restart loop mid-run). */
    boolean unsettled();

    /** {@code attempt}, made again after a short pause until {@code done} holds of its result or the window has gone by. */
    default <T> T until(Supplier<T> attempt, Predicate<T> done) {
        long deadline = System.nanoTime() + window().toNanos();
        T result = attempt.get();
        while (!done.test(result) && System.nanoTime() < deadline && pause()) {
            result = attempt.get();
        }
        return result;
    }

    /** Returns once nothing of the session's is changing by itself, or the window has gone by (at once on the simulator). */
    default void awaitSettled() {
        until(this::unsettled, unsettled -> !unsettled);
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
