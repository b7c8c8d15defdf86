package io.dockertutor.tutor.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One lesson's record: finished or not, the step to come back to, seconds spent, and each step's record by id (in
 * the order the learner reached them). A value, like {@link StepProgress}; {@link Progress} makes the changed ones.
 *
 * @param done      the lesson was finished once (its last step passed or skipped); playing it again keeps it so
 * @param stepIndex the step the learner is on (0-based); the step count once the lesson is finished
 * @param seconds   time spent on it, pauses over five minutes not counted
 * @param steps     each step's record by the step's id
 */
public record LessonProgress(boolean done, int stepIndex, long seconds, Map<String, StepProgress> steps) {
    /** A lesson nobody has opened. */
    public static final LessonProgress NOT_STARTED = new LessonProgress(false, 0, 0, Map.of());

    public LessonProgress {
        if (stepIndex < 0 || seconds < 0) {
            throw new IllegalArgumentException("never negative: step " + stepIndex + ", seconds " + seconds);
        }
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    /** The record of step {@code id}; {@link StepProgress#NOT_STARTED} for a step not reached yet. */
    public StepProgress step(String id) {
        return steps.getOrDefault(id, StepProgress.NOT_STARTED);
    }

    /**
     * Where {@code start} opens the lesson again: the step the learner left, or the first once its end was reached
     * (a finished lesson played again resumes where the learner left it, and stays finished meanwhile).
     */
    public int resumeAt(int stepCount) {
        return stepIndex >= stepCount ? 0 : stepIndex;
    }

    /** Whether a finished lesson is being played again: it was opened since its end was reached. */
    public boolean playedAgain(int stepCount) {
        return done && stepIndex < stepCount;
    }

    /**
     * How the lesson's steps stand, steps named in {@code stepIds} (the lesson's steps now) counted once each: a
     * record for a step the lesson no longer has is not counted.
     */
    public Tally tally(List<String> stepIds) {
        int own = 0;
        int withSolution = 0;
        int skipped = 0;
        for (String id : stepIds) {
            StepProgress s = step(id);
            if (s.done()) {
                if (s.solution() == StepProgress.Solution.NONE) {
                    own++;
                } else {
                    withSolution++;
                }
            } else if (s.skipped()) {
                skipped++;
            }
        }
        return new Tally(own, withSolution, skipped, stepIds.size() - own - withSolution - skipped);
    }

    /**
     * Steps by how they stand: passed with the learner's own commands, passed after the solution was shown or run,
     * moved past without passing, and not done yet.
     */
    public record Tally(int own, int withSolution, int skipped, int open) {
    }

    /**
     * How many of the steps named in {@code challengeIds} the learner passed on their own: no hint shown and no
     * solution seen or run.
     */
    public int challengesSolvedAlone(List<String> challengeIds) {
        int n = 0;
        for (String id : challengeIds) {
            StepProgress s = step(id);
            if (s.done() && s.hints() == 0 && s.solution() == StepProgress.Solution.NONE) {
                n++;
            }
        }
        return n;
    }

    /** Whether the learner got past its first step. */
    public boolean begun() {
        return stepIndex > 0;
    }

    public long stepsDone() {
        return steps.values().stream().filter(StepProgress::done).count();
    }

    public int hintsShown() {
        return steps.values().stream().mapToInt(StepProgress::hints).sum();
    }

    public long solutionsUsed() {
        return steps.values().stream().filter(s -> s.solution() != StepProgress.Solution.NONE).count();
    }

    public int attempts() {
        return steps.values().stream().mapToInt(StepProgress::attempts).sum();
    }

    /** The time spent, in minutes begun (a lesson of 61 seconds took 2). */
    public long minutesBegun() {
        return (seconds + 59) / 60;
    }

    LessonProgress withStep(String id, UnaryOperator<StepProgress> change) {
        Map<String, StepProgress> changed = new LinkedHashMap<>(steps);
        changed.put(id, change.apply(step(id)));
        return new LessonProgress(done, stepIndex, seconds, changed);
    }

    LessonProgress at(int index) {
        return new LessonProgress(done, index, seconds, steps);
    }

    LessonProgress studied(long moreSeconds) {
        return new LessonProgress(done, stepIndex, seconds + moreSeconds, steps);
    }

    LessonProgress finished(int stepCount) {
        return new LessonProgress(true, stepCount, seconds, steps);
    }
}
