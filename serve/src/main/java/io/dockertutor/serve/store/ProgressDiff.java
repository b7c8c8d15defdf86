package io.dockertutor.serve.store;

import io.dockertutor.tutor.progress.LessonProgress;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.StepProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a learner did between two saves of their progress, read from the difference: the REPL needs no hook of its
 * own, it saves as it always does. A save after every command makes each event land at the save that follows it.
 */
final class ProgressDiff {
    /** At most this many events of one kind on one step from one save. */
    static final int MAX_REPEATS = 100;

    private ProgressDiff() {
    }

    /** The events that turn {@code before} into {@code after}, lesson by lesson, in the order they happen in a step. */
    static List<LearnerEvent> events(String learnerId, Instant at, Progress before, Progress after) {
        List<LearnerEvent> events = new ArrayList<>();
        for (Map.Entry<String, LessonProgress> lesson : after.lessons().entrySet()) {
            String lessonId = lesson.getKey();
            LessonProgress was = before.lesson(lessonId);
            LessonProgress is = lesson.getValue();
            boolean opened = after.current().filter(lessonId::equals).isPresent()
                    && before.current().filter(lessonId::equals).isEmpty();
            if (opened || !before.lessons().containsKey(lessonId)) {
                events.add(new LearnerEvent(learnerId, at, EventKind.LESSON_STARTED, lessonId, null));
            }
            for (Map.Entry<String, StepProgress> step : is.steps().entrySet()) {
                stepEvents(events, new LearnerEvent(learnerId, at, null, lessonId, step.getKey()),
                        was.step(step.getKey()), step.getValue());
            }
            if (is.done() && !was.done()) {
                events.add(new LearnerEvent(learnerId, at, EventKind.LESSON_DONE, lessonId, null));
            }
        }
        return events;
    }

    private static void stepEvents(List<LearnerEvent> events, LearnerEvent where, StepProgress was, StepProgress is) {
        repeat(events, where, EventKind.ATTEMPT, is.attempts() - was.attempts());
        repeat(events, where, EventKind.HINT, is.hints() - was.hints());
        if (was.solution() == StepProgress.Solution.NONE && is.solution() == StepProgress.Solution.SHOWN) {
            events.add(kind(where, EventKind.SOLUTION_SHOWN));
        }
        if (was.solution() != StepProgress.Solution.RUN && is.solution() == StepProgress.Solution.RUN) {
            events.add(kind(where, EventKind.SOLUTION_RUN));
        }
        if (is.done() && !was.done()) {
            events.add(kind(where, EventKind.STEP_PASSED));
        } else if (is.skipped() && !was.skipped() && !is.done()) {
            events.add(kind(where, EventKind.STEP_SKIPPED));
        }
    }

    private static void repeat(List<LearnerEvent> events, LearnerEvent where, EventKind kind, int times) {
        // An imported progress brings whole histories at once; the events are for watching the class, not a ledger.
        for (int i = 0; i < Math.min(times, MAX_REPEATS); i++) {
            events.add(kind(where, kind));
        }
    }

    private static LearnerEvent kind(LearnerEvent where, EventKind kind) {
        return new LearnerEvent(where.learnerId(), where.at(), kind, where.lessonId(), where.stepId());
    }
}
