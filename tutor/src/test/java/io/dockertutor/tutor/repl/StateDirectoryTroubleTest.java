package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.dockertutor.tutor.progress.ProgressFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state directory or progress file the tutor cannot use: each gives one clear line, the session goes on with the
 * progress in memory, and the farewell says truthfully where the progress did not go. Never a Java exception.
 */
class StateDirectoryTroubleTest {
    @TempDir
    Path dir;

    private static void assertNoCrash(String screen) {
        assertThat(screen).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void assertUnsavedFarewell(String screen, Path progressFile) {
        assertThat(screen).contains("Your progress was not saved (it was meant to go to " + progressFile + ")")
                .doesNotContain("Progress saved");
    }

    @Test
    void aProgressFileThatCannotBeOpenedIsToldOnceAndLeftAsItIs() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        Path loop = state.resolve("progress.yaml");
        Files.createSymbolicLink(loop, loop.getFileName());
        String screen = new ReplSession(state).type("start\ndocker pull nginx\necho still here\nexit\n").screen();
        assertThat(screen).contains("your progress file " + loop + " cannot be read").contains("still here")
                .contains("Step 1 of 3 is complete");
        assertNoCrash(screen);
        assertUnsavedFarewell(screen, loop);
        assertThat(Files.readSymbolicLink(loop)).isEqualTo(loop.getFileName());
    }

    @Test
    void aProgressFileWithoutReadPermissionIsToldOnceAndLeftAsItIs() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads any file").isNotEqualTo("root");
        Path state = Files.createDirectory(dir.resolve("state"));
        Path file = Files.writeString(state.resolve("progress.yaml"), "format: 1\nwelcomed: true\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        String screen = new ReplSession(state).type("echo still here\nexit\n").screen();
        assertThat(screen).contains("cannot be read (permission denied)").contains("still here");
        assertNoCrash(screen);
        assertUnsavedFarewell(screen, file);
    }

    @Test
    void aProgressFileThatIsADirectoryIsToldOnceAndLeftAsItIs() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        Path file = Files.createDirectory(state.resolve("progress.yaml"));
        String screen = new ReplSession(state).type("echo still here\nexit\n").screen();
        assertThat(screen).contains("cannot be read (it is a directory)").contains("still here");
        assertNoCrash(screen);
        assertUnsavedFarewell(screen, file);
        assertThat(file).isDirectory();
    }

    @Test
    void aStateDirectoryThatIsAFileStillLetsTheLearnerPlayALesson() throws Exception {
        Path state = Files.writeString(dir.resolve("state"), "a file");
        String screen = new ReplSession(state).type("start\ndocker pull nginx\nexit\n").screen();
        assertThat(screen).contains("the state directory " + state + " is a file, not a directory")
                .contains("Your files go to").contains("Step 1 of 3 is complete");
        assertNoCrash(screen);
        assertUnsavedFarewell(screen, state.resolve("progress.yaml"));
        assertThat(Files.readString(state)).isEqualTo("a file");
    }

    @Test
    void progressThatCannotBeSavedIsToldOnceAndTheFarewellSaysSo() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        // A lock file that cannot be opened makes every save fail, for root as well; so does a history that is a directory.
        Files.createDirectory(state.resolve("progress.yaml.lock"));
        Files.createDirectory(state.resolve("history"));
        List<LogRecord> jlineLog = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                jlineLog.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger jline = Logger.getLogger("org.jline");
        jline.addHandler(handler);
        String screen;
        try {
            screen = new ReplSession(state).type("start\ndocker pull nginx\necho one\necho two\nhint\nexit\n").screen();
        } finally {
            jline.removeHandler(handler);
        }
        assertThat(screen.split("progress could not be saved", -1)).hasSize(2);
        assertThat(screen).contains("Step 1 of 3 is complete").contains("one\n").contains("two\n");
        assertNoCrash(screen);
        assertUnsavedFarewell(screen, state.resolve("progress.yaml"));
        assertThat(jlineLog).as("JLine logged nothing about the history file").isEmpty();
    }

    @Test
    void anUnwritableStateDirectoryIsToldOnceAndTheFarewellSaysSo() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root writes anywhere").isNotEqualTo("root");
        Path state = Files.createDirectory(dir.resolve("state"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            String screen = new ReplSession(state).type("start\ndocker pull nginx\necho one\nexit\n").screen();
            assertThat(screen.split("progress could not be saved", -1)).hasSize(2);
            assertNoCrash(screen);
            assertUnsavedFarewell(screen, state.resolve("progress.yaml"));
        } finally {
            Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void progressImportAndExportOfPathsThatCannotBeUsedSayWhyAndGoOn() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path file = Files.writeString(dir.resolve("plain"), "x");
        StringBuilder input = new StringBuilder("progress import " + folder + "\n");
        if (Files.exists(Path.of("/dev/zero"))) {
            input.append("progress import /dev/zero\n");
        }
        input.append("progress export ").append(file.resolve("inside.yaml")).append('\n');
        input.append("progress export ").append(folder).append('\n');
        String screen = new ReplSession(state).type(input.append("echo still here\nexit\n").toString()).screen();
        assertThat(screen).contains(folder + " is a directory, not a progress file. Nothing was changed.")
                .contains("Cannot write progress to " + file.resolve("inside.yaml") + " (not a directory).")
                .contains("Cannot write progress to " + folder + " (it is a directory).")
                .contains("still here").contains("Progress saved");
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThat(screen).contains("/dev/zero is not a regular file");
        }
        assertNoCrash(screen);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void oneUnreadableLessonIsNamedAndTheOthersKept() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        Files.writeString(state.resolve("progress.yaml"), "format: 1\nwelcomed: true\nlessons:\n"
                + "  first-image: {step: 1, steps: {pull: {done: true}}}\n  broken: {step: three}\n");
        String screen = new ReplSession(state).type("progress\nexit\n").screen();
        assertThat(screen).contains("part of your progress file could not be read").contains(": broken.")
                .contains("→ first-image (Your first image): on step 2 of 3; no hints, no commands");
        assertNoCrash(screen);
    }

    @Test
    void aSecondTutorOnTheSameStateDirectoryIsToldBothKeepTheirProgress() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        try (ProgressFile first = new ProgressFile(state)) {
            assertThat(first.claimSession()).isTrue();
            String screen = new ReplSession(state).type("exit\n").screen();
            assertThat(screen).contains("Another docker-tutor is running on " + state);
        }
        assertThat(new ReplSession(state).type("exit\n").screen()).doesNotContain("Another docker-tutor");
    }

    @Test
    void koreanLearnersReadTheseLinesInKorean() throws Exception {
        Path state = Files.writeString(dir.resolve("state"), "a file");
        String screen = new ReplSession(state).locale(Locale.KOREAN).type("exit\n").screen();
        assertThat(screen).contains("디렉터리가 아니라 파일입니다").contains("진행 상황을 저장하지 못했습니다");
    }
}
