package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --mutants} names each near miss that passes a check, counts them all, and fails when any survives. */
class ValidateMutantsTest {
    private static final String LESSON = """
            id: weak
            title: A weak check
            setup: [docker pull busybox]
            steps:
              - id: hello
                text: Run echo hi in a container named hello.
                hints: [h]
                solution: [docker run --name hello busybox echo hi]
                check: [{container: hello, state: exited}]
            """;

    @Test
    void aSurvivingMutantIsNamedAndFailsTheValidation(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("weak.yaml"), LESSON);
        MainRun run = MainRun.of("--lang", "en", "validate", "--mutants", "--lessons", dir.toString());
        assertThat(run.out()).contains("1 passed, 0 failed\n").contains("SURVIVED weak/hello: docker run --name hello busybox\n"
                + "mutants: 6 killed, 1 survived, 0 equivalent\n");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void anEquivalentEntryCoversTheMutantAndTheValidationPasses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("weak.yaml"), LESSON + """
                    equivalent:
                      - command: docker run --name hello busybox
                        reason: {ko: 검사용, en: For the test}
                """);
        MainRun run = MainRun.of("--lang", "en", "validate", "--mutants", "--lessons", dir.toString());
        assertThat(run.out()).doesNotContain("SURVIVED").endsWith("mutants: 6 killed, 0 survived, 1 equivalent\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void theCountsAndSurvivorsAreInKoreanToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("weak.yaml"), LESSON);
        MainRun run = MainRun.of("--lang", "ko", "validate", "--mutants", "--lessons", dir.toString());
        assertThat(run.out()).contains("살아남은 변이 weak/hello: docker run --name hello busybox\n", "변이: 잡힘 6개, 살아남음 1개, 동등 0개\n");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void withoutTheOptionNoMutantRuns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("weak.yaml"), LESSON);
        MainRun run = MainRun.of("--lang", "en", "validate", "--lessons", dir.toString());
        assertThat(run.out()).doesNotContain("mutants:").doesNotContain("SURVIVED");
        assertThat(run.status()).isZero();
    }
}
