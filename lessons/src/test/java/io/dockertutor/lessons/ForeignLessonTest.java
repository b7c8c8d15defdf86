package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.checker.Assertion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A lesson written by someone else, from the public format alone, loads from a teacher's directory and
 * validates on the simulated engine with no change to the tutor; it uses every kind of assertion.
 */
class ForeignLessonTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/foreign");

    @Test
    void aTeachersLessonUsingEveryAssertionValidates() throws IOException {
        LessonLibrary library = LessonLibrary.load(DIR);
        assertThat(library.problems()).isEmpty();
        Lesson lesson = library.lesson("redis-cache").orElseThrow();
        List<LessonValidator.StepResult> results = SimulatedValidation.validate(lesson);
        assertThat(SimulatedValidation.failures(results)).isEmpty();
        assertThat(results).hasSize(lesson.steps().size());
    }

    @Test
    void theLessonUsesEveryAssertionKind() throws IOException {
        Lesson lesson = LessonLibrary.load(DIR).lesson("redis-cache").orElseThrow();
        Set<Class<?>> kinds = new HashSet<>();
        lesson.steps().forEach(s -> s.check().forEach(a -> collect(a, kinds)));
        assertThat(kinds).containsExactlyInAnyOrder(Assertion.class.getPermittedSubclasses());
    }

    private static void collect(Assertion a, Set<Class<?>> kinds) {
        kinds.add(a.getClass());
        if (a instanceof Assertion.Not n) {
            collect(n.inner(), kinds);
        } else if (a instanceof Assertion.AnyOf any) {
            any.options().forEach(o -> collect(o, kinds));
        }
    }
}
