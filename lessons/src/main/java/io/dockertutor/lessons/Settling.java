package io.dockertutor.lessons;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Giving a real engine the moment a learner gives it. Its containers change state by themselves just after a command
 * returns: a server is not listening yet, a failing container is not yet {@code restarting}, a container caught in
 * a restart loop is {@code running} for a moment between short backoff waits. Where the simulator shows the settled
 * state at once, a lesson run on a real engine asks again, for up to {@link #WINDOW}; on the simulated engine (the
 * one with snapshots) nothing waits.
 */
final class Settling {
    /** How long a real engine may take to settle after a command. */
    static final Duration WINDOW = Duration.ofSeconds(3);

    /** The daemon doubles a loop's wait after each failed run (100 ms, 200 ms, ...); from this many on it is long. */
    private static final int SETTLED_RESTARTS = 3;

    /** A container with a restart policy started this recently may be a loop's short run. */
    private static final Duration FRESH = Duration.ofMillis(1500);

    private static final long PAUSE_MS = 200;

    private final Engine engine;

    Settling(Engine engine) {
        this.engine = engine;
    }

    /** {@code attempt}, made again after a pause until {@code done} holds of its result or the window has gone by. */
    <T> T until(Supplier<T> attempt, Predicate<T> done) {
        long deadline = System.nanoTime() + window().toNanos();
        T result = attempt.get();
        while (!done.test(result) && System.nanoTime() < deadline && pause()) {
            result = attempt.get();
        }
        return result;
    }

    /** Returns once no young restart loop of the session's is mid-run (at once on the simulator). */
    void awaitRestartLoops() {
        until(this::restartLoopRunning, running -> !running);
    }

    private Duration window() {
        return engine.snapshots().isPresent() ? Duration.ZERO : WINDOW;
    }

    /**
     * A container of the session's whose restart policy may be cycling it and that has not settled into a long wait
     * yet: running with a policy and either restarted before or started less than {@link #FRESH} ago, or waiting to
     * restart with a backoff still short. From the {@link #SETTLED_RESTARTS}th restart on, the wait lasts long enough
     * (400 ms and more) that a check sees the container {@code restarting} throughout, as the simulator shows it.
     */
    private boolean restartLoopRunning() {
        if (window().isZero()) {
            return false;
        }
        Instant freshSince = Instant.now().minus(FRESH);
        for (ContainerSummary c : engine.listContainers(false, -1, false, Filters.NONE)) {
            boolean running = "running".equals(c.state());
            if ((!running && !"restarting".equals(c.state())) || !engine.ownership().ownsContainer(c.id())) {
                continue;
            }
            ContainerDetails d = engine.inspectContainer(c.id(), false);
            String policy = d.hostConfig().restartPolicy() == null ? "" : d.hostConfig().restartPolicy().name();
            if (policy.isEmpty() || policy.equals("no")) {
                continue;
            }
            Instant started = d.state().startedAt();
            boolean unsettled = running ? d.restartCount() > 0 || (started != null && started.isAfter(freshSince))
                    : d.restartCount() < SETTLED_RESTARTS;
            if (unsettled) {
                return true;
            }
        }
        return false;
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE_MS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
