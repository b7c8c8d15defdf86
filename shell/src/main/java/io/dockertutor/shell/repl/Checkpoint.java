package io.dockertutor.shell.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.shell.workspace.FileChanges;
import io.dockertutor.shell.workspace.WorkspaceState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The engine state and the workspace files at a step's start, for {@code reset} and {@code back}. Only an engine the
 * tutor owns can be checkpointed; a real one answers empty.
 */
record Checkpoint(Engine engine, Snapshots.Snapshot state, WorkspaceState files) {

    static Optional<Checkpoint> take(Engine engine, Path workspace) {
        Optional<Snapshots> snapshots = engine.snapshots();
        if (snapshots.isEmpty()) {
            return Optional.empty();
        }
        WorkspaceState files = WorkspaceState.take(workspace).orElse(null);
        return Optional.of(new Checkpoint(engine, snapshots.get().take(), files));
    }

    /** Puts the engine and the files back; the outcome names files that could not be (none when not kept at all). */
    FileChanges.Outcome restore() {
        engine.snapshots().orElseThrow().restore(state);
        return files != null ? files.restore() : new FileChanges.Outcome(false, List.of(), List.of(), java.util.Map.of());
    }
}
