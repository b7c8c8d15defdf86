package io.dockertutor.tutor.repl;

import io.dockertutor.lessons.LessonLibrary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the command line decided for a session: language, engine name, catalog, workspace (null: free practice and
 * each lesson get their own directory under the state directory), colors, where lessons come from (and the path
 * named for them, null for the bundled ones: its load problems are shown at start), and the state directory for
 * progress and history, and who hosts the session ({@link Hosting}: the learner's own terminal, or a browser served by
 * {@code docker-tutor serve}).
 */
public record ReplSettings(Locale locale, String engine, Path catalog, Path workspace, boolean noColor,
                           Supplier<LessonLibrary> lessons, Path stateDirectory, Path lessonsPath, Hosting hosting) {
    /** Settings of the terminal tutor on the learner's own machine. */
    public ReplSettings(Locale locale, String engine, Path catalog, Path workspace, boolean noColor,
                        Supplier<LessonLibrary> lessons, Path stateDirectory, Path lessonsPath) {
        this(locale, engine, catalog, workspace, noColor, lessons, stateDirectory, lessonsPath, Hosting.local(stateDirectory));
    }

    /** Settings with the bundled lessons (or lessons whose problems need not be shown at start). */
    public ReplSettings(Locale locale, String engine, Path catalog, Path workspace, boolean noColor,
                        Supplier<LessonLibrary> lessons, Path stateDirectory) {
        this(locale, engine, catalog, workspace, noColor, lessons, stateDirectory, null);
    }
}
