package io.dockertutor.engine.docker;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Settling;
import java.time.Duration;
import java.time.Instant;

/**
 * A real daemon's settling: its containers change state by themselves just after a call returns, so a check is
 * asked again for up to {@link #WINDOW}, and a container of the session's caught in a young restart loop (running
 * for a moment between short backoff waits, where the simulator shows it {@code restarting} throughout) is waited
 * out before a check looks at it. A server of the session's that publishes ports and started less than
 * {@link #FRESH} ago is waited for too before a step begins: the daemon's port proxy accepts a connection before the
 * server in the container listens, and a learner reading the step gives it that moment (a validation would not).
 */
final class DaemonSettling implements Settling {
    /** How long a real engine may take to settle after a command. */
    static final Duration WINDOW = Duration.ofSeconds(3);

    /** The daemon doubles a loop's wait after each failed run (100 ms, 200 ms, ...); from this many on it is long. */
    private static final int SETTLED_RESTARTS = 3;

    /** A container with a restart policy started this recently may be a loop's short run. */
    private static final Duration FRESH = Duration.ofMillis(1500);

    private final Engine engine;

    DaemonSettling(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Duration window() {
        return WINDOW;
    }

    /**
     * A container of the session's whose restart policy may be cycling it and that has not settled into a long wait
     * yet: running with a policy and either restarted before or started less than {@link #FRESH} ago, or waiting to
     * restart with a backoff still short. From the {@link #SETTLED_RESTARTS}th restart on, the wait lasts long enough
     * (400 ms and more) that a check sees the container {@code restarting} throughout, as the simulator shows it.
     */
    @Override
    public boolean unsettled() {
        Instant freshSince = Instant.now().minus(FRESH);
        for (ContainerSummary c : engine.listContainers(false, -1, false, Filters.NONE)) {
            boolean running = "running".equals(c.state());
            if ((!running && !"restarting".equals(c.state())) || !engine.ownership().ownsContainer(c.id())) {
                continue;
            }
            ContainerDetails d = engine.inspectContainer(c.id(), false);
            Instant started = d.state().startedAt();
            if (running && !d.hostConfig().portBindings().isEmpty() && started != null && started.isAfter(freshSince)) {
                return true;  // a server just started may not answer on its published port yet
            }
            String policy = d.hostConfig().restartPolicy() == null ? "" : d.hostConfig().restartPolicy().name();
            if (policy.isEmpty() || policy.equals("no")) {
                continue;
            }
            boolean unsettled = running ? d.restartCount() > 0 || (started != null && started.isAfter(freshSince))
                    : d.restartCount() < SETTLED_RESTARTS;
            if (unsettled) {
                return true;
            }
        }
        return false;
    }
}
