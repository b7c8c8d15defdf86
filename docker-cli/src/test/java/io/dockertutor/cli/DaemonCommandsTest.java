package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.dockertutor.engine.DaemonControl;
import io.dockertutor.engine.Engine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonCommandsTest {
    @TempDir
    Path ws;
    private final Engine engine = mock(Engine.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String line) {
        Interpreter i = new Interpreter(engine, ws, Locale.ENGLISH, Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC));
        return i.run(line, new ByteArrayInputStream(new byte[0]), out, err);
    }

    @Test
    void systemctlRestartsTheSimulatedDaemon() {
        DaemonControl daemon = mock(DaemonControl.class);
        when(engine.daemonControl()).thenReturn(Optional.of(daemon));
        when(daemon.running()).thenReturn(true);
        assertThat(run("sudo systemctl restart docker")).isZero();
        verify(daemon).restart();
        assertThat(run("service docker status")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("● docker.service - Docker Application Container Engine\n")
                .contains("Active: active (running) since Mon 2026-11-23 14:00:00 UTC; 0s ago");
    }

    @Test
    void aStoppedDaemonReportsInactiveWithStatusThree() {
        DaemonControl daemon = mock(DaemonControl.class);
        when(engine.daemonControl()).thenReturn(Optional.of(daemon));
        assertThat(run("systemctl status docker")).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Active: inactive (dead)");
    }

    @Test
    void aRealEngineIsNotTouched() {
        assertThat(run("systemctl restart docker")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("docker-tutor: systemctl restart docker controls the Docker daemon");
        assertThat(run("systemctl restart nginx")).isEqualTo(5);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Failed to restart nginx.service: Unit nginx.service not found.");
    }

    @Test
    void theDataRootAppearsAtVarLibDocker(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("volumes/web/_data"));
        Files.writeString(data.resolve("volumes/web/_data/index.html"), "hi\n");
        when(engine.dataRoot()).thenReturn(Optional.of(data));
        assertThat(run("ls /var/lib/docker/volumes/web/_data && cat /var/lib/docker/volumes/web/_data/index.html")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("index.html\nhi\n");
    }
}
