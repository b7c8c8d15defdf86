package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The usual ways to keep a container alive run until stopped, in busybox and in debian as in the real images;
 * the ones that read an empty standard input end at once, as they do there.
 */
class KeepAliveCommandsTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void start() {
        s = new SimulatedSession(ws);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "busybox|-d|tail -f /dev/null|running",
        "busybox|-d|tail -F /dev/null|running",
        "busybox|-d|tail -f -n 0 /dev/null|running",
        "busybox|-d|sleep infinity|running",
        "busybox|-d|sleep 3600|running",
        "busybox|-di|cat|running",
        "busybox|-d|cat|exited",
        "busybox|-di|sh|running",
        "busybox|-d|sh|exited",
        "busybox|-d|top|running",
        "busybox|-d|sh -c 'tail -f /dev/null'|running",
        "busybox|-d|sh -c 'sleep infinity'|running",
        "busybox|-d|sh -c 'echo ready; tail -f /dev/null'|running",
        "ubuntu|-d|tail -f /dev/null|running",
        "alpine|-d|tail -f /dev/null|running",
        "alpine|-d|sleep infinity|running",
        "nginx|-d|tail -f /dev/null|running",
    })
    void aKeepAliveCommandRunsUntilStopped(String image, String flags, String command, String state) {
        assertThat(s.run("docker run " + flags + " --name box " + image + " " + command)).as(s.stderr()).isZero();
        s.run("docker inspect -f '{{.State.Status}}' box");
        assertThat(s.stdout()).as(s.stderr()).isEqualTo(state + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "docker exec keeper tail -f /dev/null => \"\"",
        "docker exec keeper cat /dev/null => \"\"",
        "docker exec keeper sh -c 'echo hi | cat - /dev/null' => hi",
        "docker exec keeper sh -c 'grep x /dev/null || echo none' => none",
        "docker exec keeper wc -c /dev/null => 0 /dev/null",
        "tail -f /dev/null => \"\"",
        "cat /dev/null => \"\"",
        "head -n 3 /dev/null => \"\"",
    })
    void devNullReadsEmptyOnTheHostAndInContainers(String line, String expected) {
        s.run("docker run -d --name keeper busybox tail -f /dev/null");
        assertThat(s.run(line)).as(s.stderr()).isZero();
        assertThat(s.stdout().strip()).isEqualTo(expected);
    }
}
