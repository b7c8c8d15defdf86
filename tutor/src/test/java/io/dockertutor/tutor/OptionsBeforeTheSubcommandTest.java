package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker-tutor OPTIONS SUBCOMMAND} means the same as {@code docker-tutor SUBCOMMAND OPTIONS}: every session
 * option and {@code --lessons} given before the subcommand applies to it; the subcommand's own value wins.
 */
class OptionsBeforeTheSubcommandTest {
    @TempDir
    Path dir;
    Path lessons;
    Path workspace;

    @BeforeEach
    void aTeachersLessonAndAWorkspace() throws Exception {
        lessons = Files.createDirectory(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("mine.yaml"), """
                id: mine
                title: {ko: 내 레슨, en: My lesson}
                steps:
                  - {id: pull, text: t, hints: [h], solution: [docker pull busybox], check: [{image: busybox}]}
                """);
        workspace = Files.createDirectory(dir.resolve("ws"));
        Files.writeString(workspace.resolve("marker.txt"), "here\n");
        Files.writeString(dir.resolve("script.txt"), "ls\n");
    }

    @Test
    void lessonsBeforeValidateValidatesThoseLessons() {
        MainRun r = MainRun.of("--lessons", lessons.toString(), "validate");
        assertThat(r.out()).contains("PASS mine/pull").contains("1 passed, 0 failed");
        assertThat(r.status()).isZero();
    }

    @Test
    void lessonsBeforeLessonsListsThoseLessons() {
        MainRun r = MainRun.of("--lang", "en", "--lessons", lessons.toString(), "lessons");
        assertThat(r.out()).startsWith("mine  My lesson");
    }

    @Test
    void lessonsBeforeLintLintsThoseLessons() throws Exception {
        Files.writeString(lessons.resolve("broken.yaml"), "id: broken\n");
        MainRun r = MainRun.of("--lessons", lessons.toString(), "lint");
        assertThat(r.out()).contains(lessons.resolve("broken.yaml") + ":1:1: a lesson needs a title");
    }

    @Test
    void theSubcommandsOwnLessonsWin() {
        MainRun r = MainRun.of("--lang", "en", "--lessons", dir.resolve("nowhere").toString(), "lessons", "--lessons",
                lessons.toString());
        assertThat(r.out()).startsWith("mine  My lesson");
    }

    @Test
    void workspaceBeforeRunRunsThere() {
        MainRun r = MainRun.of("--workspace", workspace.toString(), "run", dir.resolve("script.txt").toString());
        assertThat(r.out()).isEqualTo("marker.txt\n");
    }

    @Test
    void engineBeforeRunIsTheEngineUsed() {
        MainRun r = MainRun.of("--lang", "en", "--engine", "bogus", "run", dir.resolve("script.txt").toString());
        assertThat(r.err()).isEqualTo("docker-tutor: unknown engine 'bogus'. Use sim or docker.\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void catalogBeforeRunIsTheCatalogLoaded() {
        MainRun r = MainRun.of("--lang", "en", "--catalog", dir.resolve("no-catalog.yaml").toString(), "--workspace",
                workspace.toString(), "run", dir.resolve("script.txt").toString());
        assertThat(r.err()).startsWith("docker-tutor: the image catalog cannot be loaded");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void langBeforeLessonsIsTheLanguageShown() {
        MainRun r = MainRun.of("--lang", "ko", "--lessons", lessons.toString(), "lessons");
        assertThat(r.out()).startsWith("mine  내 레슨");
    }

    @Test
    void everySessionOptionGivenOutsideFillsWhatTheSubcommandLeftOut() {
        SessionOptions outer = new SessionOptions();
        outer.lang = "ko";
        outer.engine = "docker";
        outer.catalog = Path.of("c.yaml");
        outer.workspace = Path.of("ws");
        outer.noColor = true;
        outer.allowForeign = true;
        SessionOptions merged = new SessionOptions().over(outer);
        assertThat(merged).usingRecursiveComparison().isEqualTo(outer);
    }

    @Test
    void theSubcommandsOwnSessionOptionsWinAndTheEngineDefaultsToSim() {
        SessionOptions outer = new SessionOptions();
        outer.engine = "docker";
        outer.workspace = Path.of("outer");
        SessionOptions inner = new SessionOptions();
        inner.engine = "sim";
        inner.workspace = Path.of("inner");
        assertThat(inner.over(outer).engine).isEqualTo("sim");
        assertThat(inner.over(outer).workspace).isEqualTo(Path.of("inner"));
        assertThat(new SessionOptions().over(null).engine).isEqualTo("sim");
    }
}
