package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.dockertutor.engine.Engine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Command lines the CLI refuses before it runs anything (checked on docker CLI 28.2.2): an unknown command with flags after
 * it (cobra reads those flags as the group's first), and flags newer than the daemon's API.
 */
class UnknownCommandFlagsTest {
    private final Engine engine = mock(Engine.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    UnknownCommandFlagsTest() {
        org.mockito.Mockito.when(engine.ownership()).thenReturn(io.dockertutor.engine.Ownership.EVERYTHING);
        org.mockito.Mockito.when(engine.capabilities()).thenReturn(io.dockertutor.engine.EngineCapabilities.NONE);
    }

    private int docker(String... words) {
        CliContext ctx = new CliContext(engine, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Clock.systemUTC(), Path.of("/ws"), Locale.ENGLISH);
        return new DockerCli().run(List.of(words), ctx);
    }

    @Test
    void aMistypedCommandFollowedByAFlagTheRootLacksIsThatFlagsError() {
        assertThat(docker("contianer", "run", "-d", "-p", "12345:8080", "sample-image:0.1")).isEqualTo(125);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("unknown shorthand flag: 'd' in -d\n\n"
                + "Usage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n");
    }

    @Test
    void aLongFlagIsRefusedTooButRootFlagsAndWordsAfterDashDashAreNot() {
        assertThat(docker("contianer", "run", "--format=x")).isEqualTo(125);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown flag: --format\n\nUsage:  docker [OPTIONS] COMMAND");
        err.reset();
        assertThat(docker("contianer", "-D", "run", "--", "-d")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("docker: unknown command: docker contianer\n");
    }

    @Test
    void inAManagementGroupTheUsageIsTheGroups() {
        assertThat(docker("image", "lss", "-x")).isEqualTo(125);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("unknown shorthand flag: 'x' in -x\n\n"
                + "Usage:  docker image\n\nRun 'docker image --help' for more information\n");
    }

    @Test
    void aFlagNewerThanTheDaemonsApiIsRefusedWithStatus1() {
        org.mockito.Mockito.when(engine.version()).thenReturn(new io.dockertutor.engine.EngineVersion("Docker Engine", "20.10.24",
                "1.41", "1.12", "", "", "linux", "amd64", "", null, "", "", "", "", "", ""));
        assertThat(docker("volume", "prune", "-a", "-f")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("\"--all\" requires API version 1.42, but the Docker daemon API version is 1.41\n");
        org.mockito.Mockito.verify(engine, org.mockito.Mockito.never()).pruneVolumes(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void helpAfterAnUnknownCommandShowsTheGroupsHelp() {
        assertThat(docker("contianer", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage:  docker [OPTIONS] COMMAND");
    }
}
