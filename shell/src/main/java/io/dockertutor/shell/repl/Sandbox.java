package io.dockertutor.shell.repl;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.Engine;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Free practice: an interpreter over an engine with no lesson, and undo for its last commands. The workspace is
 * copied for undo only while it is small (see {@link WorkspaceSnapshot}); after one miss it is no longer tried, so
 * practising inside a large project costs nothing per command.
 */
final class Sandbox {
    private static final int UNDO_DEPTH = 20;

    private final Interpreter interpreter;
    private final Path workspace;
    private final Deque<Checkpoint> undo = new ArrayDeque<>();
    private boolean filesTooLarge;

    Sandbox(Engine engine, Path workspace, Locale locale, boolean terminal) {
        this.workspace = workspace;
        this.interpreter = new Interpreter(engine, workspace, locale, Clock.systemUTC());
        interpreter.terminal(terminal);
    }

    /** Adopts an interpreter that already has state (the engine of a lesson just finished). */
    Sandbox(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.workspace = interpreter.workspace();
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
        Optional<Checkpoint> before = Checkpoint.take(interpreter.engine(), workspace, !filesTooLarge);
        before.ifPresent(c -> {
            filesTooLarge |= !c.coversFiles();
            undo.push(c);
            while (undo.size() > UNDO_DEPTH) {
                undo.removeLast();
            }
        });
        return interpreter.run(command, keyboard, screen, screen);
    }

    Optional<Checkpoint> undo() throws java.io.IOException {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Checkpoint last = undo.pop();
        last.restore();
        return Optional.of(last);
    }
}
