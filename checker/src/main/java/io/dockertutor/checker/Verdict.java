package io.dockertutor.checker;

import java.util.List;

/**
 * The result of a check: passed, or the reasons it did not, one line each in the learner's language, with the
 * positions (from 0) of the assertions that failed, which is what comparing two engines' verdicts looks at.
 */
public record Verdict(boolean passed, List<String> failures, List<Integer> failedAssertions) {
    public Verdict {
        failures = List.copyOf(failures);
        failedAssertions = List.copyOf(failedAssertions);
    }

    public Verdict(boolean passed, List<String> failures) {
        this(passed, failures, List.of());
    }

    public static Verdict pass() {
        return new Verdict(true, List.of());
    }

    public static Verdict fail(String reason) {
        return new Verdict(false, List.of(reason));
    }

    /** {@code pass}, or {@code fail} with the failed assertions' positions: {@code fail [0, 2]}. */
    public String summary() {
        return passed ? "pass" : "fail " + failedAssertions;
    }
}
