package io.dockertutor.tutor.repl;

import io.dockertutor.lessons.LessonLibrary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the command line decided for a session: language, engine name, catalog, workspace (null: each lesson gets
 * its own under the state directory, free practice uses the current directory), colors, where lessons come from,
 * and the state directory for progress and history.
 */
public record ReplSettings(Locale locale, String engine, Path catalog, Path workspace, boolean noColor,
                           Supplier<LessonLibrary> lessons, Path stateDirectory) {
}
