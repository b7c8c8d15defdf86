package io.dockertutor.engine.sim.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.BuildFailure;
import io.dockertutor.engine.BuildRequest;
import io.dockertutor.engine.BuildStep;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HistoryEntry;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.LogOptions;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageBuilderTest {
    @TempDir
    Path dir;
    SimulatedEngine engine;
    List<BuildStep> steps;

    @BeforeEach
    void setUp() {
        engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(dir);
    }

    private String build(String dockerfile, String tag, String target) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        steps = new ArrayList<>();
        return engine.build(BuildRequest.builder(dir).tags(tag == null ? List.of() : List.of(tag)).target(target).build(),
                steps::add);
    }

    private long size(String name) {
        return engine.inspectImage(name).size();
    }

    @Test
    void deletingInALaterRunDoesNotShrinkTheImageButInTheSameRunItDoes() throws Exception {
        build("FROM alpine:3.7\nRUN apk add --no-cache git\nRUN rm -rf /usr/bin/git\n", "later", null);
        build("FROM alpine:3.7\nRUN apk add --no-cache git && rm -rf /usr/bin/git\n", "same", null);
        long base = 4_206_012L;
        assertThat(size("later")).isEqualTo(base + SizeTable.get().packageSize("apk", "git"));
        assertThat(size("same")).isEqualTo(base);
        List<HistoryEntry> later = engine.history("later");
        assertThat(later.get(0).createdBy()).isEqualTo("RUN /bin/sh -c rm -rf /usr/bin/git # buildkit");
        assertThat(later.get(0).size()).isZero();
    }

    @Test
    void apkWithoutNoCacheKeepsItsIndex() throws Exception {
        build("FROM alpine:3.7\nRUN apk add curl\n", "cached", null);
        assertThat(size("cached")).isEqualTo(4_206_012L + SizeTable.get().packageSize("apk", "curl") + SizeTable.get().value("apk", "index"));
    }

    @Test
    void metadataInstructionsMakeNoLayerAndWorkdirOnlyWhenItCreatesTheDirectory() throws Exception {
        build("""
                FROM golang:1.14.1-alpine3.11
                LABEL a=b
                ENV X=1
                WORKDIR /go
                WORKDIR /app
                EXPOSE 8080
                USER nobody
                CMD ["./app"]
                """, "meta", null);
        ImageDetails d = engine.inspectImage("meta");
        assertThat(d.layers()).hasSize(5 + 1);
        assertThat(d.config().workingDir()).isEqualTo("/app");
        assertThat(d.config().env()).contains("X=1");
        assertThat(d.config().labels()).containsEntry("a", "b");
        assertThat(engine.history("meta")).extracting(HistoryEntry::createdBy).startsWith(
                "CMD [\"./app\"]", "USER nobody", "EXPOSE map[8080/tcp:{}]", "WORKDIR /app", "WORKDIR /go", "ENV X=1", "LABEL a=b");
    }

    @Test
    void entrypointDropsTheBaseImagesCmdButNotOneSetInTheStage() throws Exception {
        build("FROM alpine:3.7\nENTRYPOINT [\"top\"]\n", "ep", null);
        assertThat(engine.inspectImage("ep").config().cmd()).isEmpty();
        build("FROM alpine:3.7\nCMD [\"-b\"]\nENTRYPOINT top\n", "ep2", null);
        assertThat(engine.inspectImage("ep2").config().cmd()).containsExactly("-b");
        build("FROM alpine:3.7\nENTRYPOINT top\nCMD [\"-b\"]\n", "ep3", null);
        assertThat(engine.inspectImage("ep3").config().entrypoint()).containsExactly("/bin/sh", "-c", "top");
        assertThat(engine.inspectImage("ep3").config().cmd()).containsExactly("-b");
    }

    @Test
    void changingACopiedFileInvalidatesItsStepAndEverythingAfter() throws Exception {
        String df = "FROM alpine:3.7\nCOPY a.txt /a.txt\nRUN echo x > /x\nCOPY b.txt /b.txt\n";
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b.txt"), "b");
        build(df, "c", null);
        build(df, "c", null);
        assertThat(cached()).containsExactly("[2/4] COPY a.txt /a.txt", "[3/4] RUN echo x > /x", "[4/4] COPY b.txt /b.txt");
        Files.writeString(dir.resolve("b.txt"), "B");
        build(df, "c", null);
        assertThat(cached()).containsExactly("[2/4] COPY a.txt /a.txt", "[3/4] RUN echo x > /x");
        Files.writeString(dir.resolve("a.txt"), "A");
        build(df, "c", null);
        assertThat(cached()).isEmpty();
    }

    private List<String> cached() {
        return steps.stream().filter(BuildStep::cached).map(BuildStep::name).toList();
    }

    @Test
    void targetBuildsOnlyTheStagesItNeedsAndOnlyTheFinalStageBecomesAnImage() throws Exception {
        Files.writeString(dir.resolve("main.go"), "package main\nfunc main() {}\n");
        String df = """
                FROM golang:1.14.1-alpine3.11 AS builder
                COPY main.go .
                RUN go build -o /app main.go
                FROM alpine:3.7 AS unused
                RUN echo never
                FROM alpine:3.7
                COPY --from=builder /app /app
                """;
        build(df, "t", null);
        assertThat(steps).extracting(BuildStep::name).noneMatch(n -> n.contains("unused"));
        build(df, "b", "builder");
        assertThat(steps).extracting(BuildStep::name).noneMatch(n -> n.startsWith("[stage-2"));
        assertThat(engine.inspectImage("b").config().workingDir()).isEqualTo("/go");
        assertThat(engine.listImages(true, Filters.NONE)).hasSize(2);
        assertThatThrownBy(() -> build(df, "x", "nosuch")).isInstanceOf(BuildFailure.class)
                .hasMessage("target stage \"nosuch\" could not be found");
    }

    @Test
    void anUnmodelledGoProgramStillBuildsRunsAndSaysSoInItsLog() throws Exception {
        Files.writeString(dir.resolve("main.go"), "package main\nimport \"fmt\"\nfunc main() { fmt.Println(compute()) }\n");
        build("FROM golang:1.14.1-alpine3.11\nCOPY main.go .\nRUN go build -o /app main.go\nCMD [\"/app\"]\n", "odd", null);
        String id = engine.createContainer(ContainerSpec.of(null, "odd", null));
        engine.startContainer(id);
        assertThat(engine.logs(id, LogOptions.ALL).toString()).contains("cannot model");
    }

    @Test
    void addUnpacksALocalTarArchiveAndDockerignoreKeepsFilesOut() throws Exception {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
            TarArchiveEntry e = new TarArchiveEntry("site/index.html");
            byte[] body = "<h1>hi</h1>\n".getBytes();
            e.setSize(body.length);
            out.putArchiveEntry(e);
            out.write(body);
            out.closeArchiveEntry();
        }
        Files.write(dir.resolve("site.tar"), tar.toByteArray());
        Files.writeString(dir.resolve("secret.env"), "x");
        Files.writeString(dir.resolve(".dockerignore"), "*.env\n");
        build("FROM alpine:3.7\nADD site.tar /srv/\n", "tar", null);
        assertThat(engine.history("tar").get(0).size()).isEqualTo(12);
        assertThatThrownBy(() -> build("FROM alpine:3.7\nCOPY secret.env /\n", "s", null)).isInstanceOf(BuildFailure.class)
                .hasMessageEndingWith(": \"/secret.env\": not found");
    }

    @Test
    void aFailingRunReportsItsStepAndTheDockerfileLine() throws Exception {
        assertThatThrownBy(() -> build("FROM alpine:3.7\nRUN apt-get update\n", null, null))
                .isInstanceOf(BuildFailure.class)
                .hasMessage("process \"/bin/sh -c apt-get update\" did not complete successfully: exit code: 127")
                .satisfies(e -> assertThat(((BuildFailure) e).startLine()).isEqualTo(2));
        assertThat(steps.get(steps.size() - 1).output()).anyMatch(l -> l.endsWith("/bin/sh: apt-get: not found"));
    }

    @Test
    void buildsReadTheWorkspaceOnly() {
        assertThatThrownBy(() -> engine.build(BuildRequest.builder(Path.of("/etc")).build(), s -> { }))
                .isInstanceOf(BuildFailure.class).hasMessage("unable to prepare context: path \"/etc\" not found");
        assertThatThrownBy(() -> engine.build(BuildRequest.builder(dir).dockerfile(Path.of("/etc/passwd")).build(), s -> { }))
                .isInstanceOf(BuildFailure.class);
    }
}
