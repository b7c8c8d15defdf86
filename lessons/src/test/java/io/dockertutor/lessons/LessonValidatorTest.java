package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator refuses every kind of unsound step, with the same reasons whichever strategy it uses. */
class LessonValidatorTest {
    private static final String PULL_ERROR = "Error response from daemon: pull access denied for nosuchimage, repository does not exist "
            + "or may require 'docker login': denied: requested access to the resource is denied";

    static Stream<Arguments> strategies() {
        return Stream.of(Arguments.of("snapshots", (Supplier<LessonValidator>) SimulatedValidation::validator),
                Arguments.of("replay", (Supplier<LessonValidator>) SimulatedValidation::replayingValidator));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void everyUnsoundStepFailsWithItsReason(String name, Supplier<LessonValidator> validator) throws IOException {
        Lesson lesson = LessonLibrary.load(Path.of("src/test/resources/fixtures/unsound")).lesson("unsound").orElseThrow();
        List<LessonValidator.StepResult> results = validator.get().validateAll(List.of(lesson), r -> { });
        assertThat(results).extracting(LessonValidator.StepResult::status).containsOnly(LessonValidator.StepResult.Status.FAILED);
        assertThat(results).extracting(LessonValidator.StepResult::reason).containsExactly(
                "the check passes before the solution (too weak)",
                "the wrong attempt [docker tag busybox mine:1, docker images] passes the check",
                "the check fails after the solution: expected an image mine:3, but there is none",
                "the wrong attempt [docker tag busybox mine:6] does not leave the state its when: describes: "
                        + "expected an image mine:7, but there is none",
                "the solution, after 'docker tag busybox mine:8', leaves the state of the wrong attempt "
                        + "[docker tag busybox:latest mine:8] (its when:): a learner doing the right thing would be told it is wrong",
                "solution command 'docker pull nosuchimage' exited 1: " + PULL_ERROR,
                "step 'solution-fails' solution 'docker pull nosuchimage' exited 1 on the way to this step: " + PULL_ERROR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aFailingSetupFailsEveryStep(String name, Supplier<LessonValidator> validator) {
        Lesson lesson = new LessonReader().read("""
                id: broken-setup
                title: Broken setup
                setup: [docker pull nosuchimage]
                steps:
                  - {id: a, text: A, hints: [h], solution: [docker pull busybox], check: [{image: busybox}]}
                """, "broken-setup.yaml").lesson();
        List<LessonValidator.StepResult> results = validator.get().validateAll(List.of(lesson), r -> { });
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(LessonValidator.StepResult.Status.FAILED);
            assertThat(r.reason()).startsWith("setup command 'docker pull nosuchimage' exited 1");
        });
    }
}
