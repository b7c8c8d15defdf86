package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} reports the lint's warnings at file:line:column in the learner's language, above the verdicts
 * and by kind below them; they do not fail it, unless {@code --strict} counts them as errors.
 */
class ValidateLintTest {
    @TempDir
    Path dir;
    Path lesson;

    @BeforeEach
    void aLessonThatPassesButTeachesBadly() throws Exception {
        // The third file of the directory: past the first two lessons, whose texts may show their commands.
        Files.writeString(dir.resolve("01-a.yaml"), "id: a\ntitle: A\nsteps:\n  - {id: s, text: t, hints: [h, i],"
                + " solution: [docker pull busybox], check: [{image: busybox}]}\n");
        Files.copy(dir.resolve("01-a.yaml"), dir.resolve("02-b.yaml"));
        Files.writeString(dir.resolve("02-b.yaml"), Files.readString(dir.resolve("02-b.yaml")).replace("id: a", "id: b"));
        lesson = dir.resolve("03-pull.yaml");
        Files.writeString(lesson, """
                id: pull
                title: {ko: 받기, en: Pull}
                steps:
                  - id: pull
                    text: {ko: "`docker pull busybox`를 입력하세요.", en: "Type `docker pull busybox`."}
                    hints: [docker pull busybox]
                    solution: [docker pull busybox]
                    check: [{image: busybox}]
                """);
    }

    @Test
    void warningsArePlacedAndCountedButDoNotFailValidate() {
        MainRun r = MainRun.of("--lang", "en", "validate", "--lessons", dir.toString());
        assertThat(r.out()).contains(lesson + ":5:18: warning: step 'pull': the Korean text gives away the solution"
                        + " command `docker pull busybox`")
                .contains(lesson + ":6:12: warning: step 'pull' has one hint")
                .contains("PASS pull/pull")
                .contains("lint: 3 warnings (solution in the text: 2, fewer than two hints: 1)");
        assertThat(r.out().indexOf("warning:")).isLessThan(r.out().indexOf("PASS"));
        assertThat(r.status()).isZero();
    }

    @Test
    void strictCountsWarningsAsErrors() {
        MainRun r = MainRun.of("--lang", "en", "validate", "--strict", "--lessons", dir.toString());
        assertThat(r.out()).contains("3 passed, 0 failed").contains("--strict: 3 lint warnings count as errors.");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void warningsSpeakKoreanToAKoreanAuthor() {
        MainRun r = MainRun.of("--lang", "ko", "validate", "--lessons", dir.toString());
        assertThat(r.out()).contains(lesson + ":6:12: 경고: 단계 'pull'의 힌트가 하나뿐입니다.")
                .contains("린트: 경고 3개 (본문에 정답 명령: 2, 힌트 두 개 미만: 1)");
    }

    @Test
    void strictWithoutWarningsPasses() {
        MainRun r = MainRun.of("--lang", "en", "validate", "--strict", "--lessons", dir.toString(), "a");
        assertThat(r.out()).doesNotContain("warning").contains("1 passed, 0 failed");
        assertThat(r.status()).isZero();
    }

    @Test
    void lintShowsTheSameWarningsWithoutValidating() {
        MainRun r = MainRun.of("--lang", "en", "lint", dir.toString());
        assertThat(r.out()).contains(lesson + ":6:12: warning: step 'pull' has one hint").doesNotContain("PASS")
                .endsWith("0 errors, 3 warnings\n");
        assertThat(r.status()).isZero();
    }
}
