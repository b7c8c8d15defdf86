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
 * @param challenge the text states only the goal, not the commands (a lesson's last step); the tutor marks it and
 *                  {@code progress} counts the challenges solved without hints
 */
public record Step(String id, Text text, List<Text> hints, List<String> solution, List<WrongAttempt> wrong,
                   List<Assertion> check, List<String> needs, int line, boolean challenge) {
    public Step {
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        wrong = List.copyOf(wrong);
        check = List.copyOf(check);
        needs = List.copyOf(needs);
    }

    /** A step that is not a challenge. */
    public Step(String id, Text text, List<Text> hints, List<String> solution, List<WrongAttempt> wrong,
                List<Assertion> check, List<String> needs, int line) {
        this(id, text, hints, solution, wrong, check, needs, line, false);
    }

    /** A near miss: commands a learner might type instead, and the hint that answers them. */
    public record WrongAttempt(List<String> commands, Text hint) {
        public WrongAttempt {
            commands = List.copyOf(commands);
        }
    }
}
