package io.dockertutor.lessons;

import io.dockertutor.checker.Verdict;

/**
 * What {@code validate} proves about the {@code when:} states of a step's wrong attempts ({@link Step.WrongAttempt}):
 * the attempt's own commands reach that state (else the tutor would never recognise it), and the solution, typed
 * command by command, never passes through it before its last command (else a learner doing the right thing
 * would be told it is wrong). Both validators, on snapshots and by replay, ask the same two questions.
 */
final class NearMissStates {
    private NearMissStates() {
    }

    /** Why {@code wrong}, just run, does not leave the state its {@code when:} describes; null when it does. */
    static String unreached(LessonRun run, Step.WrongAttempt wrong) {
        if (wrong.when().isEmpty()) {
            return null;
        }
        Verdict v = run.check(wrong.when());
        return v.passed() ? null : "the wrong attempt " + wrong.commands() + " does not leave the state its when: describes: "
                + String.join("; ", v.failures());
    }

    /** Why the state after the solution's command {@code command} (not its last) would be told as a near miss; null when not. */
    static String misfires(LessonRun run, Step step, String command) {
        return NearMiss.byState(step, run).map(wrong -> "the solution, after '" + command + "', leaves the state of the wrong attempt "
                + wrong.commands() + " (its when:): a learner doing the right thing would be told it is wrong").orElse(null);
    }

    /** Whether any wrong attempt of {@code step} is told by its state. */
    static boolean any(Step step) {
        return step.wrong().stream().anyMatch(w -> w.hint() != null && !w.when().isEmpty());
    }
}
