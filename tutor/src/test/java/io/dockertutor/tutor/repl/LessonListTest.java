package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.command.DisplayWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lessons} and {@code progress} say how each lesson stands one way: done, finished with steps skipped, done
 * with the solution, in progress, played again; lessons that failed to load are named with their problems.
 */
class LessonListTest {
    @TempDir
    Path state;

    private ReplSession session() {
        return new ReplSession(state);
    }

    private static String rowOf(String screen, String id) {
        return screen.lines().filter(l -> l.matches("^. " + id + "  .*")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aLessonPlayedAgainAfterItsEndStaysDoneAndSaysItIsPlayedAgain() throws Exception {
        session().type("start\nsolution run\nsolution run\nsolution run\nexit\n");
        String screen = session().type("start first-image\nlessons\nprogress\nexit\n").screen();
        assertThat(rowOf(screen, "first-image")).startsWith("✓ ").contains("playing it again, on step 1 of 3");
        assertThat(screen).contains("✓ first-image (Your first image): done, 3 steps with the solution; playing it again")
                .doesNotContain("→ first-image");
    }

    @Test
    void aLessonFinishedBySkippingIsToldApartFromOneDone() throws Exception {
        String screen = session().type("start first-image\nskip\nskip\nskip\nlessons\nprogress\nexit\n").screen();
        assertThat(rowOf(screen, "first-image")).startsWith("» ").endsWith("finished with 3 of 3 steps skipped");
        assertThat(screen).contains("» first-image (Your first image): finished with 3 of 3 steps skipped;")
                .doesNotContain("✓ first-image").contains("» finished with steps skipped");
    }

    @Test
    void aStepPassedOnlyAfterTheSolutionIsCountedSoAndTheOthersAsTheLearnersOwn() throws Exception {
        String screen = session().type("start first-image\ndocker pull nginx\nsolution\ndocker tag nginx my-web:v1\n"
                + "skip\nlessons\nexit\n").screen();
        assertThat(rowOf(screen, "first-image")).startsWith("» ")
                .endsWith("finished with 1 of 3 steps skipped, 1 step with the solution");
    }

    @Test
    void theLessonsTableLinesUpItsColumnsByDisplayWidthInKorean() throws Exception {
        String screen = session().locale(Locale.KOREAN).type("start first-image\nlessons\nexit\n").screen();
        List<String> rows = List.of(rowOf(screen, "first-image"), rowOf(screen, "removing-images"));
        List<Integer> stepColumns = rows.stream().map(r -> DisplayWidth.of(r.substring(0, r.indexOf("단계") - 1))).toList();
        assertThat(stepColumns.get(0)).isEqualTo(stepColumns.get(1));
        assertThat(rows.get(1)).contains("1단계");
    }

    @Test
    void oneStepIsOneStepNotOneSteps() throws Exception {
        String screen = session().type("lessons\nexit\n").screen();
        assertThat(rowOf(screen, "removing-images")).contains("1 step").doesNotContain("1 steps");
        assertThat(rowOf(screen, "first-image")).contains("3 steps");
    }

    @Test
    void lessonsThatFailToLoadAreNamedAtFileLineColumnAtStartAndInLessons(@TempDir Path dir) throws Exception {
        Files.copy(ReplSession.fixtureLessons().resolve("01-first-image.yaml"), dir.resolve("01-first-image.yaml"));
        Files.writeString(dir.resolve("02-broken.yaml"), "id: broken\ntitle: {en: Broken, ko: 고장}\nsteps: 3\n");
        String screen = session().lessons(dir).type("lessons\nexit\n").screen();
        String problem = dir.resolve("02-broken.yaml") + ":3:";
        assertThat(screen.indexOf(problem)).as("at start").isLessThan(screen.indexOf("$ lessons")).isNotNegative();
        assertThat(screen.substring(screen.indexOf("$ lessons"))).contains("1 problem in the lessons").contains(problem)
                .contains("first-image");
    }

    @Test
    void aDirectoryWhoseLessonsAllFailSaysSoInsteadOfNoLessonsInstalled(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "id: [oops\n");
        String screen = session().lessons(dir).type("lessons\nstart\nexit\n").screen();
        assertThat(screen).contains(dir.resolve("broken.yaml") + ":").contains("No lesson could be loaded")
                .doesNotContain("No lessons are installed");
        String korean = new ReplSession(state.resolve("ko")).locale(Locale.KOREAN).lessons(dir).type("lessons\nexit\n").screen();
        assertThat(korean).contains("레슨에 문제가 1개 있습니다").contains("불러올 수 있는 레슨이 없습니다");
        assertThat(Arrays.stream(screen.split("\n")).filter(l -> l.contains("broken.yaml:")).count()).isGreaterThan(1);
    }
}
