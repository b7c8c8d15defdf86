package io.dockertutor.shell.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The engine state and the workspace files at one moment (a step's start, the moment before a command), for
 * {@code reset} and {@code undo}. Only an engine the tutor owns can be checkpointed; a real one answers empty.
 */
record Checkpoint(Engine engine, Snapshots.Snapshot state, WorkspaceSnapshot files) {

    static Optional<Checkpoint> take(Engine engine, Path workspace, boolean withFiles) {
        Optional<Snapshots> snapshots = engine.snapshots();
        if (snapshots.isEmpty()) {
            return Optional.empty();
        }
        WorkspaceSnapshot files = withFiles ? WorkspaceSnapshot.take(workspace).orElse(null) : null;
        return Optional.of(new Checkpoint(engine, snapshots.get().take(), files));
    }

    /** Whether restoring also puts the workspace files back (false for a workspace too large to copy). */
    boolean coversFiles() {
        return files != null;
    }

    void restore() throws IOException {
        engine.snapshots().orElseThrow().restore(state);
        if (files != null) {
            files.restore();
        }
    }
}
