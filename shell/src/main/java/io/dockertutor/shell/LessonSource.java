package io.dockertutor.shell;

import io.dockertutor.lessons.LessonLibrary;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --lessons DIR}, else {@code DOCKER_TUTOR_LESSONS}, else the bundled lessons. */
final class LessonSource {
    @Option(names = "--lessons", paramLabel = "DIR", descriptionKey = "option.lessons")
    Path dir;

    LessonLibrary load() throws IOException {
        Path from = dir;
        if (from == null) {
            String env = System.getenv("DOCKER_TUTOR_LESSONS");
            from = env == null || env.isBlank() ? null : Path.of(env);
        }
        return from == null ? LessonLibrary.bundled() : LessonLibrary.load(from);
    }
}
