package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.lessons.lint.LintWarning;
import io.dockertutor.lessons.lint.LintWarning.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the lint reports for a lesson that loads: each finding at the file:line:column the author edits. */
class LessonLintTest {
    private static final String LESSON = """
            id: lint-demo
            title: {ko: 린트, en: Lint}
            steps:
              - id: pull
                text:
                  ko: |
                    먼저 이미지를 받습니다.
                    `docker pull nginx:latest`를 입력하세요.
                  en: |
                    Pull the nginx image.
                hints:
                  - {ko: 받기, en: pull}
                solution: [docker pull nginx:latest]
                check:
                  - image: nginx:latest
              - id: look
                text:
                  ko: "이미지의 고유한 값은 **다이제스트(digest)**입니다."
                  en: "The unique value is the **digest**."
                hints: [a, b]
                solution: [docker tag nginx:latest mine:1]
                check:
                  - ran: 'docker\\s+tag'
                    like: docker tag nginx:latest mine:1
              - id: goal
                challenge: true
                text: {ko: 목표만 말합니다., en: Only the goal.}
                hints: [a, b]
                solution: [docker rmi nginx:latest]
                check:
                  - image: nginx:latest
                    absent: true
            """;

    private static List<String> lint(boolean introductory) {
        LessonReader.Result r = new LessonReader().read(LESSON, "demo.yaml", introductory);
        assertThat(r.problems()).filteredOn(p -> !p.warning()).isEmpty();
        return r.lint().stream().map(w -> w.render(Locale.ENGLISH)).toList();
    }

    @Test
    void everyKindIsReportedWhereTheAuthorEdits() {
        assertThat(lint(false)).containsExactly(
                "demo.yaml:8:10: warning: step 'pull': the Korean text gives away the solution command `docker pull nginx:latest`;"
                        + " state the goal, and leave the syntax to the hints and the command to solution",
                "demo.yaml:12:7: warning: step 'pull' has one hint; give at least two, the idea first and then the syntax"
                        + " (the full command is the solution, not a hint)",
                "demo.yaml:23:7: warning: step 'look' is checked only by what was typed or printed (ran:/output:); add a"
                        + " check of the resulting state (container:, image:, volume:, file:, http: ...) where one is possible"
                        + " (a solution that only looks, such as docker version, has none)",
                "demo.yaml:18:24: warning: step 'look': `이미지의 고유한 값은 **다이제스트(digest)**입니다.` shows as literal asterisks,"
                        + " since CommonMark does not close emphasis there; close it before the punctuation, e.g. **다이제스트**(digest)입니다");
    }

    @Test
    void aStepWhoseSolutionOnlyLooksMayBeCheckedByWhatItPrinted() {
        String looking = LESSON.replace("solution: [docker tag nginx:latest mine:1]", "solution: [docker images --digests]");
        List<String> warnings = new LessonReader().read(looking, "demo.yaml", false).lint().stream()
                .map(w -> w.render(Locale.ENGLISH)).toList();
        assertThat(warnings).noneMatch(w -> w.contains("checked only by what was typed"));
    }

    @Test
    void theFirstLessonsMayShowTheirCommandsInTheirText() {
        assertThat(lint(true)).noneMatch(line -> line.contains("gives away"));
    }

    @Test
    void warningsReadInKoreanToo() {
        LintWarning first = new LessonReader().read(LESSON, "demo.yaml").lint().get(0);
        assertThat(first.kind()).isEqualTo(Kind.SOLUTION_IN_TEXT);
        assertThat(first.render(Locale.KOREAN)).isEqualTo("demo.yaml:8:10: 경고: 단계 'pull': 한국어 본문에 정답 명령"
                + " `docker pull nginx:latest`이(가) 그대로 있습니다. 본문에는 목표만 쓰고, 문법은 힌트에, 명령은 solution에 두세요");
    }

    @Test
    void onlyTheFirstTwoLessonsOfALibraryAreExemptFromSolutionsInText() {
        List<String[]> sources = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            sources.add(new String[] {"0" + i + ".yaml", LESSON.replace("id: lint-demo", "id: lesson-" + i)});
        }
        LessonLibrary library = LessonLibrary.of(sources);
        assertThat(library.lint()).filteredOn(w -> w.kind() == Kind.SOLUTION_IN_TEXT).extracting(LintWarning::file)
                .containsExactly("03.yaml");
    }

    @Test
    void aStepMarkedChallengeIsReadAsOne() {
        Lesson lesson = new LessonReader().read(LESSON, "demo.yaml").lesson();
        assertThat(lesson.steps()).extracting(Step::challenge).containsExactly(false, false, true);
    }

    @Test
    void aChallengeThatIsNotTrueOrFalseIsAnError() {
        LessonReader.Result r = new LessonReader().read(LESSON.replace("challenge: true", "challenge: maybe"), "demo.yaml");
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(LessonProblem::toString).contains("demo.yaml:26:16: challenge must be true or false");
    }
}
