package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the kernel answers for a container's mount points, as recorded on the lab engine ({@code mount-points-lab.txt}):
 * the daemon's {@code /etc/hosts}, {@code /etc/hostname} and {@code /etc/resolv.conf}, a volume and a tmpfs refuse
 * unlink, rmdir and rename with {@code Device or resource busy} ({@code rm -rf /etc} takes everything else);
 * {@code df PATH} names the first mount of the path's device; a {@code sh -c} script's shell execs its last
 * command once the others ran; {@code -p 80} and {@code -p :80} are requested bindings with both fields empty.
 */
class MountPointsInContainersTest {
    @TempDir
    Path workspace;

    @Test
    void labStandInBusyboxAnswersWhatTheLabEngineRecorded() throws IOException {
        assertThat(ProcessesInContainersTest.replay(CorpusReplay.labCatalog(), workspace, List.of("docker pull busybox",
                "docker run -d --name s1 busybox sh -c 'echo one; echo two; sleep 600'",
                "docker run -d -p 80 -p :81 -p 127.0.0.1::82 -p 8083:83 --name pp busybox sleep 100"),
                "mount-points-lab.txt")).isEqualTo(9);
    }
}
