package io.dockertutor.serve.store;

import io.dockertutor.tutor.progress.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small curriculum for the tests, and a learner walking it as the tutor records it. */
final class Lessons {
    static final Curriculum CURRICULUM = curriculum();

    private Lessons() {
    }

    private static Curriculum curriculum() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put("images", List.of("list", "pull", "remove"));
        steps.put("ports", List.of("publish", "expose"));
        return new Curriculum(steps);
    }

    /** Opens {@code lesson} at its first step, as {@code start} does. */
    static void start(Progress p, String lesson) {
        p.opened(lesson, 0);
    }

    /** Types {@code wrong} commands that fail the step and one that passes it, then moves on to the next step. */
    static void solve(Progress p, String lesson, int index, int wrong) {
        String step = CURRICULUM.stepId(lesson, index).orElseThrow();
        for (int i = 0; i <= wrong; i++) {
            p.attempted(lesson, step);
        }
        p.passed(lesson, step);
        int steps = CURRICULUM.steps().get(lesson).size();
        if (index + 1 == steps) {
            p.finished(lesson, steps);
        } else {
            p.movedTo(lesson, index + 1);
        }
    }
}
