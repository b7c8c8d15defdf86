package io.dockertutor.lessons.mutants;

import java.util.List;

/**
 * One near miss of a step's solution: the commands to run instead of the solution's, and what was changed.
 *
 * @param commands the whole variant, every command of the solution with one changed (or the last one left out),
 *                 each without the solution's {@code !} mark
 * @param change   what differs from the solution, for people: {@code drop -d}, {@code swap -p 8080:80}
 */
public record Mutant(List<String> commands, String change) {
    public Mutant {
        commands = List.copyOf(commands);
    }
}
