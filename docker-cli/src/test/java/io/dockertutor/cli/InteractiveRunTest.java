package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker run -i/-t, start -ai and attach in a batch run (no terminal), as the v28 CLI behaves. */
class InteractiveRunTest {
    @TempDir
    Path workspace;
    private Interpreter docker;

    private record Result(int status, String out) {
    }

    private Result run(String line, String stdin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status = docker.run(line, in, out, out);
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private Result run(String line) {
        return run(line, "");
    }

    @BeforeEach
    void setUp() {
        SimulatedEngine engine = new SimulatedEngine(new CatalogLoader().loadDefault(), Clock.systemUTC());
        engine.hostRoot(workspace);
        docker = new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
        run("docker pull busybox");
    }

    @Test
    void dashItWithoutATerminalIsRefusedAsDockerRefusesIt() {
        Result r = run("docker run -it busybox sh");
        assertThat(r.out()).isEqualTo("the input device is not a TTY\n");
        assertThat(r.status()).isEqualTo(1);
        assertThat(run("docker ps -aq").out()).isEmpty();
    }

    @Test
    void dashDitStartsInTheBackgroundWithoutATerminal() {
        Result r = run("docker run -dit --name bg busybox sh");
        assertThat(r.status()).isZero();
        assertThat(run("docker inspect -f '{{.State.Status}}' bg").out()).isEqualTo("running\n");
    }

    @Test
    void dashIFeedsTheStandardInputToTheContainersShellUntilItEnds() {
        Result r = run("docker run -i --name shell1 busybox sh", "echo from stdin\nexit 4\necho never\n");
        assertThat(r.out()).isEqualTo("from stdin\n");
        assertThat(r.status()).isEqualTo(4);
        assertThat(run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' shell1").out()).isEqualTo("exited 4\n");
    }

    @Test
    void dashTWithoutDashIKeepsTheShellWaitingAndSaysWhy() {
        Result r = run("docker run -t --name waits busybox sh");
        assertThat(r.out()).contains("waits keeps running").contains("-t without -i").contains("Use -it");
        assertThat(run("docker inspect -f '{{.State.Status}}' waits").out()).isEqualTo("running\n");
    }

    @Test
    void startDashAiFeedsTheStandardInputToACreatedContainer() {
        run("docker create -i --name created1 busybox sh");
        Result r = run("docker start -ai created1", "echo started\n");
        assertThat(r.out()).isEqualTo("started\n");
        assertThat(run("docker inspect -f '{{.State.Status}}' created1").out()).isEqualTo("exited\n");
    }

    @Test
    void attachRefusesAStoppedContainerWithDockersWords() {
        run("docker create --name idle busybox sh");
        Result r = run("docker attach idle");
        assertThat(r.out()).isEqualTo("You cannot attach to a stopped container, start it first\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void attachFeedsARunningShellAndEndsWithItsStatus() {
        run("docker run -di --name two busybox sh");
        Result r = run("docker attach two", "echo attached\nexit 3\n");
        assertThat(r.out()).isEqualTo("attached\n");
        assertThat(r.status()).isEqualTo(3);
    }
}
