package io.dockertutor.tutor.repl;

import io.dockertutor.lessons.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the learner's files go: an empty directory per lesson and one for free practice (kept between sessions)
 * under the state directory, or, when the learner named a workspace, that one for everything. The directory the
 * tutor was started in is never written unless it was named. A state directory that cannot be written must not stop
 * the lessons: their files then go to a temporary directory, made once per session and removed at its end.
 */
final class LessonWorkspaces {
    private final Path named;
    private final Path stateDirectory;
    private final Screen screen;
    private final Language language;
    /** Where lesson files go when the state directory cannot hold them; made once per session. */
    private Path fallback;

    /** {@code named} is the learner's own workspace, or null for a directory per lesson. */
    LessonWorkspaces(Path named, Path stateDirectory, Screen screen, Language language) {
        this.named = named == null ? null : named.toAbsolutePath();
        this.stateDirectory = stateDirectory;
        this.screen = screen;
        this.language = language;
    }

    /** Whether the learner named a directory of their own ({@code --workspace}): commands really change it. */
    boolean named() {
        return named != null;
    }

    /**
     * The directory free practice works in: the named workspace, else {@code practice} under the state directory
     * (beside {@code workspaces}, so no lesson id can name it), made if need be and kept as the learner left it.
     */
    Path practice() {
        if (named != null) {
            return named;
        }
        try {
            return directory(Path.of("practice"), false);
        } catch (IOException e) {
            // Not even a temporary directory: the session can still show lessons; commands will say what fails.
            return stateDirectory.resolve("practice");
        }
    }

    /** {@code lesson}'s workspace, emptied (or the named one, as it is). */
    Path of(Lesson lesson) throws IOException {
        return named != null ? named : directory(Path.of("workspaces", lesson.id()), true);
    }

    /** {@code relative} under the state directory, else in this session's temporary directory. */
    private Path directory(Path relative, boolean emptied) throws IOException {
        if (fallback == null) {
            try {
                return prepared(stateDirectory.resolve(relative), emptied);
            } catch (IOException e) {
                fallback = Files.createTempDirectory("docker-tutor-workspaces-");
                screen.warn(language.get("progress.workspacesElsewhere", fallback, FileFailure.reason(e, language.messages())));
            }
        }
        return prepared(fallback.resolve(relative), emptied);
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

    private static Path prepared(Path dir, boolean emptied) throws IOException {
        if (emptied && Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
