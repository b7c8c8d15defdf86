package io.dockertutor.shell.repl;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.Engine;
import io.dockertutor.shell.workspace.FileChanges;
import io.dockertutor.shell.workspace.WorkspaceTracker;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Free practice: an interpreter over an engine with no lesson, and undo for its last commands. Undo puts back only
 * what each command changed in the workspace ({@link WorkspaceTracker}); a workspace past its limit is not followed
 * at all after one miss, so practising inside a large project costs nothing per command.
 */
final class Sandbox {
    private static final int UNDO_DEPTH = 20;

    private final Interpreter interpreter;
    private final Path workspace;
    private final Deque<CommandUndo> undo = new ArrayDeque<>();
    private final WorkspaceTracker tracker;
    private boolean filesTooLarge;

    Sandbox(Engine engine, Path workspace, Locale locale, boolean terminal) {
        this.workspace = workspace;
        this.tracker = new WorkspaceTracker(workspace);
        this.interpreter = new Interpreter(engine, workspace, locale, Clock.systemUTC());
        interpreter.terminal(terminal);
    }

    /** Adopts an interpreter that already has state (the engine of a lesson just finished). */
    Sandbox(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.workspace = interpreter.workspace();
        this.tracker = new WorkspaceTracker(workspace);
    }

    Interpreter interpreter() {
        return interpreter;
    }

    Engine engine() {
        return interpreter.engine();
    }

    Path workspace() {
        return workspace;
    }

    int run(String command, OutputStream screen) {
        return run(command, screen, InputStream.nullInputStream());
    }

    /** As {@link #run(String, OutputStream)}, with the learner's keyboard as standard input ({@code docker exec -it}). */
    int run(String command, OutputStream screen, InputStream keyboard) {
        CommandUndo.Pending before = CommandUndo.before(interpreter.engine(), tracker, workspace, !filesTooLarge);
        filesTooLarge |= !before.followsFiles();
        int status = interpreter.run(command, keyboard, screen, screen);
        before.after().ifPresent(u -> {
            undo.push(u);
            while (undo.size() > UNDO_DEPTH) {
                undo.removeLast();
            }
        });
        return status;
    }

    /** Takes back the last command: its engine state, and the files it changed; empty when there is nothing. */
    Optional<FileChanges.Outcome> undo() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.pop().restore());
    }
}
