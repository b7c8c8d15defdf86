package io.dockertutor.serve.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The teacher's grid at one instant: where each learner of a class is and how it goes there.
 *
 * @param className the class
 * @param at        when it was read
 * @param learners  every learner of the class, in the order they joined
 */
public record ClassSnapshot(String className, Instant at, List<LearnerStatus> learners) {
    public ClassSnapshot {
        learners = List.copyOf(learners);
    }

    /**
     * One learner's row.
     *
     * @param learnerId     the learner
     * @param displayName   their name
     * @param lessonId      the lesson they are in, null in free practice (or before their first lesson)
     * @param stepIndex     the step they are on in it (0-based), null with no lesson
     * @param stepId        that step's id, null when the class's lessons do not have it
     * @param stepsDone     steps passed, over all lessons
     * @param hints         hints shown, over all lessons
     * @param solutions     steps whose solution they saw or ran, over all lessons
     * @param wrongAttempts commands typed on the current step that did not pass it
     * @param stepSince     when they came to the current step (null before the first save)
     * @param lastSeen      when their session last did something
     */
    public record LearnerStatus(String learnerId, String displayName, String lessonId, Integer stepIndex, String stepId,
                                int stepsDone, int hints, int solutions, int wrongAttempts, Instant stepSince,
                                Instant lastSeen) {
        /** How long they have been on the current step at {@code now}; zero with no step. */
        public Duration onStep(Instant now) {
            return lessonId == null || stepSince == null ? Duration.ZERO : Duration.between(stepSince, now);
        }

        /** How long since their session last did something, at {@code now}. */
        public Duration idle(Instant now) {
            return Duration.between(lastSeen, now);
        }
    }

    /** The learners stuck longest on their step first; those in no lesson last, in the order they joined. */
    public List<LearnerStatus> stuckLongestFirst() {
        return learners.stream().sorted(Comparator.comparing((LearnerStatus s) -> s.onStep(at)).reversed()).toList();
    }
}
