package io.dockertutor.shell.progress;

/**
 * What a learner did on one step: finished or skipped, hints taken, whether the solution was shown or run, and how
 * many commands it took. Mutable: the REPL counts as the learner works, the store writes a snapshot of it.
 */
public final class StepProgress {
    /** How much of the solution the learner saw. */
    public enum Solution { NONE, SHOWN, RUN }

    public boolean done;
    public boolean skipped;
    public int hints;
    public Solution solution = Solution.NONE;
    public int attempts;

    /** Keeps the stronger of two solution marks: running a solution implies having seen it. */
    public void solution(Solution used) {
        if (used.ordinal() > solution.ordinal()) {
            solution = used;
        }
    }

    StepProgress copy() {
        StepProgress c = new StepProgress();
        c.done = done;
        c.skipped = skipped;
        c.hints = hints;
        c.solution = solution;
        c.attempts = attempts;
        return c;
    }

    void adopt(StepProgress other) {
        done = other.done;
        skipped = other.skipped;
        hints = other.hints;
        solution = other.solution;
        attempts = other.attempts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepProgress s && s.done == done && s.skipped == skipped && s.hints == hints
                && s.solution == solution && s.attempts == attempts;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(done, skipped, hints, solution, attempts);
    }
}
