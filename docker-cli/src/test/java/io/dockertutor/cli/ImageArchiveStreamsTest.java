package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tar streams through the practice shell's redirections: docker save, load, export and cp with {@code -}. */
class ImageArchiveStreamsTest {

    @Test
    void anImageSavedThroughARedirectLoadsBackFromOne(@TempDir Path ws) {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        String id = s.output("docker images -q busybox");
        assertThat(s.run("docker save busybox > b.tar")).isZero();
        s.run("docker rmi busybox");
        assertThat(s.output("docker load < b.tar")).isEqualTo("Loaded image: busybox:latest\n");
        assertThat(s.output("docker images -q busybox")).isEqualTo(id);
    }

    @Test
    void aFileCopiedOutAsATarStreamGoesBackInFromStandardInput(@TempDir Path ws) {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker run -d --name c1 busybox sleep 300");
        s.run("docker exec c1 sh -c 'echo hi > /hello.txt'");
        assertThat(s.run("docker cp c1:/hello.txt - > h.tar")).isZero();
        assertThat(s.run("docker cp - c1:/tmp < h.tar")).isZero();
        assertThat(s.output("docker exec c1 cat /tmp/hello.txt")).isEqualTo("hi\n");
    }

    @Test
    void aTarStreamGoesOnlyIntoADirectory(@TempDir Path ws) {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker run -d --name c1 busybox sleep 300");
        assertThat(s.run("docker cp - c1:/etc/passwd")).isEqualTo(1);
        assertThat(s.stderr()).isEqualTo("destination \"c1:/etc/passwd\" must be a directory\n");
    }
}
