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
 * {@value #DEPTH} commands that changed something, the engine's state and the workspace paths the command changed
 * ({@link WorkspaceTracker}, so a file nobody touched keeps its times). A command that changed neither the engine
 * ({@link EngineWrites}) nor a file ({@code docker ps}, {@code curl}, a refused {@code docker run}) is not kept: one
 * {@code undo} takes back the last command that did something, whatever was looked at since. A workspace past the
 * tracker's limit is not followed at all after one miss, so practising inside a large project costs nothing per
 * command; undo then covers the engine only. An engine without snapshots (a real one) records nothing.
 *
 * <pre>{@code
 * UndoStack undo = new UndoStack(engine, workspace);
 * int status = undo.record("docker run -d nginx", () -> interpreter.run(command, ...));
 * undo.undo();   // the engine and the files as before that command, and which command it was
 * }</pre>
 */
final class UndoStack {
    static final int DEPTH = 20;

    private final Engine engine;
    private final Path workspace;
    private final WorkspaceTracker tracker;
    private final Deque<Kept> points = new ArrayDeque<>();
    private final Optional<EngineWrites> writes;
    /** Commands recorded since the last {@link #clear()}: the position of the next one. */
    private int recorded;
    private boolean lastChanged;
    /** Set after one command found the workspace too large to follow: undo covers the engine only from then on. */
    private boolean filesTooLarge;
    /** The state before the last command when that command changed nothing in the engine; else null. */
    private Unchanged unchanged;

    UndoStack(Engine engine, Path workspace) {
        this.engine = engine;
        this.workspace = workspace;
        this.tracker = new WorkspaceTracker(workspace);
        this.writes = EngineWrites.of(engine);
    }

    /**
     * The engine's state copied before a command that did not change it, and the mark it was taken at: the next
     * command's state before, as long as the mark says nothing changed since. A class of learners who mostly look
     * ({@code docker ps}, {@code docker images}) pays one copy per change instead of one per command.
     */
    private record Unchanged(Snapshots.Snapshot state, EngineWrites.Mark mark) {
    }

    /** A command undo can take back: what the learner typed, where it stood among the commands, and the state before. */
    private record Kept(String command, int position, RestorePoint before) {
    }

    /**
     * What one {@code undo} took back: the command, its position among the commands recorded since the last
     * {@link #clear()} (0 for the first), and what became of the files.
     */
    record Undone(String command, int position, FileChanges.Outcome files) {
    }

    /** Runs {@code run}, the learner's {@code command}, keeping what undo needs to take it back if it changes anything. */
    <T> T record(String command, Supplier<T> run) {
        int position = recorded++;
        Optional<Snapshots> snapshots = engine.snapshots();
        if (snapshots.isEmpty()) {
            lastChanged = true;
            return run.get();
        }
        Snapshots.Snapshot state;
        Optional<EngineWrites.Mark> mark;
        if (unchanged != null && !unchanged.mark().changed()) {
            // Nothing changed the engine since that copy was made: it is the state before this command too.
            state = unchanged.state();
            mark = Optional.of(unchanged.mark());
        } else {
            state = snapshots.get().take();
            mark = writes.map(EngineWrites::mark);
        }
        unchanged = null;
        Optional<WorkspaceTracker.Before> before = filesTooLarge ? Optional.empty() : tracker.before();
        filesTooLarge |= before.isEmpty();
        T result = run.get();
        FileChanges changes = before.map(tracker::after).orElseGet(() -> FileChanges.untracked(workspace));
        boolean engineChanged = mark.map(EngineWrites.Mark::changed).orElse(true);
        if (!engineChanged) {
            unchanged = new Unchanged(state, mark.get());
        }
        lastChanged = engineChanged || !changes.paths().isEmpty();
        if (lastChanged) {
            points.push(new Kept(command, position, new RestorePoint(snapshots.get(), state, changes::undo)));
            while (points.size() > DEPTH) {
                points.removeLast();
            }
        }
        return result;
    }

    /** Whether the last command recorded may have changed the engine or a file (always true on a real engine). */
    boolean lastChanged() {
        return lastChanged;
    }

    /**
     * Takes back the last command that changed something (engine, and the files it changed); empty when there is
     * nothing to take back.
     */
    Optional<Undone> undo() {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Kept last = points.pop();
        unchanged = null;
        return Optional.of(new Undone(last.command(), last.position(), last.before().restore()));
    }

    /** Forgets every command: the learner moved to another step, whose start is the new floor. */
    void clear() {
        points.clear();
        unchanged = null;
        recorded = 0;
        lastChanged = false;
    }
}
