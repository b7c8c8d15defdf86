package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files keep their modification time on the way from the learner's workspace into an image or a container, as
 * BuildKit, the legacy builder and {@code docker cp} keep it (the lab's {@code ls -l /app} shows when hello.txt
 * was written); what a RUN step writes is as new as the step, never the image's own 2020.
 */
class FileTimesTest {
    /** Over six months old, so both ls print the year: {@code Mar  4  2021}. */
    private static final Instant WRITTEN = Instant.parse("2021-03-04T05:06:00Z");
    @TempDir
    Path workspace;
    SimulatedSession shell;

    @BeforeEach
    void setUp() throws Exception {
        shell = new SimulatedSession(workspace, Clock.systemUTC());
        run("docker pull -q busybox");
        run("echo 'hello from the image' > hello.txt");
        Files.setLastModifiedTime(workspace.toRealPath().resolve("hello.txt"), FileTime.from(WRITTEN));
    }

    private String run(String line) {
        return shell.both(line).out();
    }

    @Test
    void copyKeepsTheSourceFilesTimeAndRunStampsItsOwnFiles() {
        run("printf 'FROM busybox\\nWORKDIR /app\\nCOPY hello.txt ./\\nRUN echo made > /made.txt\\n' > Dockerfile");
        assertThat(run("docker build -q -t times . > /dev/null; echo $?")).isEqualTo("0\n");
        assertThat(run("docker run --rm times ls -l /app/hello.txt"))
                .isEqualTo("-rw-r--r--    1 root     root            21 Mar  4  2021 /app/hello.txt\n");
        String made = run("docker run --rm times ls -l /made.txt");
        assertThat(made).endsWith(" /made.txt\n").doesNotContain("2020");
    }

    @Test
    void copiedFilesAreNotChangesOfAContainer() {
        run("printf 'FROM busybox\\nCOPY hello.txt /\\n' > Dockerfile");
        run("docker build -q -t times . > /dev/null");
        run("docker run --name box times true");
        assertThat(run("docker diff box")).isEmpty();
    }

    @Test
    void dockerCpIntoAContainerKeepsTheTime() {
        run("docker run -d --name box busybox sleep 100");
        run("docker cp hello.txt box:/tmp/");
        assertThat(run("docker exec box ls -l /tmp/hello.txt"))
                .isEqualTo("-rw-r--r--    1 root     root            21 Mar  4  2021 /tmp/hello.txt\n");
    }
}
