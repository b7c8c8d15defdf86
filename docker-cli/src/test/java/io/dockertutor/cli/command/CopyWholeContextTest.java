package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code COPY . /app/}, {@code COPY . .} and {@code COPY ./ /app/}: the context's contents, as BuildKit copies them. */
class CopyWholeContextTest {
    @TempDir
    Path workspace;
    Interpreter shell;

    @BeforeEach
    void setUp() throws Exception {
        SimulatedEngine engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(workspace);
        shell = new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
        Files.writeString(workspace.resolve("main.go"), "package main\n\nfunc main() {}\n");
        Files.createDirectories(workspace.resolve("static"));
        Files.writeString(workspace.resolve("static/index.html"), "<h1>hi</h1>\n");
        Files.writeString(workspace.resolve("notes.log"), "ignored\n");
        Files.writeString(workspace.resolve(".dockerignore"), "*.log\n");
    }

    private String[] run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = shell.run(line, new ByteArrayInputStream(new byte[0]), out, err);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @ParameterizedTest
    @ValueSource(strings = {"COPY . /app/", "COPY ./ /app/", "COPY . /app", "WORKDIR /app\nCOPY . .", "WORKDIR /app\nCOPY ./ ./"})
    void theWholeContextLandsInTheDestinationWithoutIgnoredFiles(String copy) throws Exception {
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\n" + copy + "\n");
        String[] build = run("docker build -q -t app .");
        assertThat(build[0]).as(build[2]).isEqualTo("0");
        String[] ls = run("docker run --rm app ls /app /app/static");
        assertThat(ls[1]).isEqualTo("/app:\nDockerfile\nmain.go\nstatic\n\n/app/static:\nindex.html\n");
    }

    @Test
    void theNotesMultiStageStyleBuildsFromAWholeContextCopy() throws Exception {
        Files.writeString(workspace.resolve("Dockerfile"), """
                FROM golang:1.14.1-alpine3.11 as builder
                WORKDIR /src
                COPY . .
                RUN go build -o /go-app ./main.go

                FROM alpine:3.7
                COPY --from=builder /go-app .
                ENTRYPOINT ["./go-app"]
                """);
        String[] build = run("docker build -t sample-image:0.1 .");
        assertThat(build[0]).as(build[2]).isEqualTo("0");
        assertThat(build[2]).contains("[builder 3/4] COPY . .");
    }
}
