package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --mutants} over the bundled lessons, as {@code mvn verify} runs it: no near miss of a solution
 * passes a check unless the step lists it as equivalent with a reason, and the near misses are many enough to mean
 * something (the bar: at least 600).
 */
class BundledLessonsMutantsTest {

    @Test
    void noNearMissOfAnySolutionPassesItsCheck() {
        List<Lesson> lessons = LessonLibrary.bundled().lessons();
        List<MutantResult> results = SimulatedValidation.validator().mutateAll(lessons, r -> { });

        assertThat(results).filteredOn(r -> r.outcome() == MutantResult.Outcome.SURVIVED)
                .extracting(r -> "SURVIVED " + r.lesson() + "/" + r.step() + ": " + String.join("; ", r.commands()))
                .isEmpty();
        assertThat(results).as("mutants generated").hasSizeGreaterThanOrEqualTo(600);
        lessons.stream().flatMap(l -> l.steps().stream()).flatMap(s -> s.equivalent().stream())
                .forEach(e -> assertThat(e.reason()).as("reason of equivalent " + e.commands()).isNotNull());
    }
}
