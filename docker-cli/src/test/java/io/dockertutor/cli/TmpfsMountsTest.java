package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tmpfs lives in memory while the container runs: stopping it empties the mount, the writable layer stays. */
class TmpfsMountsTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void start() {
        s = new SimulatedSession(ws);
    }

    @Test
    void stoppingAContainerEmptiesItsTmpfsButKeepsItsLayer() {
        assertThat(s.run("docker run -d --name box --tmpfs /cache busybox sleep 1000")).isZero();
        assertThat(s.run("docker exec box sh -c 'echo x > /cache/f; echo y > /kept'")).isZero();
        assertThat(s.run("docker exec box ls /cache")).isZero();
        assertThat(s.stdout()).isEqualTo("f\n");

        assertThat(s.run("docker stop box")).isZero();
        assertThat(s.run("docker start box")).isZero();

        assertThat(s.run("docker exec box ls /cache")).isZero();
        assertThat(s.stdout()).isEmpty();
        assertThat(s.run("docker exec box cat /kept")).isZero();
        assertThat(s.stdout()).isEqualTo("y\n");
    }

    @Test
    void aTmpfsKeepsItsFilesWhileTheContainerRuns() {
        s.run("docker run -d --name box --mount type=tmpfs,dst=/cache busybox sleep 1000");
        s.run("docker exec box sh -c 'echo x > /cache/f'");
        assertThat(s.run("docker exec box cat /cache/f")).isZero();
        assertThat(s.stdout()).isEqualTo("x\n");
    }
}
