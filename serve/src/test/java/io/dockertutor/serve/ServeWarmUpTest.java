package io.dockertutor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.serve.web.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's warm-up walks the first lessons on a private server and leaves nothing of it behind. */
class ServeWarmUpTest {
    @TempDir
    Path state;

    @Test
    void practiceLearnersGetEveryCommandOfTheFirstLessonsAnsweredAndLeaveNoFileBehind() throws Exception {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, "class", null, null, state,
                Duration.ofMinutes(5), Locale.ENGLISH, 10, 8);
        Set<Path> scratchBefore = scratchDirectories();
        int answered = new ServeWarmUp(settings, 2).run();
        // Each practice learner: one `start` per lesson and every line of every step's solution, each with its prompt back.
        List<Lesson> first = LessonLibrary.bundled().lessons().subList(0, ServeWarmUp.LESSONS);
        int perLearner = first.stream().mapToInt(l -> 1 + l.steps().stream().mapToInt(s -> s.solution().size()).sum()).sum();
        assertThat(answered).isEqualTo(2 * perLearner);
        // Its database and learners' directories were its own, in a temporary directory now gone; the class's state
        // directory was not touched.
        try (Stream<Path> left = Files.list(state)) {
            assertThat(left).isEmpty();
        }
        assertThat(scratchDirectories()).isEqualTo(scratchBefore);
    }

    private static Set<Path> scratchDirectories() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("docker-tutor-warm-up-")).collect(Collectors.toSet());
        }
    }
}
