package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docker builder prune} is buildx's prune on today's CLI: the records it removed, then {@code Total:}. */
class BuilderPruneTest {
    @TempDir
    Path workspace;
    SimulatedSession docker;

    @BeforeEach
    void pullBusybox() {
        docker = new SimulatedSession(workspace, java.time.Clock.systemUTC()); // builds reach the workspace
        docker.run("docker pull -q busybox");
    }

    @Test
    void anEmptyCacheReclaimsNothingWithOrWithoutAll() {
        assertThat(docker.output("docker builder prune -f")).isEqualTo("Total:\t0B\n");
        assertThat(docker.output("docker builder prune -a -f --filter until=24h")).isEqualTo("Total:\t0B\n");
    }

    @Test
    void withoutForceAClosedStdinAnswersNo() {
        assertThat(docker.output("docker builder prune < /dev/null"))
                .isEqualTo("WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ");
    }

    @Test
    void aBuildsStepsAreListedThenSummedAndGone() {
        docker.run("printf 'FROM busybox\\nRUN echo made > /made.txt\\n' > Dockerfile");
        assertThat(docker.run("docker build -q -t made .")).as(docker.stderr()).isZero();
        String out = docker.output("docker builder prune -f");
        assertThat(out).startsWith("ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n")
                .containsPattern("(?m)^[0-9a-f]{25} {15}\ttrue \t\t?[0-9.]+k?B +\t.* ago$")
                .containsPattern("\nTotal:\t[0-9.]+k?B\n$");
        assertThat(docker.output("docker builder prune -f")).isEqualTo("Total:\t0B\n");
    }
}
