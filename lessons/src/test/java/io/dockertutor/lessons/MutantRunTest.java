package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate --mutants} on the simulator: a weak check lets a near miss survive, an {@code equivalent:} entry
 * covers a variant that truly does the same; the same verdicts whether mutants run from snapshots or by replay.
 */
class MutantRunTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/mutants");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dockertutor.lessons.LessonValidatorTest#strategies")
    void aCheckBlindToTheContainersCommandLetsTheRunWithoutItSurvive(String name, Supplier<LessonValidator> validator) throws IOException {
        Lesson lesson = LessonLibrary.load(FIXTURES.resolve("weak")).lesson("weak").orElseThrow();
        List<MutantResult> results = validator.get().mutateAll(List.of(lesson), r -> { });
        assertThat(results).extracting(r -> String.join("; ", r.commands()), MutantResult::outcome).containsExactly(
                tuple("docker run busybox echo hi", MutantResult.Outcome.KILLED),
                tuple("docker run --name= busybox echo hi", MutantResult.Outcome.KILLED),
                tuple("docker run --name hello-mutant busybox echo hi", MutantResult.Outcome.KILLED),
                tuple("docker run --name hello busybox:mutant echo hi", MutantResult.Outcome.KILLED),
                tuple("docker create --name hello busybox echo hi", MutantResult.Outcome.KILLED),
                tuple("docker run busybox --name hello echo hi", MutantResult.Outcome.KILLED),
                tuple("docker run --name hello busybox", MutantResult.Outcome.SURVIVED));
        assertThat(results).allSatisfy(r -> assertThat(r.lesson() + "/" + r.step()).isEqualTo("weak/hello"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dockertutor.lessons.LessonValidatorTest#strategies")
    void aMutantListedAsEquivalentPassesWithoutSurviving(String name, Supplier<LessonValidator> validator) throws IOException {
        Lesson lesson = LessonLibrary.load(FIXTURES.resolve("equivalent")).lesson("equivalent").orElseThrow();
        List<MutantResult> results = validator.get().mutateAll(List.of(lesson), r -> { });
        assertThat(results).extracting(MutantResult::outcome).doesNotContain(MutantResult.Outcome.SURVIVED);
        assertThat(results).filteredOn(r -> r.outcome() == MutantResult.Outcome.EQUIVALENT)
                .extracting(MutantResult::commands).containsExactly(List.of("docker run --name quiet busybox"));
    }
}
