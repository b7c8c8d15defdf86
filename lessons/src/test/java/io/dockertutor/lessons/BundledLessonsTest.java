package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.checker.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled lessons hold the issue's bars: they load without a problem, each is solvable with strict checks on
 * the simulated engine (this is what {@code mvn verify} proves), and they are written for learners.
 */
class BundledLessonsTest {
    private static final LessonLibrary LIBRARY = LessonLibrary.bundled();

    static Stream<Lesson> lessons() {
        return LIBRARY.lessons().stream();
    }

    @Test
    void theLibraryLoadsWithoutErrorsOrWarnings() {
        assertThat(LIBRARY.problems()).isEmpty();
        assertThat(LIBRARY.lessons()).extracting(Lesson::id).containsExactly("images-and-containers", "search", "pull",
                "layers", "run", "lifecycle", "cleanup", "ports", "files", "build", "small-images");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyStepValidatesOnTheSimulatedEngine(Lesson lesson) throws IOException {
        Map<String, String> pending = pending();
        List<LessonValidator.StepResult> results = SimulatedValidation.validate(lesson);
        assertThat(results).hasSize(lesson.steps().size());
        List<LessonValidator.StepResult> expectedToPass = results.stream()
                .filter(r -> !pending.containsKey(r.lesson() + "/" + r.step())).toList();
        assertThat(SimulatedValidation.failures(expectedToPass)).isEmpty();
        List<String> pendingButPassing = results.stream().filter(r -> pending.containsKey(r.lesson() + "/" + r.step()))
                .filter(r -> r.status() == LessonValidator.StepResult.Status.PASSED).map(r -> r.lesson() + "/" + r.step()).toList();
        assertThat(pendingButPassing).as("steps in pending-steps.txt that pass now: remove their lines").isEmpty();
    }

    /** {@code lesson/step} to the simulator bug it waits for, from {@code pending-steps.txt}. */
    static Map<String, String> pending() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/pending-steps.txt"), StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                out.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyLessonHasThreeToEightStepsWithHintsAndSolutions(Lesson lesson) {
        assertThat(lesson.steps()).hasSizeBetween(3, 8);
        for (Step step : lesson.steps()) {
            assertThat(step.hints()).as(lesson.id() + "/" + step.id() + " hints").isNotEmpty();
            assertThat(step.solution()).as(lesson.id() + "/" + step.id() + " solution").isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyTextIsInKoreanAndEnglish(Lesson lesson) {
        assertBilingual(lesson.id() + " title", lesson.title());
        assertBilingual(lesson.id() + " summary", lesson.summary());
        assertThat(lesson.title().ko()).as(lesson.id() + " title is Korean").containsPattern("\\p{IsHangul}");
        for (Step step : lesson.steps()) {
            assertBilingual(lesson.id() + "/" + step.id() + " text", step.text());
            assertThat(step.text().ko()).as(lesson.id() + "/" + step.id() + " text is Korean").containsPattern("\\p{IsHangul}");
            assertThat(step.text().en()).as(lesson.id() + "/" + step.id() + " text is English").doesNotContainPattern("\\p{IsHangul}");
            step.hints().forEach(h -> assertBilingual(lesson.id() + "/" + step.id() + " hint", h));
            step.wrong().stream().filter(w -> w.hint() != null)
                    .forEach(w -> assertBilingual(lesson.id() + "/" + step.id() + " wrong hint", w.hint()));
        }
    }

    @Test
    void atLeastHalfOfTheStepsListAWrongAttempt() {
        long steps = LIBRARY.lessons().stream().mapToLong(l -> l.steps().size()).sum();
        long withWrong = LIBRARY.lessons().stream().flatMap(l -> l.steps().stream()).filter(s -> !s.wrong().isEmpty()).count();
        assertThat(withWrong * 2).as(withWrong + " of " + steps + " steps have a wrong attempt").isGreaterThanOrEqualTo(steps);
    }

    @Test
    void requiresFollowTheIndexOrder() {
        List<String> ids = LIBRARY.lessons().stream().map(Lesson::id).toList();
        for (Lesson lesson : LIBRARY.lessons()) {
            for (String r : lesson.requires()) {
                assertThat(ids.indexOf(r)).as(lesson.id() + " requires " + r).isLessThan(ids.indexOf(lesson.id()));
            }
        }
    }

    private static void assertBilingual(String what, Text text) {
        assertThat(text).as(what).isNotNull();
        assertThat(text.ko()).as(what + " (ko)").isNotBlank();
        assertThat(text.en()).as(what + " (en)").isNotBlank();
    }
}
