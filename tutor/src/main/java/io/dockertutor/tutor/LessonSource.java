package io.dockertutor.tutor;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lessons DIR}, else {@code DOCKER_TUTOR_LESSONS}, else the bundled lessons. */
final class LessonSource {
    @Option(names = "--lessons", paramLabel = "DIR", descriptionKey = "option.lessons")
    Path dir;

    /** A lesson path that does not exist or cannot be listed, said in one line in the learner's language. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    /** This source completed by the {@code --lessons} given before the subcommand; the subcommand's own wins. */
    LessonSource over(LessonSource outer) {
        LessonSource merged = new LessonSource();
        merged.dir = dir != null ? dir : outer == null ? null : outer.dir;
        return merged;
    }

    /** The path the lessons come from, or null for the bundled ones. */
    Path path() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv("DOCKER_TUTOR_LESSONS");
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    LessonLibrary load() throws Unavailable {
        Path from = path();
        return from == null ? LessonLibrary.bundled() : load(from, new TutorMessages(Locale.getDefault()));
    }

    /** One directory or file of lessons; its files' own problems (size, encoding) are the library's problems. */
    static LessonLibrary load(Path from, TutorMessages messages) throws Unavailable {
        try {
            return LessonLibrary.load(from);
        } catch (NoSuchFileException e) {
            throw new Unavailable(messages.get("error.lessonsPath", from));
        } catch (IOException | RuntimeException e) {
            throw new Unavailable(messages.get("error.lessonsUnreadable", from, e.getMessage()));
        }
    }
}
