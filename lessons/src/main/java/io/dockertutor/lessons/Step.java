package io.dockertutor.lessons;

import io.dockertutor.checker.Assertion;
import io.dockertutor.checker.Text;
import java.util.List;

/**
 * One step of a lesson: what to do ({@code text}, Markdown), help when stuck, the commands that solve it, near
 * misses that must not pass, and the check of the resulting engine state.
 *
 * @param solution commands; one that starts with {@code !} is expected to fail (its status is not checked)
 * @param needs     what the step needs beyond the tutor, e.g. {@code internet} for {@code docker search} on a real engine
 * @param equivalent variants of the solution that {@code validate --mutants} derives and that truly do the same
 *                  thing, so passing the check is right for them
 * @param challenge the text states only the goal, not the commands (a lesson's last step); the tutor marks it and
 *                  {@code progress} counts the challenges solved without hints
 */
public record Step(String id, Text text, List<Text> hints, List<String> solution, List<WrongAttempt> wrong,
                   List<Assertion> check, List<String> needs, int line, List<Equivalent> equivalent, boolean challenge) {
    public Step {
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        wrong = List.copyOf(wrong);
        check = List.copyOf(check);
        needs = List.copyOf(needs);
        equivalent = List.copyOf(equivalent);
    }

    /** A step that is not a challenge, without {@code equivalent:} entries. */
    public Step(String id, Text text, List<Text> hints, List<String> solution, List<WrongAttempt> wrong,
                List<Assertion> check, List<String> needs, int line) {
        this(id, text, hints, solution, wrong, check, needs, line, List.of(), false);
    }

    /** A step that is not a challenge. */
    public Step(String id, Text text, List<Text> hints, List<String> solution, List<WrongAttempt> wrong,
                List<Assertion> check, List<String> needs, int line, List<Equivalent> equivalent) {
        this(id, text, hints, solution, wrong, check, needs, line, equivalent, false);
    }

    /** A step without {@code equivalent:} entries. */
    public Step(String id, Text text, List<Text> hints, List<String> solution, List<WrongAttempt> wrong,
                List<Assertion> check, List<String> needs, int line, boolean challenge) {
        this(id, text, hints, solution, wrong, check, needs, line, List.of(), challenge);
    }

    /**
     * A near miss: commands a learner might type instead, the hint that answers them, and the state they leave
     * ({@code when:}, assertions like a check's) by which the tutor also knows the near miss typed another way
     * ({@code -p 80:8080 nginx} as well as {@code -p 80:8080 nginx:latest}); empty when only the words tell.
     */
    public record WrongAttempt(List<String> commands, Text hint, List<Assertion> when) {
        public WrongAttempt {
            commands = List.copyOf(commands);
            when = when == null ? List.of() : List.copyOf(when);
        }

        /** A near miss told by its words alone. */
        public WrongAttempt(List<String> commands, Text hint) {
            this(commands, hint, List.of());
        }
    }

    /**
     * A mutant of the solution that passes the check because it does the same thing ({@code --name=web} for
     * {@code --name web}), with the author's reason; {@code validate --mutants} counts it as equivalent, not survived.
     */
    public record Equivalent(List<String> commands, Text reason) {
        public Equivalent {
            commands = List.copyOf(commands);
        }
    }
}
