package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson whose {@code files:} and {@code setup:} try the symlink chain of issue 11 (a Dockerfile's
 * {@code RUN ln -s} restored by {@code docker cp}, then a second copy through it) leaves a canary directory
 * outside the workspace unchanged, on {@code validate} and when the tutor starts it.
 */
class HostileLessonTest {
    @TempDir
    Path temp;
    Path canary;
    Map<String, String> before;

    @BeforeEach
    void canary() throws IOException {
        canary = Files.createDirectories(temp.toRealPath().resolve("canary"));
        Files.writeString(canary.resolve("secret.txt"), "secret\n");
        Files.setLastModifiedTime(canary.resolve("secret.txt"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(canary, FileTime.fromMillis(1_000_000_000_000L));
        before = state();
    }

    private Lesson hostile() {
        String yaml = """
                id: hostile
                title: Hostile
                files:
                  Dockerfile: |
                    FROM busybox
                    RUN mkdir -p /d/dir && echo planted > /d/dir/planted.txt && echo planted > /d/dir/secret.txt
                    RUN ln -s CANARY /d/link
                setup:
                  - docker build -q -t box .
                  - docker create --name box box
                  - "!docker cp box:/d ./x"
                  - "!docker cp box:/d/dir/. ./x/link"
                  - "!docker cp box:/d/dir/. x/link/"
                steps:
                  - {id: a, text: A, hints: [h], solution: [docker pull busybox], check: [{image: busybox}]}
                """.replace("CANARY", canary.toString());
        return new LessonReader().read(yaml, "hostile.yaml").lesson();
    }

    @Test
    void validatingAHostileLessonLeavesTheCanaryUnchanged() {
        SimulatedValidation.validator().validateAll(java.util.List.of(hostile()), r -> { });
        SimulatedValidation.replayingValidator().validateAll(java.util.List.of(hostile()), r -> { });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void startingAHostileLessonLeavesTheCanaryUnchanged() throws IOException {
        Path ws = Files.createDirectories(temp.toRealPath().resolve("ws"));
        SimulatedEngine engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(ws);
        new LessonRun(hostile(), engine, ws, Locale.ENGLISH);
        assertThat(Files.isSymbolicLink(ws.resolve("x/link"))).as("the link was never restored").isFalse();
        assertThat(ws.resolve("x/link/planted.txt")).as("the second copy made a plain directory").hasContent("planted");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void lessonFilesAreNeverWrittenThroughALinkLeadingOutside() throws IOException {
        Path ws = Files.createDirectories(temp.toRealPath().resolve("ws"));
        Files.createSymbolicLink(ws.resolve("conf"), canary);
        Lesson lesson = new LessonReader().read("""
                id: through
                title: Through
                files: {conf/secret.txt: "overwritten"}
                steps:
                  - {id: a, text: A, hints: [h], solution: [docker pull busybox], check: [{image: busybox}]}
                """, "through.yaml").lesson();
        SimulatedEngine engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(ws);
        assertThatThrownBy(() -> new LessonRun(lesson, engine, ws, Locale.ENGLISH)).isInstanceOf(IOException.class)
                .hasMessageContaining("lesson file outside the workspace: conf/secret.txt");
        assertThat(state()).isEqualTo(before);
    }

    private Map<String, String> state() {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(canary)) {
            for (Path p : walk.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                state.put(p.toString(), (a.isDirectory() ? "dir" : Files.readString(p)) + " @" + a.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return state;
    }
}
