package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.checker.Text;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A near miss is told when the learner has made the whole wrong attempt, never on the way to the solution. */
class NearMissTest {
    private static final Step.WrongAttempt ALWAYS = new Step.WrongAttempt(List.of(
            "docker run -d --name calm --restart always nginx", "docker stop calm", "sudo systemctl restart docker"),
            Text.of("use unless-stopped"));
    private static final Step.WrongAttempt TYPO = new Step.WrongAttempt(List.of("!docker pull ngnix"), Text.of("spelling"));
    private static final Step STEP = new Step("s", Text.of("t"), List.of(), List.of(
            "docker run -d --name calm --restart unless-stopped nginx", "docker stop calm", "sudo systemctl restart docker"),
            List.of(ALWAYS, TYPO), List.of(), List.of(), 1);

    @Test
    void oneCommandALongerAttemptAlsoHoldsIsNotThatAttemptYet() {
        assertThat(NearMiss.made(STEP, List.of("docker stop calm"))).isEmpty();
        assertThat(NearMiss.made(STEP, List.of("docker run -d --name calm --restart always nginx"))).isEmpty();
    }

    @Test
    void theWholeAttemptInOrderWithLookingBetweenIsMade() {
        assertThat(NearMiss.made(STEP, List.of("docker run -d  --name calm --restart always nginx", "docker ps",
                "docker stop calm", "docker ps -a", "sudo systemctl restart docker"))).contains(ALWAYS);
    }

    @Test
    void theAttemptMustEndWithTheCommandJustTyped() {
        assertThat(NearMiss.made(STEP, List.of("docker run -d --name calm --restart always nginx", "docker stop calm",
                "sudo systemctl restart docker", "docker ps"))).isEmpty();
        assertThat(NearMiss.made(STEP, List.of("docker stop calm", "docker run -d --name calm --restart always nginx",
                "sudo systemctl restart docker"))).isEmpty();
    }

    @Test
    void aCommandExpectedToFailMatchesWithoutItsMark() {
        assertThat(NearMiss.made(STEP, List.of("docker pull ngnix"))).contains(TYPO);
    }

    static Stream<Step> bundledSteps() {
        return LessonLibrary.bundled().lessons().stream().flatMap(l -> l.steps().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledSteps")
    void inEveryBundledStepTheSolutionTypedCommandByCommandMakesNoNearMiss(Step step) {
        for (int k = 1; k < step.solution().size(); k++) {
            assertThat(NearMiss.made(step, step.solution().subList(0, k)))
                    .as(step.id() + " after " + step.solution().subList(0, k)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledSteps")
    void inEveryBundledStepEachWrongAttemptTypedIsToldWithItsOwnHint(Step step) {
        for (Step.WrongAttempt wrong : step.wrong()) {
            if (wrong.hint() != null) {
                assertThat(NearMiss.made(step, wrong.commands()).map(Step.WrongAttempt::hint))
                        .as(step.id() + " " + wrong.commands()).contains(wrong.hint());
            }
        }
    }
}
