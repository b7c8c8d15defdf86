package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step marked {@code challenge: true} is shown under a line of its own, in both languages, and {@code progress}
 * counts the challenges solved without a hint or the solution.
 */
class ChallengeStepTest {
    @TempDir
    Path state;
    @TempDir
    Path lessons;

    @BeforeEach
    void aLessonEndingInAChallenge() throws Exception {
        Files.writeString(lessons.resolve("01-tags.yaml"), """
                id: tags
                title: {ko: 태그, en: Tags}
                steps:
                  - id: pull
                    text: {ko: busybox를 받으세요., en: Pull busybox.}
                    hints: [a, b]
                    solution: [docker pull busybox]
                    check: [{image: busybox}]
                  - id: goal
                    challenge: true
                    text: {ko: "busybox에 `mine:1` 이름도 붙여 두세요.", en: "Have busybox known as `mine:1` too."}
                    hints: [the idea, the syntax]
                    solution: [docker tag busybox mine:1]
                    check: [{image: "mine:1"}]
                """);
    }

    private ReplSession session() {
        return new ReplSession(state).lessons(lessons);
    }

    @Test
    void aChallengeIsMarkedAsOneAndAnOrdinaryStepIsNot() throws Exception {
        String screen = session().type("start tags\ndocker pull busybox\nexit\n").screen();
        String first = screen.substring(0, screen.indexOf("docker pull busybox"));
        assertThat(first).doesNotContain("Challenge");
        assertThat(screen.substring(screen.indexOf("step 2 of 2"))).contains(
                "★ Challenge: the goal only, no steps given.");
    }

    @Test
    void theMarkSpeaksKorean() throws Exception {
        String screen = session().locale(Locale.KOREAN).type("start tags\ndocker pull busybox\nexit\n").screen();
        assertThat(screen).contains("★ 도전 과제: 목표만 주어지고 단계는 주어지지 않습니다.");
    }

    @Test
    void aChallengeSolvedWithoutHintsIsCounted() throws Exception {
        String screen = session().type("start tags\ndocker pull busybox\ndocker tag busybox mine:1\nprogress\nexit\n").screen();
        assertThat(screen).contains("Challenges solved without hints: 1 of 1");
    }

    @Test
    void aChallengeSolvedAfterAHintIsNotCounted() throws Exception {
        String screen = session().type("start tags\ndocker pull busybox\nhint\ndocker tag busybox mine:1\nprogress\nexit\n")
                .screen();
        assertThat(screen).contains("Challenges solved without hints: 0 of 1");
    }

    @Test
    void aChallengeSolvedWithTheSolutionIsNotCounted() throws Exception {
        String screen = session().type("start tags\ndocker pull busybox\nsolution run\nprogress\nexit\n").screen();
        assertThat(screen).contains("Challenges solved without hints: 0 of 1");
    }
}
