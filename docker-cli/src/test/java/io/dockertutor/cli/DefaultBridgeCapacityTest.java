package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default bridge is Docker's 172.17.0.0/16: a class of learners' containers does not run out at 253. */
class DefaultBridgeCapacityTest {
    @TempDir
    Path ws;

    @Test
    void theTwoHundredAndSixtiethContainerOnTheDefaultBridgeGets172_17_1_5() {
        Interpreter tutor = new Interpreter(SimulatedEngine.withDefaultCatalog(), ws, Locale.ENGLISH, Clock.systemUTC());
        for (int i = 0; i < 259; i++) {
            assertThat(tutor.run("docker run -d busybox sleep 1000", new ByteArrayInputStream(new byte[0]),
                    new ByteArrayOutputStream(), new ByteArrayOutputStream())).isZero();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tutor.run("docker run -d --name last busybox sleep 1000 >/dev/null && docker inspect -f '{{.NetworkSettings.IPAddress}}' last",
                new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("172.17.1.5\n");
    }
}
