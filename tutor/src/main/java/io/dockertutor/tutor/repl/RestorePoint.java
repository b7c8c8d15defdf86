package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.tutor.workspace.FileChanges;
import io.dockertutor.tutor.workspace.WorkspaceState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A moment the learner can go back to: the engine's state then, and how to put the workspace files back as they
 * were. {@link UndoStack} keeps one before each command ({@code undo}: the files that command changed), a lesson one
 * at each step's start ({@code reset}, {@code back}: the whole workspace). Only an engine with snapshots (the
 * simulated one) has them; on a real engine there is none.
 */
record RestorePoint(Snapshots snapshots, Snapshots.Snapshot state, Supplier<FileChanges.Outcome> files) {
    /** What a restore of files that were not kept at all answers: nothing to put back, nothing failed. */
    static final FileChanges.Outcome FILES_NOT_KEPT = new FileChanges.Outcome(false, List.of(), List.of(), Map.of());

    /** The engine and the whole workspace now (a step's start); empty on an engine without snapshots. */
    static Optional<RestorePoint> of(Engine engine, Path workspace) {
        Optional<Snapshots> snapshots = engine.snapshots();
        if (snapshots.isEmpty()) {
            return Optional.empty();
        }
        Optional<WorkspaceState> files = WorkspaceState.take(workspace);
        Supplier<FileChanges.Outcome> restore = files.isPresent() ? files.get()::restore : () -> FILES_NOT_KEPT;
        return Optional.of(new RestorePoint(snapshots.get(), snapshots.get().take(), restore));
    }

    /** Puts the engine and the files back; the outcome names files that could not be (none when not kept at all). */
    FileChanges.Outcome restore() {
        snapshots.restore(state);
        return files.get();
    }
}
