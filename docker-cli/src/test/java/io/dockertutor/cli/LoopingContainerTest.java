package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Containers whose command is a shell loop: the keep-alive and logging pattern, and loops that end. */
class LoopingContainerTest {
    @TempDir
    Path workspace;
    private final HandMovedClock clock = new HandMovedClock();
    private Interpreter docker;

    private record Result(int status, String out) {
    }

    private Result run(String line) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = docker.run(line, InputStream.nullInputStream(), out, out);
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void setUp() {
        SimulatedEngine engine = new SimulatedEngine(new CatalogLoader().loadDefault(), clock);
        engine.hostRoot(workspace);
        docker = new Interpreter(engine, workspace, Locale.ENGLISH, clock);
        run("docker pull busybox");
    }

    @Test
    void aDetachedEndlessLoopKeepsTheContainerRunningAndItsLogsGrowWithTime() {
        run("docker run -d --name ticker busybox sh -c 'echo start; while true; do echo tick; sleep 2; done'");
        assertThat(run("docker inspect -f '{{.State.Status}}' ticker").out()).isEqualTo("running\n");
        assertThat(run("docker logs ticker").out()).isEqualTo("start\ntick\n");
        clock.now = clock.now.plus(Duration.ofSeconds(5));
        assertThat(run("docker logs ticker").out()).isEqualTo("start\ntick\ntick\ntick\n");
        clock.now = clock.now.plus(Duration.ofSeconds(4));
        assertThat(run("docker logs ticker").out().lines().filter("tick"::equals).count()).isEqualTo(5);
        assertThat(run("docker ps --format '{{.Names}} {{.Status}}'").out()).startsWith("ticker Up");
    }

    @Test
    void aLoopContainerIgnoresSigtermAndIsKilledByStop() {
        run("docker run -d --name keep busybox sh -c 'while :; do sleep 1; done'");
        run("docker stop keep");
        assertThat(run("docker inspect -f '{{.State.ExitCode}}' keep").out()).isEqualTo("137\n");
    }

    @Test
    void aLoopThatEndsRunsAsAOneShotCommand() {
        Result r = run("docker run --rm busybox sh -c 'for i in 1 2 3; do echo $i; done'");
        assertThat(r.out()).isEqualTo("1\n2\n3\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void aBrokenLoopIsBusyboxsSyntaxErrorWithStatus2() {
        Result r = run("docker run --rm busybox sh -c 'while true; do done'");
        assertThat(r.out()).isEqualTo("sh: syntax error: unexpected \"done\"\n");
        assertThat(r.status()).isEqualTo(2);
    }

    @Test
    void aForegroundEndlessLoopInAContainerShellStopsWithTheTutorsMessage() {
        run("docker run -d --name box busybox sleep 3600");
        Result r = run("docker exec box sh -c 'while true; do echo x; done'");
        assertThat(r.out()).contains("sh: loop stopped after ").contains("docker-tutor stops loops that may never end");
        assertThat(r.status()).isEqualTo(130);
    }

    @Test
    void aForegroundEndlessLoopGivesThePromptBackAndKeepsRunning() {
        Result r = run("docker run --name fg busybox sh -c 'while true; do echo x; sleep 1; done'");
        assertThat(r.out()).startsWith("x\n").contains("fg keeps running. Real docker would now hold this terminal")
                .contains("until you press Ctrl-C, which stops the container").contains("that is what -d is for");
        assertThat(run("docker inspect -f '{{.State.Status}}' fg").out()).isEqualTo("running\n");
    }
}
