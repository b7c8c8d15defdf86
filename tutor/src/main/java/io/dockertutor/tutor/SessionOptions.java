package io.dockertutor.tutor;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.tutor.editor.WorkspaceEditor;
import io.dockertutor.engine.Engine;
import io.dockertutor.tutor.engines.CannotOpenEngine;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.engines.EngineFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every docker-tutor command shares: language, engine, catalog, workspace, colors. */
final class SessionOptions {
    @Option(names = "--lang", paramLabel = "ko|en", descriptionKey = "option.lang")
    String lang;

    // No picocli default: an option left out must be told from one given, so that the value given before the
    // subcommand applies (see over); "sim" is filled in there.
    @Option(names = "--engine", paramLabel = "sim|docker", descriptionKey = "option.engine")
    String engine;

    @Option(names = "--catalog", paramLabel = "FILE", descriptionKey = "option.catalog")
    Path catalog;

    @Option(names = "--workspace", paramLabel = "DIR", descriptionKey = "option.workspace")
    Path workspace;

    @Option(names = "--no-color", descriptionKey = "option.noColor")
    boolean noColor;

    @Option(names = "--allow-foreign", descriptionKey = "option.allowForeign")
    boolean allowForeign;

    /** The options as they are when none is given on the command line. */
    static SessionOptions defaults() {
        SessionOptions o = new SessionOptions();
        o.engine = "sim";
        return o;
    }

    /**
     * These options completed by the ones given before the subcommand ({@code docker-tutor --engine docker validate}):
     * what the subcommand was given wins, what it was not given comes from {@code outer}, flags add up. With a null
     * {@code outer}, only the defaults are filled in.
     */
    SessionOptions over(SessionOptions outer) {
        SessionOptions o = outer == null ? defaults() : outer;
        SessionOptions merged = new SessionOptions();
        merged.lang = lang != null ? lang : o.lang;
        merged.engine = engine != null ? engine : o.engine != null ? o.engine : "sim";
        merged.catalog = catalog != null ? catalog : o.catalog;
        merged.workspace = workspace != null ? workspace : o.workspace;
        merged.noColor = noColor || o.noColor;
        merged.allowForeign = allowForeign || o.allowForeign;
        return merged;
    }

    /** Thrown with a message for the learner when the options cannot make a session. */
    static final class SessionException extends Exception {
        SessionException(String message) {
            super(message, null, false, false);
        }
    }

    /** What makes these options unusable for the interactive tutor, in the learner's language; null when nothing does. */
    String problem(TutorMessages messages) {
        if (workspace != null && !Files.isDirectory(workspace)) {
            return messages.get("error.workspace", workspace.toAbsolutePath());
        }
        return EngineFactory.known(engine) ? null : messages.get("error.engine", engine);
    }

    /**
     * The workspace as the tutor identifies it: its real path, so a {@code --workspace} given through a symbolic
     * link works as the directory itself (bind mounts, builds, undo, completion).
     */
    Path realWorkspace() {
        Path ws = workspace == null ? Path.of("") : workspace;
        try {
            return ws.toRealPath();
        } catch (java.io.IOException e) {
            return ws.toAbsolutePath();
        }
    }

    Interpreter interpreter(Locale locale) throws SessionException {
        Path ws = realWorkspace();
        Interpreter interpreter = new Interpreter(engine(locale, ws), ws, locale, Clock.systemUTC());
        interpreter.docker().allowForeign(allowForeign);
        // A batch run has no terminal: edit, nano and vi say so and suggest a here-document.
        WorkspaceEditor.install(interpreter.shell(), null);
        return interpreter;
    }

    /** The engine these options name, for {@code workspace} (checked to be a directory first). */
    Engine engine(Locale locale, Path workspace) throws SessionException {
        TutorMessages messages = new TutorMessages(locale);
        if (!Files.isDirectory(workspace)) {
            throw new SessionException(messages.get("error.workspace", workspace));
        }
        try {
            return EngineFactory.standard(catalog, locale, System.getenv()).open(engine, workspace, messages);
        } catch (CannotOpenEngine e) {
            throw new SessionException(e.getMessage());
        }
    }
}
