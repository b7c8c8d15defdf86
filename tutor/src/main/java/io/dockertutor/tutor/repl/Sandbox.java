package io.dockertutor.tutor.repl;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.Engine;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Free practice: an interpreter over an engine with no lesson, and undo for its last commands ({@link UndoStack}).
 */
final class Sandbox {
    private final Interpreter interpreter;
    private final Path workspace;
    private final UndoStack undo;

    Sandbox(Engine engine, Path workspace, Locale locale, boolean terminal) {
        this(new Interpreter(EngineWrites.watch(engine), workspace, locale, Clock.systemUTC()));
        interpreter.terminal(terminal);
    }

    /** Adopts an interpreter that already has state (the engine of a lesson just finished). */
    Sandbox(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.workspace = interpreter.workspace();
        this.undo = new UndoStack(interpreter.engine(), workspace);
    }

    Engine engine() {
        return interpreter.engine();
    }

    Path workspace() {
        return workspace;
    }

    /** The learner's shell, for commands the tutor adds to it (the editor). */
    io.dockertutor.sh.ShellSession shell() {
        return interpreter.shell();
    }

    /** The directory the learner's shell is in. */
    Path cwd() {
        return Path.of(interpreter.shell().cwd());
    }

    /** Whether the learner typed {@code exit}. */
    boolean shellExited() {
        return interpreter.shell().hasExited();
    }

    /** The status the learner's {@code exit} asked for. */
    int exitStatus() {
        return interpreter.shell().exitStatus();
    }

    void locale(Locale locale) {
        interpreter.shell().locale(locale);
    }

    int run(String command, OutputStream screen) {
        return run(command, screen, InputStream.nullInputStream());
    }

    /** As {@link #run(String, OutputStream)}, with the learner's keyboard as standard input ({@code docker exec -it}). */
    int run(String command, OutputStream screen, InputStream keyboard) {
        return undo.record(command, () -> interpreter.run(command, keyboard, screen, screen));
    }

    /** Takes back the last command that changed something: its engine state, and the files it changed; empty when there is nothing. */
    Optional<UndoStack.Undone> undo() {
        return undo.undo();
    }
}
