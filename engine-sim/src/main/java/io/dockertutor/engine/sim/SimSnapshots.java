package io.dockertutor.engine.sim;

import io.dockertutor.engine.Snapshots;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Undo and reset for the simulated engine: a snapshot is a copy of the whole state, and restoring copies it again,
 * the volumes' data into the live state's own file system.
 */
final class SimSnapshots implements Snapshots {
    private final Supplier<SimState> current;
    private final Consumer<SimState> replace;

    SimSnapshots(Supplier<SimState> current, Consumer<SimState> replace) {
        this.current = current;
        this.replace = replace;
    }

    @Override
    public Snapshot take() {
        return new SavedState(current.get().copy());
    }

    @Override
    public void restore(Snapshot snapshot) {
        replace.accept(((SavedState) snapshot).state.copyReplacing(current.get()));
    }

    /** A copy of the state, never handed out mutable. */
    private record SavedState(SimState state) implements Snapshot {
    }
}
