package io.dockertutor.serve.term;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.progress.ProgressFile;
import io.dockertutor.tutor.repl.Hosting;
import io.dockertutor.tutor.repl.ReplSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One learner's tutor on a browser terminal, without the web: size, limits and the replayed screen. */
class BrowserTutorTest {
    @TempDir
    Path state;

    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    private BrowserTutor session(Locale locale) throws Exception {
        ReplSettings settings = new ReplSettings(locale, "sim", null, null, false, LessonLibrary::bundled, state, null,
                new Hosting(true, () -> new ProgressFile(state)));
        BrowserTutor s = BrowserTutor.start("ada", settings, 80, 24, ended -> { });
        s.attach(bytes -> {
            synchronized (seen) {
                seen.writeBytes(bytes);
            }
        });
        await("$ ");
        return s;
    }

    private String screen() {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    private void await(String text) throws InterruptedException {
        for (int i = 0; i < 1000 && !screen().contains(text); i++) {
            Thread.sleep(20);
            drainAll();
        }
        assertThat(screen()).contains(text);
    }

    private BrowserTutor current;

    private void drainAll() {
        if (current != null) {
            current.drain();
        }
    }

    @Test
    void aResizeFromTheBrowserResizesTheTerminal() throws Exception {
        current = session(Locale.ENGLISH);
        current.resize(57, 19);
        assertThat(current.size().getColumns()).isEqualTo(57);
        assertThat(current.size().getRows()).isEqualTo(19);
        current.close();
    }

    @Test
    void aLineLongerThanTheLimitIsCutWithAMessage() throws Exception {
        current = session(Locale.ENGLISH);
        current.type(("echo " + "x".repeat(InputLimits.MAX_LINE_BYTES + 10)).getBytes(StandardCharsets.UTF_8));
        await("A line may be at most 4096 bytes long");
        current.close();
    }

    @Test
    void tooManyCommandsASecondAreRefusedInKorean() throws Exception {
        current = session(Locale.KOREAN);
        current.type("\r".repeat(InputLimits.LINE_BURST + 5).getBytes(StandardCharsets.UTF_8));
        await("1초에 명령은 최대 20개입니다");
        current.close();
    }

    @Test
    void aNewViewerIsShownTheLastScreenFirst() throws Exception {
        current = session(Locale.ENGLISH);
        current.type("echo remembered-line\r".getBytes(StandardCharsets.UTF_8));
        await("remembered-line\r\n");
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        current.attach(second::writeBytes);
        assertThat(second.toString(StandardCharsets.UTF_8)).contains("remembered-line");
        current.close();
    }

    @Test
    void closingTheSessionEndsTheTutorAndSavesItsProgress() throws Exception {
        current = session(Locale.ENGLISH);
        current.type("start\r".getBytes(StandardCharsets.UTF_8));
        await("step 1 of");
        current.close();
        assertThat(current.running()).isFalse();
        assertThat(new ProgressFile(state).load().progress().current()).isPresent();
    }

    @Test
    void anIdleTutorWaitsForTheNextKeyWithoutWakingAndStillAnswersItAndEndsWhenClosed() throws Exception {
        current = session(Locale.ENGLISH);
        Thread learner = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("learner-ada")).findFirst().orElseThrow();
        Thread.sleep(2 * ScreenBeforeKeys.KEY_POLL_MILLIS);
        // Waiting for the key itself, not in timed steps (JLine's own reads expire every 100 ms and read again).
        assertThat(learner.getState()).isEqualTo(Thread.State.WAITING);
        current.type("echo still-here\r".getBytes(StandardCharsets.UTF_8));
        await("still-here\r\n");
        current.close();
        assertThat(current.running()).isFalse();
    }
}
