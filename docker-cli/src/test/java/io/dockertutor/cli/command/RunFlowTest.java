package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.ProgressEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RunFlowTest {
    private static final String ID = "c".repeat(64);
    private final Engine engine = mock(Engine.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    RunFlowTest() {
        // A simulated engine's ownership: every object is the tutor's, so no command is held back.
        org.mockito.Mockito.when(engine.ownership()).thenReturn(io.dockertutor.engine.Ownership.EVERYTHING);
        org.mockito.Mockito.when(engine.capabilities()).thenReturn(io.dockertutor.engine.EngineCapabilities.NONE);
    }

    private int docker(String... words) {
        CliContext ctx = new CliContext(engine, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC),
                Path.of("/ws"), Locale.ENGLISH);
        return new DockerCli().run(List.of(words), ctx);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void missingImageIsPulledOnStandardErrorThenCreatedAgain() {
        when(engine.createContainer(any())).thenThrow(EngineException.notFound("No such image: busybox:latest")).thenReturn(ID);
        org.mockito.Mockito.doAnswer(inv -> {
            Consumer<ProgressEvent> p = inv.getArgument(1);
            p.accept(ProgressEvent.of("latest", "Pulling from library/busybox"));
            p.accept(ProgressEvent.line("Status: Downloaded newer image for busybox:latest"));
            return null;
        }).when(engine).pull(any(), any());
        when(engine.runAttached(eq(ID), any())).thenAnswer(inv -> {
            Consumer<LogEntry> o = inv.getArgument(1);
            o.accept(new LogEntry(Instant.EPOCH, false, "hello\n"));
            return OptionalInt.of(3);
        });
        int status = docker("run", "--name", "hello", "busybox", "echo", "hello");
        assertThat(status).isEqualTo(3);
        assertThat(stderr()).isEqualTo("Unable to find image 'busybox:latest' locally\nlatest: Pulling from library/busybox\n"
                + "Status: Downloaded newer image for busybox:latest\n");
        assertThat(stdout()).isEqualTo("hello\n");
    }

    @Test
    void everythingAfterTheImageIsTheCommand() {
        when(engine.createContainer(any())).thenReturn(ID);
        docker("run", "-d", "--restart", "always", "-p", "8080:80", "nginx:latest", "--name", "nginx_container_name");
        ArgumentCaptor<ContainerSpec> spec = ArgumentCaptor.forClass(ContainerSpec.class);
        verify(engine).createContainer(spec.capture());
        assertThat(spec.getValue().name()).isNull();
        assertThat(spec.getValue().cmd()).containsExactly("--name", "nginx_container_name");
        assertThat(spec.getValue().restartPolicy().name()).isEqualTo("always");
        assertThat(spec.getValue().exposedPorts()).containsExactly("80/tcp");
        assertThat(stdout()).isEqualTo(ID + "\n");
        verify(engine).startContainer(ID);
    }

    @Test
    void missingExecutableExitsWith127AndTheContainerStays() {
        when(engine.createContainer(any())).thenReturn(ID);
        doThrow(EngineException.serverError("failed to create task for container: failed to create shim task: OCI runtime create failed: "
                + "runc create failed: unable to start container process: error during container init: exec: \"nosuch\": "
                + "executable file not found in $PATH: unknown")).when(engine).startContainer(ID);
        assertThat(docker("run", "-d", "--name", "x", "busybox", "nosuch")).isEqualTo(127);
        assertThat(stdout()).isEqualTo(ID + "\n");
        assertThat(stderr()).startsWith("docker: Error response from daemon: failed to create task")
                .endsWith("unknown\n\nRun 'docker run --help' for more information\n");
        verify(engine, never()).removeContainer(any(), eq(true), eq(false));
    }

    @Test
    void portAlreadyAllocatedExitsWith125() {
        when(engine.createContainer(any())).thenReturn(ID);
        when(engine.runAttached(eq(ID), any())).thenThrow(EngineException.serverError(
                "failed to set up container networking: driver failed programming external connectivity on endpoint b: "
                        + "Bind for 0.0.0.0:8080 failed: port is already allocated"));
        assertThat(docker("run", "--name", "b", "-p", "8080:80", "nginx")).isEqualTo(125);
    }

    @Test
    void anEmDashFlagPastedFromAPageIsTakenAsTheImageAndRefusedAsNoReference() {
        assertThat(docker("run", "\u2014name", "web", "nginx")).isEqualTo(125);
        assertThat(stderr()).isEqualTo("docker: invalid reference format\n\nRun 'docker run --help' for more information\n");
        assertThat(docker("create", "Nginx")).isEqualTo(1);
        assertThat(stderr()).endsWith("invalid reference format: repository name (library/Nginx) must be lowercase\n");
        verify(engine, never()).createContainer(any());
    }

    @Test
    void rmWithRestartIsRefusedBeforeAnythingIsCreated() {
        assertThat(docker("run", "--rm", "--restart", "always", "busybox")).isEqualTo(125);
        assertThat(stderr()).isEqualTo("docker: conflicting options: cannot specify both --restart and --rm\n\n"
                + "Run 'docker run --help' for more information\n");
        verify(engine, never()).createContainer(any());
    }

    @Test
    void badMountIsAFlagError() {
        assertThat(docker("container", "run", "--mount", "type=volume", "busybox")).isEqualTo(125);
        assertThat(stderr()).startsWith("invalid argument \"type=volume\" for \"--mount\" flag: target is required\n\nUsage:  docker container run");
    }

    @Test
    void aServerInTheForegroundGivesThePromptBackWithANote() {
        when(engine.createContainer(any())).thenReturn(ID);
        when(engine.runAttached(eq(ID), any())).thenAnswer(inv -> {
            Consumer<LogEntry> o = inv.getArgument(1);
            o.accept(new LogEntry(Instant.EPOCH, true, "nginx: ready"));
            return OptionalInt.empty();
        });
        assertThat(docker("run", "--name", "web", "nginx")).isZero();
        assertThat(stderr()).startsWith("nginx: ready\ndocker-tutor: web keeps running. Real docker would now hold this terminal")
                .contains("start such containers with -d (detached)");
    }

    @Test
    void createPrintsDaemonErrorsPlainly() {
        when(engine.createContainer(any())).thenThrow(EngineException.conflict("Conflict. The container name \"/a\" is already in use"));
        assertThat(docker("create", "--name", "a", "busybox")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("Error response from daemon: Conflict. The container name \"/a\" is already in use\n");
    }

    @Test
    void startCollectsFailuresIntoOneLastLine() {
        doThrow(EngineException.notFound("No such container: nosuch")).when(engine).startContainer("nosuch");
        assertThat(docker("start", "ok", "nosuch")).isEqualTo(1);
        assertThat(stdout()).isEqualTo("ok\n");
        assertThat(stderr()).isEqualTo("Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch\n");
    }

    @Test
    void forcedRemovalReportsMissingContainersButSucceeds() {
        doThrow(EngineException.notFound("No such container: nosuch")).when(engine).removeContainer("nosuch", true, false);
        assertThat(docker("rm", "-f", "nosuch", "ok")).isZero();
        assertThat(stderr()).isEqualTo("Error response from daemon: No such container: nosuch\n");
        assertThat(stdout()).isEqualTo("ok\n");
    }
}
