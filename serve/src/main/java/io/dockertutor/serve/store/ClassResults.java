package io.dockertutor.serve.store;

import io.dockertutor.tutor.progress.StepProgress;
import java.time.Instant;
import java.util.List;

/**
 * A class's results: for every learner, every lesson of the class's curriculum (and any other lesson they played),
 * every step and how it stands. What {@link CsvExport} and {@link JUnitXmlExport} write.
 *
 * @param className the class
 * @param at        when it was read
 * @param lessons   one entry per learner and lesson, learners in the order they joined, lessons in the curriculum's
 */
public record ClassResults(String className, Instant at, List<LessonResult> lessons) {
    public ClassResults {
        lessons = List.copyOf(lessons);
    }

    /** How a step stands. */
    public enum Status { DONE, SKIPPED, OPEN }

    /**
     * One learner's lesson.
     *
     * @param seconds time spent on it (the tutor's count: pauses over five minutes left out)
     */
    public record LessonResult(String learnerId, String displayName, String lessonId, long seconds, List<StepResult> steps) {
        public LessonResult {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step of a learner's lesson.
     *
     * @param status   passed, moved past without passing, or not (yet) either
     * @param hints    hints shown
     * @param solution how much of the solution they saw
     * @param attempts commands typed on it
     * @param seconds  from reaching the step to passing or skipping it the first time (to now for the step they are
     *                 on); 0 when not known
     */
    public record StepResult(String stepId, Status status, int hints, StepProgress.Solution solution, int attempts,
                             long seconds) {
        /** Whether the learner did anything on it at all. */
        public boolean started() {
            return status != Status.OPEN || attempts > 0 || hints > 0 || solution != StepProgress.Solution.NONE;
        }
    }
}
