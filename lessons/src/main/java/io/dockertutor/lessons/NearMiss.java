package io.dockertutor.lessons;

import java.util.List;
import java.util.Optional;

/**
 * Which of a step's {@code wrong} attempts with a hint a learner has just made (one without a hint only proves the
 * check strict, and is never told). An attempt is made when the command just typed is
 * its last command and the learner's commands in this step hold all of its commands in order (other commands, a
 * {@code docker ps} to look, may come between): typing one command that a longer attempt also contains is not that
 * attempt yet. When several are made, the longest is the one meant. Commands compare as written, spaces aside and
 * without the {@code !} of a command expected to fail.
 *
 * <pre>{@code
 * NearMiss.made(step, List.of("docker run -d --name calm --restart always nginx:latest"))  // empty
 * }</pre>
 *
 * {@link LessonReader} refuses a step whose own solution, typed command by command, would make one of its hinted
 * wrong attempts before the last command: the learner on the way to the solution would be told it is wrong.
 */
public final class NearMiss {
    private NearMiss() {
    }

    /** The hinted wrong attempt {@code typed} (the learner's commands in this step, the last one just now) has made, if any. */
    public static Optional<Step.WrongAttempt> made(Step step, List<String> typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        List<String> said = typed.stream().map(NearMiss::normalize).toList();
        Step.WrongAttempt best = null;
        for (Step.WrongAttempt wrong : step.wrong()) {
            if (wrong.hint() == null) {
                continue;
            }
            List<String> commands = wrong.commands().stream().map(NearMiss::normalize).toList();
            if (!commands.isEmpty() && commands.get(commands.size() - 1).equals(said.get(said.size() - 1))
                    && inOrder(commands, said) && (best == null || commands.size() > best.commands().size())) {
                best = wrong;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The first wrong attempt of {@code step} told by its state: it has a hint and a {@code when:} that holds in
     * {@code run} now. The tutor tells it after a command that changed something; the validator proves no solution
     * command before the last passes through one.
     */
    public static Optional<Step.WrongAttempt> byState(Step step, LessonRun run) {
        return step.wrong().stream().filter(w -> w.hint() != null && !w.when().isEmpty())
                .filter(w -> run.check(w.when()).passed()).findFirst();
    }

    /**
     * The first wrong attempt the step's solution makes on its way, typed command by command, before its last
     * command: a lesson with one tells a learner doing the right thing that it is wrong.
     */
    static Optional<Step.WrongAttempt> madeOnTheWay(Step step) {
        for (int k = 1; k < step.solution().size(); k++) {
            Optional<Step.WrongAttempt> made = made(step, step.solution().subList(0, k));
            if (made.isPresent()) {
                return made;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code wanted} appears in {@code said} in order, its last element at {@code said}'s end. */
    private static boolean inOrder(List<String> wanted, List<String> said) {
        int i = wanted.size() - 1;
        for (int j = said.size() - 1; j >= 0 && i >= 0; j--) {
            if (said.get(j).equals(wanted.get(i))) {
                i--;
            } else if (i == wanted.size() - 1) {
                return false;
            }
        }
        return i < 0;
    }

    static String normalize(String command) {
        return SolutionCommand.parse(command.strip()).text().strip().replaceAll("\\s+", " ");
    }
}
