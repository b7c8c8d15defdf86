package io.dockertutor.checker;

import java.util.List;

/** The result of a check: passed, or the reasons it did not, one line each in the learner's language. */
public record Verdict(boolean passed, List<String> failures) {
    public Verdict {
        failures = List.copyOf(failures);
    }

    public static Verdict pass() {
        return new Verdict(true, List.of());
    }

    public static Verdict fail(String reason) {
        return new Verdict(false, List.of(reason));
    }
}
