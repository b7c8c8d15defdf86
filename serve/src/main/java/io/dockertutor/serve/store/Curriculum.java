package io.dockertutor.serve.store;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The class's lessons as the database needs them: each lesson's step ids, in order. A learner's progress names the
 * step they are on by its index; this turns it into the step's id, and gives the exports every step, also those a
 * learner never reached.
 *
 * @param steps each lesson's step ids by lesson id, in the lessons' order
 */
public record Curriculum(Map<String, List<String>> steps) {
    public Curriculum {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        steps.forEach((lesson, ids) -> copy.put(lesson, List.copyOf(ids)));
        steps = java.util.Collections.unmodifiableMap(copy);
    }

    /** The lessons of {@code library}. */
    public static Curriculum of(LessonLibrary library) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        for (Lesson lesson : library.lessons()) {
            steps.put(lesson.id(), lesson.steps().stream().map(Step::id).toList());
        }
        return new Curriculum(steps);
    }

    /** The id of step {@code index} of lesson {@code lessonId}; empty past its end or for a lesson it does not have. */
    public Optional<String> stepId(String lessonId, int index) {
        List<String> ids = steps.getOrDefault(lessonId, List.of());
        return index >= 0 && index < ids.size() ? Optional.of(ids.get(index)) : Optional.empty();
    }
}
