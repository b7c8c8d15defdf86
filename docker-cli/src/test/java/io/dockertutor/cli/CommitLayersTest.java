package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer {@code docker commit} adds, as moby's NewChildImage makes it and as recorded on the lab engine: the
 * container's diff, whose digest is its content's (two commits of one unchanged container share it, so removing the
 * first image deletes only its record), and no layer at all for a container that changed nothing (the history row
 * is an empty layer).
 */
class CommitLayersTest {
    @TempDir
    Path workspace;

    private SimulatedSession session;

    @BeforeEach
    void pullBusybox() {
        session = new SimulatedSession(workspace);
        assertThat(session.run("docker pull -q busybox")).isZero();
    }

    @Test
    void twoCommitsOfOneUnchangedContainerShareTheLayer() {
        session.run("docker run --name base busybox sh -c 'echo v1 > /version.txt'");
        session.run("docker commit base i1");
        session.run("docker commit base i2");
        assertThat(deletedLines("docker rmi i1")).isEqualTo(1);
        assertThat(deletedLines("docker rmi i2")).isEqualTo(2);
    }

    @Test
    void aContainerThatChangedNothingCommitsWithoutALayer() {
        session.run("docker run --name quiet busybox true");
        session.run("docker commit quiet i6");
        assertThat(session.output("docker image inspect -f '{{len .RootFS.Layers}}' i6"))
                .isEqualTo(session.output("docker image inspect -f '{{len .RootFS.Layers}}' busybox"));
        assertThat(session.output("docker history --format '{{.Size}}' i6").lines().findFirst()).hasValue("0B");
        session.run("docker rm quiet");
        assertThat(deletedLines("docker rmi i6")).isEqualTo(1);
    }

    private long deletedLines(String rmi) {
        return session.output(rmi).lines().filter(l -> l.startsWith("Deleted: ")).count();
    }
}
