package io.dockertutor.lessons;

import java.util.List;

/**
 * What one mutant of a step's solution did to the step's check ({@code validate --mutants}): the check failed
 * (killed), passed although the variant is wrong (survived: the check is too weak), or passed and the step lists
 * the variant under {@code equivalent:} (equivalent).
 *
 * @param commands the mutant's commands
 * @param change   what differs from the solution ({@code drop -d})
 */
public record MutantResult(String lesson, String step, List<String> commands, String change, Outcome outcome) {
    public enum Outcome { KILLED, SURVIVED, EQUIVALENT }

    public MutantResult {
        commands = List.copyOf(commands);
    }

    /** The verdict on a mutant whose check {@code passed} or not, given the step's {@code equivalent:} entries. */
    static Outcome of(boolean passed, Step step, List<String> commands) {
        if (!passed) {
            return Outcome.KILLED;
        }
        boolean listed = step.equivalent().stream()
                .anyMatch(e -> io.dockertutor.lessons.mutants.MutantGenerator.sameCommands(e.commands(), commands));
        return listed ? Outcome.EQUIVALENT : Outcome.SURVIVED;
    }
}
