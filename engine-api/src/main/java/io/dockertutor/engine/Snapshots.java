package io.dockertutor.engine;

/**
 * Saving and restoring the whole engine state, for the tutor's {@code undo} and {@code reset}. Only an engine the
 * tutor owns can offer it (the simulated one); a real engine answers {@link Engine#snapshots()} with empty.
 *
 * <pre>{@code
 * Snapshots.Snapshot before = engine.snapshots().orElseThrow().take();
 * ... learner's command ...
 * engine.snapshots().orElseThrow().restore(before);
 * }</pre>
 */
public interface Snapshots {
    /** An opaque, immutable copy of the state; restoring it never changes it, so it can be restored again. */
    interface Snapshot {
    }

    Snapshot take();

    void restore(Snapshot snapshot);
}
