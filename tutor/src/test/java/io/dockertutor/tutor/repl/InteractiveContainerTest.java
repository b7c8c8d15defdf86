package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker run -it, start -ai and attach open the container's own shell as a nested prompt over a terminal. */
class InteractiveContainerTest {
    @TempDir
    Path state;

    private ReplSession atATerminal() {
        return new ReplSession(state).terminalType("xterm");
    }

    @Test
    void runItOpensTheImagesShellWhoseExitReturnsToTheTutorAndLeavesTheContainerExited() throws Exception {
        ReplSession.Result r = atATerminal().type("docker run -it --name box busybox sh\nhostname\nexit\n"
                + "docker ps -a --format '{{.Names}} {{.Status}}'\ndocker inspect -f 'id={{.Id}}' box\nexit\n");
        String screen = r.screen();
        assertThat(screen).contains("/ # ");
        String id = screen.substring(screen.lastIndexOf("id=") + 3, screen.lastIndexOf("id=") + 15);
        assertThat(screen).contains(id + "\n").contains("box Exited (0)");
        assertThat(r.status()).isZero();
    }

    @Test
    void aDebianShellShowsRootAtTheContainersIdAndEndsWithItsExitStatus() throws Exception {
        String screen = atATerminal().type("docker run -it --name deb ubuntu\nexit 3\necho back $?\n"
                + "docker ps -a --format '{{.Names}} {{.Status}}'\nexit\n").screen();
        assertThat(screen).containsPattern("root@[0-9a-f]{12}:/# ").contains("back 3").contains("deb Exited (3)");
    }

    @Test
    void endOfInputEndsTheContainersShellAndTheContainerNotTheTutor() throws Exception {
        String screen = new ReplSession(state).type("printf 'echo piped\\nhostname\\n' | docker run -i --name box busybox sh\n"
                + "echo status $?\ndocker ps -a --format '{{.Names}} {{.Status}}'\nexit\n").screen();
        assertThat(screen).contains("piped\n").contains("status 0").contains("box Exited (0)");
    }

    @Test
    void startAiAndAttachOpenTheSameShell() throws Exception {
        String screen = atATerminal().type("docker create -it --name box busybox sh\ndocker start -ai box\necho first\nexit\n"
                + "docker run -dit --name two busybox sh\ndocker attach two\necho second\nexit 5\necho attach $?\nexit\n").screen();
        assertThat(screen).contains("first\n").contains("second\n").contains("attach 5");
    }

    @Test
    void aPipeFeedsACommandRunWithDashIAndTheContainerIsRemovedWithRm() throws Exception {
        String screen = new ReplSession(state).type("echo hi | docker run -i --rm busybox cat\necho status $?\n"
                + "docker ps -aq | wc -l\nexit\n").screen();
        assertThat(screen).contains("busybox:latest\nhi\n").contains("status 0").containsPattern("wc -l\r?\n0\n");
    }

    @Test
    void dashItRefusesWhenTheInputIsNotATerminalAsDockerDoes() throws Exception {
        String screen = atATerminal().type("echo ls | docker run -it busybox sh\necho status $?\nexit\n").screen();
        assertThat(screen).contains("the input device is not a TTY").contains("status 1");
    }

    @Test
    void aCommandThatIsNotAShellPrintsItsOutputAndExits() throws Exception {
        String screen = atATerminal().type("docker run -it --name lister busybox ls /\necho status $?\n"
                + "docker ps -a --format '{{.Names}} {{.Status}}'\nexit\n").screen();
        assertThat(screen).contains("etc").contains("status 0").contains("lister Exited (0)");
    }
}
