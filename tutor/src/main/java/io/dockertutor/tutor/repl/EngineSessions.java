package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.engines.CannotOpenEngine;
import io.dockertutor.tutor.engines.EngineFactory;
import io.dockertutor.engine.Engine;
import io.dockertutor.tutor.editor.WorkspaceEditor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The engine sessions open now: the lesson being played, or free practice (on its own engine, or on the engine of
 * the lesson just left), and which engine the next ones open on. At most one of the two takes the learner's commands:
 * the lesson while there is one.
 */
final class EngineSessions {
    private final EngineFactory engines;
    private final Screen screen;
    private final Language language;
    private final boolean terminal;
    private final Path practiceWorkspace;
    private String engineName;
    private LessonPlay play;
    private Sandbox sandbox;

    EngineSessions(EngineFactory engines, String engineName, Screen screen, Language language, boolean terminal,
                   Path practiceWorkspace) {
        this.engines = engines;
        this.engineName = engineName;
        this.screen = screen;
        this.language = language;
        this.terminal = terminal;
        this.practiceWorkspace = practiceWorkspace;
    }

    /** The engine lessons and free practice open on from now on, as the learner named it. */
    String engineName() {
        return engineName;
    }

    /** Which engine lessons and free practice open from now on; the caller has ended the sessions on the old one. */
    void engineName(String name) {
        this.engineName = name;
    }

    /** A new session on the current engine, its files in {@code workspace}. */
    Engine open(Path workspace) throws CannotOpenEngine {
        return engines.open(engineName, workspace, language.messages());
    }

    /** Whether the learner's commands run in a terminal (colours, {@code -it}). */
    boolean terminal() {
        return terminal;
    }

    Optional<LessonPlay> play() {
        return Optional.ofNullable(play);
    }

    /** Free practice, when it is open. */
    Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** Free practice, opened on the current engine if it is not open yet; empty (the reason told) when it cannot be. */
    Optional<Sandbox> practice() {
        if (sandbox == null) {
            try {
                sandbox = new Sandbox(open(practiceWorkspace), practiceWorkspace, language.locale(), terminal);
                editor(sandbox.shell());
            } catch (CannotOpenEngine e) {
                screen.bad(e.getMessage());
            }
        }
        return Optional.ofNullable(sandbox);
    }

    /** The engine commands run on now, or null before free practice has opened one. */
    Engine engine() {
        return play != null ? play.engine() : sandbox != null ? sandbox.engine() : null;
    }

    /** The directory the learner's shell is in. */
    Path cwd() {
        return play != null ? play.cwd() : sandbox != null ? sandbox.cwd() : practiceWorkspace;
    }

    /** The workspace of the session taking commands, or the one free practice would open in. */
    Path workspace() {
        return play != null ? play.workspace() : sandbox != null ? sandbox.workspace() : practiceWorkspace;
    }

    /** Whether the learner's shell ended with {@code exit}. */
    boolean shellExited() {
        return (play != null && play.shellExited()) || (sandbox != null && sandbox.shellExited());
    }

    /** The status of the learner's own {@code exit N}, else 0. */
    int exitStatus() {
        if (play != null && play.shellExited()) {
            return play.exitStatus();
        }
        return sandbox != null && sandbox.shellExited() ? sandbox.exitStatus() : 0;
    }

    /** The lesson takes the learner's commands from now on (the caller ended or kept the other sessions). */
    void play(LessonPlay opened) {
        opened.terminal(terminal);
        editor(opened.interpreter().shell());
        play = opened;
    }

    /** Free practice goes on with the lesson's engine and files; an older practice engine is no longer reachable. */
    void practiceOnLessonEngine() {
        Sandbox old = sandbox;
        // Free practice sees the whole engine again, the learner's own objects too.
        play.engine().ownership().lessonScope(false);
        sandbox = new Sandbox(play.interpreter());
        play = null;
        if (old != null) {
            EngineCleanup.retire(old.engine(), screen, language.messages());
        }
    }

    /** {@code edit}, {@code nano} and {@code vi} in the learner's shell: on the tutor's terminal, or only explaining on a dumb one. */
    private void editor(io.dockertutor.sh.ShellSession shell) {
        WorkspaceEditor.install(shell, terminal ? screen.terminal() : null);
    }

    /** Ends the lesson's and free practice's engine sessions (another lesson, another engine, exit). */
    void endAll() {
        Engine lessonEngine = play != null ? play.engine() : null;
        Engine practiceEngine = sandbox != null ? sandbox.engine() : null;
        play = null;
        sandbox = null;
        EngineCleanup.retire(lessonEngine, screen, language.messages());
        if (practiceEngine != lessonEngine) {
            EngineCleanup.retire(practiceEngine, screen, language.messages());
        }
    }

    /** The learner's shells speak {@code locale} from now on. */
    void locale(Locale locale) {
        if (play != null) {
            play.locale(locale);
        }
        if (sandbox != null) {
            sandbox.locale(locale);
        }
    }
}
