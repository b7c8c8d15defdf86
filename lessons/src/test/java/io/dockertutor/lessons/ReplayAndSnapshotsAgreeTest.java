package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator's two strategies reach the same verdicts: walking each lesson once with engine snapshots (the
 * simulated engine) and replaying the earlier steps in a fresh engine for every step (a real engine).
 */
class ReplayAndSnapshotsAgreeTest {

    @Test
    void bothStrategiesGiveEveryStepTheSameVerdict() throws Exception {
        List<Lesson> lessons = new ArrayList<>(LessonLibrary.bundled().lessons());
        lessons.addAll(LessonLibrary.load(java.nio.file.Path.of("src/test/resources/fixtures/foreign")).lessons());
        List<String> bySnapshots = verdicts(SimulatedValidation.validator().validateAll(lessons, r -> { }));
        List<String> byReplay = verdicts(SimulatedValidation.replayingValidator().validateAll(lessons, r -> { }));
        assertThat(bySnapshots).hasSize(lessons.stream().mapToInt(l -> l.steps().size()).sum());
        assertThat(bySnapshots).containsExactlyElementsOf(byReplay);
    }

    private static List<String> verdicts(List<LessonValidator.StepResult> results) {
        return results.stream().map(r -> r.lesson() + "/" + r.step() + " " + r.status()).toList();
    }
}
