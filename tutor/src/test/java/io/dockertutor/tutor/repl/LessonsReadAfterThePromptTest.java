package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.engines.EngineFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up: the lesson files are read on a background thread once the prompt is up, not before it, unless the
 * learner comes back to a lesson under way (then its step is shown at once and needs the lesson).
 */
class LessonsReadAfterThePromptTest {
    @TempDir
    Path state;

    private final List<String> readBy = new CopyOnWriteArrayList<>();

    private String session(String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            ReplSettings settings = new ReplSettings(Locale.ENGLISH, "sim", null, null, false, this::library, state);
            new Repl(terminal, settings, Map.of(), EngineFactory.standard(null, Locale.ENGLISH, Map.of())).run();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private LessonLibrary library() {
        readBy.add(Thread.currentThread().getName());
        try {
            return LessonLibrary.load(ReplSession.fixtureLessons());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aReturningLearnerWithNoLessonUnderWayGetsThePromptBeforeAnyLessonIsRead() throws IOException {
        session("exit\n");
        readBy.clear();
        String screen = session("exit\n");
        assertThat(screen).contains("Welcome back");
        assertThat(readBy).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aReturningLearnerInALessonSeesTheStepAtOnce() throws IOException {
        session("start first-image\nexit\n");
        String screen = session("exit\n");
        assertThat(screen).contains("Continuing \"Your first image\" at step 1");
    }
}
