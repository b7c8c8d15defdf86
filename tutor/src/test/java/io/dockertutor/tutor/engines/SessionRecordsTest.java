package io.dockertutor.tutor.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRecordsTest {
    @TempDir
    Path state;

    @Test
    void aRunningProcessIsNotOfferedForCleanup() {
        SessionRecords records = new SessionRecords(state);
        records.write("validate-1a2b3c4d-");

        assertThat(records.dead()).isEmpty();
    }

    @Test
    void aProcessThatIsGoneIsOfferedAndForgottenOnceCleanedUp() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.createDirectories(state.resolve("sessions"));
        Files.writeString(state.resolve("sessions/tutor-0-.properties"),
                "prefix=tutor-0-\npid=" + gone.pid() + "\nstarted=" + Instant.now() + "\n");
        SessionRecords records = new SessionRecords(state);

        assertThat(records.dead()).extracting(SessionRecords.Dead::prefix).containsExactly("tutor-0-");
        records.forget(records.dead().get(0));
        assertThat(records.dead()).isEmpty();
    }

    @Test
    void aPidNowUsedByAnotherProgramIsNotTakenForTheTutor() {
        String self = Long.toString(ProcessHandle.current().pid());

        assertThat(SessionRecords.alive(self, "2001-01-01T00:00:00Z")).isFalse();
        assertThat(SessionRecords.alive(self, ProcessHandle.current().info().startInstant().orElseThrow().toString())).isTrue();
    }

    @Test
    void aProcessThatCleanedUpLeavesNoRecord() {
        SessionRecords records = new SessionRecords(state);
        records.write("validate-1a2b3c4d-");
        records.remove("validate-1a2b3c4d-");

        assertThat(state.resolve("sessions")).isEmptyDirectory();
    }
}
