package io.dockertutor.engine.sim;

import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.sim.fs.MountPlanner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * What the parts of the simulated engine share: its state (replaced whole when a snapshot is restored), its clock,
 * the learner's workspace, and what is made over them per call (the container runtime, a program's context, the host
 * network). The parts hold this, never the engine, so {@link SimulatedEngine} stays a façade that only delegates.
 */
final class SimContext {
    private final Clock clock;
    private final SimWorkspace workspace = new SimWorkspace();
    private final ContainerExec exec = new ContainerExec(this);
    private final EventLog events = new EventLog(this::now);
    private SimState state;

    SimContext(SimState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    SimState state() {
        return state;
    }

    /** Puts a restored snapshot in place of the whole state. */
    void restore(SimState restored) {
        this.state = restored;
    }

    Instant now() {
        return clock.instant();
    }

    MountPlanner.HostPaths hostPaths() {
        return workspace;
    }

    /** Lets bind mounts and builds reach {@code root}, the host directory the learner works in. */
    void hostRoot(Path root) {
        workspace.root(root);
    }

    /** The daemon's event log: history, so it stays when a snapshot is restored. */
    EventLog events() {
        return events;
    }

    ContainerExec exec() {
        return exec;
    }

    /** The container state machine over today's state; a container removed on exit ({@code --rm}) goes from it. */
    ContainerRuntime runtime() {
        return new ContainerRuntime(state.containers, state.networks, state.ports, () -> state.nextPid++, this::context, c -> {
            state.containers.remove(c);
            removed(c, true);
        }, events);
    }

    /** {@code c} is gone: its {@code destroy} event, then the volumes that go with it (with their own events). */
    void removed(SimContainer c, boolean removeAnonymousVolumes) {
        events.container(c, "destroy");
        java.util.Set<String> before = volumeNames();
        state.containerGone(c, removeAnonymousVolumes);
        before.removeAll(volumeNames());
        before.forEach(v -> events.volume(v, "destroy", java.util.Map.of("driver", "local")));
    }

    /** The volumes there are now, to tell which ones an operation made or removed. */
    java.util.Set<String> volumeNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        state.volumes.list(io.dockertutor.engine.Filters.NONE).forEach(v -> names.add(v.name()));
        return names;
    }

    /** What {@code c}'s program sees: its environment, this clock, its files, and commands run inside it. */
    ContainerContext context(SimContainer c) {
        return new ContainerContext(c, c.imageFiles, now(), exec::runProgram, exec.reader());
    }

    HostNetwork hostNetwork() {
        return new SimHostNetwork(this);
    }
}
