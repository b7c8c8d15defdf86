package io.dockertutor.tutor.workspace;

import java.util.Optional;
import java.nio.file.Path;

/**
 * The workspace at one moment (a step's start), for {@code reset} and {@code back}: {@link #restore()} makes it so
 * again by changing only the paths that differ now, the way undo does ({@link FileChanges}): files that did not
 * change keep their times and hard links, modes come back, links come back as links and are never followed.
 * Lesson workspaces are a handful of small files; one past the limits is not kept at all.
 */
public final class WorkspaceState {
    private final WorkspaceTracker tracker;
    private final WorkspaceTracker.Before taken;

    private WorkspaceState(WorkspaceTracker tracker, WorkspaceTracker.Before taken) {
        this.tracker = tracker;
        this.taken = taken;
    }

    /** The workspace now, or empty when it has too many entries or too many bytes to copy whole. */
    public static Optional<WorkspaceState> take(Path root) {
        WorkspaceTracker tracker = new WorkspaceTracker(root);
        return tracker.before().filter(tracker::copiedEveryFile).map(b -> new WorkspaceState(tracker, b));
    }

    /** Puts back every path that differs from the moment taken; the outcome names what could not be. */
    public FileChanges.Outcome restore() {
        return tracker.after(taken).undo();
    }
}
