package io.dockertutor.engine.sim;

import io.dockertutor.engine.DaemonControl;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code systemctl stop|start|restart docker} on the simulated engine. A shutdown stops every running
 * container as the daemon does (stop signal, then kill after the timeout), without marking them stopped by
 * the user. A start brings back exactly the containers Docker would: {@code always} ones, even if the learner
 * had stopped them; {@code unless-stopped} ones the learner had not stopped; never {@code no} or {@code on-failure}.
 */
final class SimDaemon implements DaemonControl {
    private final SimContext ctx;

    SimDaemon(SimContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void restart() {
        stop();
        start();
    }

    @Override
    public void stop() {
        SimState s = ctx.state();
        if (!s.daemonRunning) {
            return;
        }
        ContainerRuntime runtime = ctx.runtime();
        for (SimContainer c : new ArrayList<>(s.containers.all())) {
            if (c.running()) {
                boolean byUser = c.stoppedByUser;
                runtime.stop(c, null, ctx.now());
                c.stoppedByUser = byUser;
            }
        }
        s.daemonRunning = false;
    }

    @Override
    public void start() {
        SimState s = ctx.state();
        if (s.daemonRunning) {
            return;
        }
        s.daemonRunning = true;
        ContainerRuntime runtime = ctx.runtime();
        List<SimContainer> back = new ArrayList<>();
        for (SimContainer c : s.containers.all()) {
            String policy = c.spec.restartPolicy().name();
            if (c.startedAt != null && (policy.equals("always") || policy.equals("unless-stopped") && !c.stoppedByUser)) {
                back.add(c);
            }
        }
        for (SimContainer c : back) {
            runtime.start(c, ctx.now());
        }
    }

    @Override
    public boolean running() {
        return ctx.state().daemonRunning;
    }
}
