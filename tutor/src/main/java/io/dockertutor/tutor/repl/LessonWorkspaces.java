package io.dockertutor.tutor.repl;

import io.dockertutor.lessons.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a lesson's files go: an empty directory per lesson under the state directory, or, when the learner named a
 * workspace, that one. A state directory that cannot be written must not stop the lessons: their files then go to a
 * temporary directory, made once per session and removed at its end.
 */
final class LessonWorkspaces {
    private final boolean perLesson;
    private final Path practice;
    private final Supplier<Path> stateDirectory;
    private final Screen screen;
    private final Language language;
    /** Where lesson files go when the state directory cannot hold them; made once per session. */
    private Path fallback;

    /** {@code named} is the learner's own workspace, or null for a directory per lesson. */
    LessonWorkspaces(Path named, Supplier<Path> stateDirectory, Screen screen, Language language) {
        this.perLesson = named == null;
        this.practice = named == null ? Path.of("").toAbsolutePath() : named.toAbsolutePath();
        this.stateDirectory = stateDirectory;
        this.screen = screen;
        this.language = language;
    }

    /** The directory free practice starts in: the named workspace, else the directory the tutor was started in. */
    Path practice() {
        return practice;
    }

    /** {@code lesson}'s workspace, emptied (or the named one, as it is). */
    Path of(Lesson lesson) throws IOException {
        if (!perLesson) {
            return practice;
        }
        if (fallback == null) {
            try {
                return emptyDirectory(stateDirectory.get().resolve("workspaces").resolve(lesson.id()));
            } catch (IOException e) {
                fallback = Files.createTempDirectory("docker-tutor-workspaces-");
                screen.warn(language.get("progress.workspacesElsewhere", fallback, FileFailure.reason(e, language.messages())));
            }
        }
        return emptyDirectory(fallback.resolve(lesson.id()));
    }

    /** Removes the lesson files made outside the state directory; the session is over. */
    void removeFallback() {
        if (fallback == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(fallback)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary directory; the system cleans it up in the end.
        }
        fallback = null;
    }

    private static Path emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir.toRealPath();
    }
}
