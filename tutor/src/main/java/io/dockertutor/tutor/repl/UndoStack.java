package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.tutor.workspace.FileChanges;
import io.dockertutor.tutor.workspace.WorkspaceTracker;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code undo} can take back, in a lesson and in free practice alike: before each of the learner's last
 * {@value #DEPTH} commands, the engine's state and the workspace paths the command changed ({@link WorkspaceTracker},
 * so a file nobody touched keeps its times). A workspace past the tracker's limit is not followed at all after one
 * miss, so practising inside a large project costs nothing per command; undo then covers the engine only. An engine
 * without snapshots (a real one) records nothing.
 *
 * <pre>{@code
 * UndoStack undo = new UndoStack(engine, workspace);
 * int status = undo.record(() -> interpreter.run(command, ...));
 * undo.undo();   // the engine and the files as before that command
 * }</pre>
 */
final class UndoStack {
    static final int DEPTH = 20;

    private final Engine engine;
    private final Path workspace;
    private final WorkspaceTracker tracker;
    private final Deque<RestorePoint> points = new ArrayDeque<>();
    /** Set after one command found the workspace too large to follow: undo covers the engine only from then on. */
    private boolean filesTooLarge;

    UndoStack(Engine engine, Path workspace) {
        this.engine = engine;
        this.workspace = workspace;
        this.tracker = new WorkspaceTracker(workspace);
    }

    /** Runs {@code command}, keeping what undo needs to take it back. */
    <T> T record(Supplier<T> command) {
        Optional<Snapshots> snapshots = engine.snapshots();
        if (snapshots.isEmpty()) {
            return command.get();
        }
        Snapshots.Snapshot state = snapshots.get().take();
        Optional<WorkspaceTracker.Before> before = filesTooLarge ? Optional.empty() : tracker.before();
        filesTooLarge |= before.isEmpty();
        T result = command.get();
        FileChanges changes = before.map(tracker::after).orElseGet(() -> FileChanges.untracked(workspace));
        points.push(new RestorePoint(snapshots.get(), state, changes::undo));
        while (points.size() > DEPTH) {
            points.removeLast();
        }
        return result;
    }

    /** Takes back the last command (engine, and the files it changed); empty when there is nothing to take back. */
    Optional<FileChanges.Outcome> undo() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.pop().restore());
    }

    /** Forgets every command: the learner moved to another step, whose start is the new floor. */
    void clear() {
        points.clear();
    }
}
