package io.dockertutor.shell.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.shell.workspace.FileChanges;
import io.dockertutor.shell.workspace.WorkspaceTracker;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code undo} takes back of one command: the engine state before it, and the workspace paths it changed
 * ({@link FileChanges}) with what they held. Only an engine the tutor owns can be taken back; a real one gets none.
 *
 * <pre>{@code
 * CommandUndo.Pending pending = CommandUndo.before(engine, tracker, workspace, true);
 * interpreter.run(command, ...);
 * pending.after().ifPresent(undoStack::push);
 * }</pre>
 */
record CommandUndo(Engine engine, Snapshots.Snapshot state, FileChanges files) {

    /** Taken just before a command; {@link #after()} makes the undo once it has run. */
    record Pending(Engine engine, Snapshots.Snapshot state, WorkspaceTracker tracker, Path workspace,
                   Optional<WorkspaceTracker.Before> files) {
        /** The undo of the command just run, or empty on an engine without snapshots. */
        Optional<CommandUndo> after() {
            if (state == null) {
                return Optional.empty();
            }
            FileChanges changes = files.map(tracker::after).orElseGet(() -> FileChanges.untracked(workspace));
            return Optional.of(new CommandUndo(engine, state, changes));
        }

        /** Whether the workspace was followed (false: too large, undo covers the engine only). */
        boolean followsFiles() {
            return state == null || files.isPresent();
        }
    }

    /** The engine and workspace before a command; files are listed only when {@code followFiles}. */
    static Pending before(Engine engine, WorkspaceTracker tracker, Path workspace, boolean followFiles) {
        Optional<Snapshots> snapshots = engine.snapshots();
        if (snapshots.isEmpty()) {
            return new Pending(engine, null, tracker, workspace, Optional.empty());
        }
        Snapshots.Snapshot state = snapshots.get().take();
        return new Pending(engine, state, tracker, workspace, followFiles ? tracker.before() : Optional.empty());
    }

    FileChanges.Outcome restore() {
        engine.snapshots().orElseThrow().restore(state);
        return files.undo();
    }
}
