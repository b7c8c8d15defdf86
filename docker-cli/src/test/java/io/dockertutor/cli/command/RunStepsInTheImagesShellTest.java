package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dockerfile's RUN steps run by the image's own shell and programs, as BuildKit runs them in a container of the
 * stage: what they print is the step's log, what they change is the image's, a failing program fails the build
 * with its own words.
 */
class RunStepsInTheImagesShellTest {
    @TempDir
    Path workspace;
    Interpreter shell;

    @BeforeEach
    void setUp() {
        SimulatedEngine engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(workspace);
        shell = new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
    }

    private String[] run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = shell.run(line, new ByteArrayInputStream(new byte[0]), out, err);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private String[] build(String dockerfile) {
        String[] written = run("cat > Dockerfile <<'EOF'\n" + dockerfile + "\nEOF");
        assertThat(written[0]).isEqualTo("0");
        return run("docker build -t made .");
    }

    @Test
    void whatPrintfAndSedWriteIsTheImagesFile() {
        String[] built = build("""
                FROM busybox
                RUN printf '%s\\n' a b > /f && sed -i s/a/A/ /f""");
        assertThat(built[0]).as(built[2]).isEqualTo("0");
        assertThat(run("docker run --rm made cat /f")[1]).isEqualTo("A\nb\n");
    }

    @Test
    void theStepsVariablesAreItsArgsAndEnvAndItsHostIsBuildkitsSandbox() {
        String[] built = build("""
                FROM busybox
                ARG WHO=learner
                ENV GREETING=hello
                RUN echo "$GREETING $WHO from $(hostname)" > /g""");
        assertThat(built[0]).as(built[2]).isEqualTo("0");
        assertThat(run("docker run --rm made cat /g")[1]).isEqualTo("hello learner from buildkitsandbox\n");
    }

    @Test
    void whatAStepPrintsIsInTheBuildsLog() {
        String[] built = build("""
                FROM alpine
                RUN echo one; echo two >&2; cat /etc/alpine-release""");
        assertThat(built[0]).as(built[2]).isEqualTo("0");
        assertThat(built[2]).containsPattern("#\\d+ \\d+\\.\\d+ one\n#\\d+ \\d+\\.\\d+ two\n#\\d+ \\d+\\.\\d+ 3\\.");
    }

    @Test
    void aModeChangedByChmodAndAFileRemovedStayInTheImage() {
        String[] built = build("""
                FROM busybox
                RUN echo secret > /s && chmod 600 /s
                RUN rm /s && mkdir -p /d/e && touch /d/e/f""");
        assertThat(built[0]).as(built[2]).isEqualTo("0");
        String[] listed = run("docker run --rm made sh -c 'ls /s; ls -R /d'");
        assertThat(listed[1] + listed[2]).contains("ls: /s: No such file or directory", "/d/e:\nf");
    }

    @Test
    void aFailingProgramFailsTheStepWithItsOwnWordsAndStatus() {
        String[] built = build("""
                FROM busybox
                RUN cp /nope /x""");
        assertThat(built[0]).isEqualTo("1");
        assertThat(built[2]).contains("cp: can't stat '/nope': No such file or directory",
                "process \"/bin/sh -c cp /nope /x\" did not complete successfully: exit code: 1");
    }

    @Test
    void aDebianImagesStepsRunInDash() {
        String[] built = build("""
                FROM nginx
                RUN cd /nowhere""");
        assertThat(built[0]).isEqualTo("1");
        assertThat(built[2]).contains("/bin/sh: 1: cd: can't cd to /nowhere", "exit code: 2");
    }
}
