package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Ownership;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** On a real engine, the learner's own objects are never stopped or deleted without their say. */
class ForeignGuardTest {
    private final Engine engine = mock(Engine.class);
    private final Ownership own = mock(Ownership.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ForeignGuardTest() {
        when(engine.ownership()).thenReturn(own);
        when(own.ownsContainer("tutors")).thenReturn(true);
    }

    private CliContext context(boolean terminal, String answer) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new CliContext(engine, new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)), print, print,
                terminal, Clock.systemUTC(), Path.of("/ws"), Locale.ENGLISH);
    }

    private int run(boolean terminal, String answer, boolean allowForeign, String... words) {
        CliContext ctx = context(terminal, answer);
        DockerCli cli = new DockerCli();
        cli.allowForeign(allowForeign);
        return cli.run(List.of(words), ctx);
    }

    @Test
    void aBatchRunRefusesToRemoveTheLearnersOwnContainer() {
        assertThat(run(false, "", false, "rm", "-f", "mine")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("would touch objects docker-tutor did not create: container mine");
        verify(engine, never()).removeContainer(anyString(), anyBoolean(), anyBoolean());
    }

    @Test
    void theTutorsOwnContainerIsRemovedWithoutAsking() {
        assertThat(run(false, "", false, "rm", "-f", "tutors")).isEqualTo(0);
        verify(engine).removeContainer("tutors", true, false);
    }

    @Test
    void onATerminalTheLearnerIsAskedAndMayAgree() {
        assertThat(run(true, "y\n", false, "rm", "-f", "mine")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Go on? [y/N]");
        verify(engine).removeContainer("mine", true, false);
    }

    @Test
    void allowForeignLetsABatchRunGoOn() {
        assertThat(run(false, "", true, "rm", "-f", "mine")).isEqualTo(0);
        verify(engine).removeContainer("mine", true, false);
    }

    @Test
    void aNameThatDoesNotExistIsLeftForTheDaemonToReport() {
        when(engine.inspectContainer("nosuch", false)).thenThrow(io.dockertutor.engine.EngineException.notFound("No such container: nosuch"));
        run(false, "", false, "rm", "nosuch");
        verify(engine).removeContainer("nosuch", false, false);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"exec mine touch /x", "cp note.txt mine:/tmp/", "network connect net mine",
            "container exec mine sh", "rename mine other", "start mine", "attach mine", "network disconnect net mine",
            "run --volumes-from mine busybox true", "create --volumes-from mine:rw busybox"})
    void aBatchRunRefusesToWriteIntoTheLearnersOwnContainer(String line) {
        assertThat(run(false, "", false, line.split(" "))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("did not create: container mine");
        verify(engine, never()).exec(anyString(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
        verify(engine, never()).startContainer(anyString());
        verify(engine, never()).attach(anyString(), anyBoolean(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
        verify(engine, never()).disconnectNetwork(anyString(), anyString(), anyBoolean());
        verify(engine, never()).createContainer(org.mockito.ArgumentMatchers.any());
    }

    /** update and commit write into the container (commit pauses it): the guard covers them. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"update --memory 64m mine", "container update --restart always mine",
            "commit mine snapshot", "container commit mine"})
    void theGuardRefusesUpdateAndCommitOfTheLearnersOwnContainer(String line) throws Exception {
        assertThat(ForeignGuard.allows(parse(line.split(" ")), context(false, ""), false)).isFalse();
        assertThat(ForeignGuard.allows(parse(line.replace("mine", "tutors").split(" ")), context(false, ""), false)).isTrue();
    }

    @Test
    void aCommandTheTutorDoesNotRunIsSaidSoOnARealEngineWithoutPointingToTheRealEngine() {
        assertThat(run(false, "", false, "plugin", "ls")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("does not run yet").doesNotContain("--engine docker");
    }

    @Test
    void copyingOutOfTheLearnersContainerIsOnlyReadingAndGoesOn() {
        run(false, "", false, "cp", "mine:/etc/hostname", "h.txt");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("did not create");
    }

    @Test
    void mountingTheLearnersVolumeReadWriteIsRefusedAndReadOnlyIsNot() throws Exception {
        when(engine.inspectVolume("precious")).thenReturn(null);
        assertThat(run(false, "", false, "run", "--rm", "-v", "precious:/d", "busybox", "rm", "-f", "/d/precious.txt")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("did not create: volume precious");
        assertThat(ForeignGuard.writableVolumes(parse("run", "-v", "precious:/d:ro", "--mount", "source=other,target=/o,readonly",
                "--mount", "type=volume,src=mounted,dst=/m", "-v", "/abs:/a", "busybox"))).containsExactly("mounted");
        verify(engine, never()).createContainer(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void inALessonAVolumeNamedLikeTheLearnersIsTheSessionsOwnAndNotAsked() {
        when(own.lessonScoped()).thenReturn(true);
        when(engine.inspectVolume("nginx_volume")).thenReturn(null);
        run(false, "", false, "run", "-d", "-v", "nginx_volume:/d", "busybox");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("did not create");
    }

    @Test
    void removingTheEnginesOwnBridgeIsLeftToTheDaemonsOwnError() {
        run(false, "", false, "network", "rm", "bridge");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("did not create");
        verify(engine).removeNetwork("bridge");
    }

    private static io.dockertutor.cli.grammar.ParsedCommand parse(String... words) throws io.dockertutor.cli.grammar.UsageError {
        return io.dockertutor.cli.grammar.DockerGrammar.get().parse(List.of(words));
    }
}
