package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tmpfs lives in memory while the container runs: stopping it empties the mount, the writable layer stays. */
class TmpfsMountsTest {
    @TempDir
    Path ws;
    private Interpreter tutor;
    private ByteArrayOutputStream out;

    @BeforeEach
    void start() {
        tutor = new Interpreter(SimulatedEngine.withDefaultCatalog(), ws, Locale.ENGLISH, Clock.systemUTC());
    }

    private int run(String line) {
        out = new ByteArrayOutputStream();
        return tutor.run(line, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
    }

    @Test
    void stoppingAContainerEmptiesItsTmpfsButKeepsItsLayer() {
        assertThat(run("docker run -d --name box --tmpfs /cache busybox sleep 1000")).isZero();
        assertThat(run("docker exec box sh -c 'echo x > /cache/f; echo y > /kept'")).isZero();
        assertThat(run("docker exec box ls /cache")).isZero();
        assertThat(out.toString()).isEqualTo("f\n");

        assertThat(run("docker stop box")).isZero();
        assertThat(run("docker start box")).isZero();

        assertThat(run("docker exec box ls /cache")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("docker exec box cat /kept")).isZero();
        assertThat(out.toString()).isEqualTo("y\n");
    }

    @Test
    void aTmpfsKeepsItsFilesWhileTheContainerRuns() {
        run("docker run -d --name box --mount type=tmpfs,dst=/cache busybox sleep 1000");
        run("docker exec box sh -c 'echo x > /cache/f'");
        assertThat(run("docker exec box cat /cache/f")).isZero();
        assertThat(out.toString()).isEqualTo("x\n");
    }
}
