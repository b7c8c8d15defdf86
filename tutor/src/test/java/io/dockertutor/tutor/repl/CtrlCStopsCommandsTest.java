package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C stops the command running, as in a real shell: status 130 and the tutor's prompt back. */
class CtrlCStopsCommandsTest {
    @TempDir
    Path state;

    @Test
    void ctrlCStopsALongSleepWithStatus130() throws Exception {
        long start = System.nanoTime();
        String screen = new ReplSession(state).terminalType("xterm").interruptAfter(700)
                .type("sleep 100; echo not reached\necho status $?\nexit\n").screen();
        assertThat(screen).contains("status 130").doesNotContain("not reached\n");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(30);
    }

    @Test
    void ctrlCStopsAnEndlessLoopBeforeTheTutorsOwnBound() throws Exception {
        String screen = new ReplSession(state).terminalType("xterm").interruptAfter(700)
                .type("while true; do sleep 1; done\necho status $?\nexit\n").screen();
        assertThat(screen).contains("status 130").doesNotContain("loop stopped");
    }

    @Test
    void ctrlCStopsAProgramReadingTheKeyboardInAContainer() throws Exception {
        String screen = new ReplSession(state).lineDiscipline()
                .type("docker run -i --name reader busybox cat\nline one\n\u0003echo status $?\n"
                        + "docker ps -a --format '{{.Names}} {{.Status}}'\nexit\n").screen();
        assertThat(screen).containsPattern("line one\\r?\\nline one").contains("status 130").contains("reader Exited (130)");
    }

    @Test
    void ctrlCAtTheNestedShellsPromptKeepsTheContainersShell() throws Exception {
        String screen = new ReplSession(state).terminalType("xterm").lineDiscipline()
                .type("docker run -it --name box busybox sh\necho typed\u0003echo after\nexit 2\necho status $?\nexit\n").screen();
        assertThat(screen).contains("after\n").contains("status 2").doesNotContain("typed\n");
    }
}
