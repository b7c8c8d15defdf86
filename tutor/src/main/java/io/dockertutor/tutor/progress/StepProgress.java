package io.dockertutor.tutor.progress;

/**
 * What a learner did on one step: finished or skipped, hints taken, whether the solution was shown or run, and how
 * many commands it took. A value: each change is a new record, made by {@link Progress} as the learner works.
 *
 * @param done     the step's check passed
 * @param skipped  the learner moved past it without passing it ({@code skip}, or {@code next} after it)
 * @param hints    how many of the step's hints were shown
 * @param solution how much of the solution the learner saw
 * @param attempts commands typed on this step
 */
public record StepProgress(boolean done, boolean skipped, int hints, Solution solution, int attempts) {
    /** How much of the solution the learner saw; later constants imply the earlier ones. */
    public enum Solution { NONE, SHOWN, RUN }

    /** A step nobody has worked on. */
    public static final StepProgress NOT_STARTED = new StepProgress(false, false, 0, Solution.NONE, 0);

    public StepProgress {
        if (hints < 0 || attempts < 0) {
            throw new IllegalArgumentException("counts are never negative: hints " + hints + ", attempts " + attempts);
        }
        if (solution == null) {
            throw new IllegalArgumentException("solution is NONE, SHOWN or RUN, never null");
        }
    }

    StepProgress attempted() {
        return new StepProgress(done, skipped, hints, solution, attempts + 1);
    }

    /** One more hint shown, never more than the step has. */
    StepProgress hintShown(int hintsInStep) {
        return hints < hintsInStep ? new StepProgress(done, skipped, hints + 1, solution, attempts) : this;
    }

    /** Keeps the stronger of two solution marks: running a solution implies having seen it. */
    StepProgress solutionUsed(Solution used) {
        return used.ordinal() > solution.ordinal() ? new StepProgress(done, skipped, hints, used, attempts) : this;
    }

    StepProgress passed() {
        return new StepProgress(true, skipped, hints, solution, attempts);
    }

    /** Moved past: skipped, unless it was passed already. */
    StepProgress passedOver() {
        return done ? this : new StepProgress(done, true, hints, solution, attempts);
    }
}
