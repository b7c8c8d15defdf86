package io.dockertutor.tutor.repl;

import io.dockertutor.lessons.LessonLibrary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the command line decided for a session: language, engine name, catalog, workspace (null: free practice and
 * each lesson get their own directory under the state directory), colors, where lessons come from (and the path
 * named for them, null for the bundled ones: its load problems are shown at start), and the state directory for
 * progress and history.
 */
public record ReplSettings(Locale locale, String engine, Path catalog, Path workspace, boolean noColor,
                           Supplier<LessonLibrary> lessons, Path stateDirectory, Path lessonsPath) {
    /** Settings with the bundled lessons (or lessons whose problems need not be shown at start). */
    public ReplSettings(Locale locale, String engine, Path catalog, Path workspace, boolean noColor,
                        Supplier<LessonLibrary> lessons, Path stateDirectory) {
        this(locale, engine, catalog, workspace, noColor, lessons, stateDirectory, null);
    }
}
