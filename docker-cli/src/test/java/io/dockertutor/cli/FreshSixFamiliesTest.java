package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The families the fresh6 sessions showed at first sight, as the lab engine and moby 28's source answer: the working
 * directory that create makes (and exec does not), and a script on a shell's standard input whose commands span
 * lines (here-documents).
 */
class FreshSixFamiliesTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void pullBusybox() {
        s = SimulatedSession.withBusybox(ws);
    }

    @Test
    void aWorkingDirectoryTheImageLacksIsMadeAtCreateAndShowsInTheDiff() {
        assertThat(s.output("docker run --rm -w /app busybox ls -a")).isEqualTo(".\n..\n");
        assertThat(s.output("docker run --rm --read-only -w /app busybox ls -a")).isEqualTo(".\n..\n");
        s.run("docker create --name made -w /x/y busybox");
        assertThat(s.output("docker diff made")).isEqualTo("A /x\nA /x/y\n");
    }

    @Test
    void aWorkingDirectoryThatIsAFileRefusesTheContainer() {
        assertThat(s.transcript("docker run --rm -w /etc/passwd busybox pwd")).isEqualTo(
                "docker: Error response from daemon: Cannot mkdir: /etc/passwd is not a directory\n\n"
                        + "Run 'docker run --help' for more information\n[exit 125]");
        assertThat(s.output("docker ps -aq")).isEmpty();
    }

    @Test
    void execIntoADirectoryThatIsMissingFailsInTheRuntime() {
        s.run("docker run -d --name box busybox sleep 300");
        assertThat(s.transcript("docker exec -w /nosuchdir box pwd")).isEqualTo("OCI runtime exec failed: exec failed: "
                + "unable to start container process: chdir to cwd (\"/nosuchdir\") set in config.json failed: "
                + "no such file or directory: unknown\r\n[exit 126]");
        assertThat(s.output("docker exec -w /tmp box pwd")).isEqualTo("/tmp\n");
    }

    @Test
    void aScriptOnStandardInputReadsItsHereDocumentsLineByLine() {
        s.run("cat > script.sh <<'EOF'\nname=busybox\ncat <<END\nname is $name\nEND\ncat <<'END'\nno $name here\nEND\n"
                + "if true; then\n  echo done\nfi\nEOF");
        assertThat(s.transcript("docker run -i --rm busybox sh < script.sh"))
                .isEqualTo("name is busybox\nno $name here\ndone\n[exit 0]");
    }
}
