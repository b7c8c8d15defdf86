package io.dockertutor.lessons.mutants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives the near misses of a step's solution: for each command, its variants (docker commands through the CLI's
 * grammar, {@link DockerMutations}; others by their ports and paths, {@link ShellMutations}) with every other
 * command kept (a here-doc without each of its lines, {@link HereDocMutations}; the docker command inside
 * {@code $(...)} mutated, {@link Substitutions}); then, for a solution of several commands, the solution without
 * each one of them, the last first. A variant that
 * comes out twice, or the same as the solution, is given once or not at all.
 *
 * <pre>{@code
 * MutantGenerator.of(List.of("docker run -d --name web nginx:latest"));
 * // [docker run --name web nginx:latest] (run in the foreground (drop -d)), [docker run -d nginx:latest] (drop --name web), ...
 * }</pre>
 */
public final class MutantGenerator {
    private MutantGenerator() {
    }

    /** The mutants of {@code solution} as a lesson writes it ({@code !command} allowed). */
    public static List<Mutant> of(List<String> solution) {
        List<String> commands = solution.stream().map(MutantGenerator::unmarked).toList();
        Map<List<String>, Mutant> out = new LinkedHashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            for (DockerMutations.Variant v : variants(commands.get(i))) {
                List<String> mutant = new ArrayList<>(commands);
                mutant.set(i, v.command());
                out.putIfAbsent(mutant, new Mutant(mutant, v.change()));
            }
        }
        for (int i = commands.size() - 1; commands.size() > 1 && i >= 0; i--) {
            List<String> shorter = new ArrayList<>(commands);
            shorter.remove(i);
            out.putIfAbsent(shorter, new Mutant(shorter, i == commands.size() - 1 ? "drop the last command" : "skip command " + (i + 1)));
        }
        out.keySet().removeIf(m -> sameCommands(m, commands));
        return List.copyOf(out.values());
    }

    /** Whether two lists of commands are the same but for spacing and {@code !} marks, as an {@code equivalent:} entry is matched. */
    public static boolean sameCommands(List<String> a, List<String> b) {
        return a.size() == b.size() && a.stream().map(MutantGenerator::normal).toList().equals(b.stream().map(MutantGenerator::normal).toList());
    }

    private static String normal(String command) {
        return String.join(" ", SolutionWords.texts(SolutionWords.split(unmarked(command))));
    }

    private static String unmarked(String command) {
        return command.startsWith("!") ? command.substring(1).strip() : command.strip();
    }

    private static List<DockerMutations.Variant> variants(String command) {
        if (command.contains("\n")) {
            return HereDocMutations.of(command);
        }
        List<SolutionWords.Word> words = SolutionWords.split(command);
        var line = SolutionWords.simple(words) ? DockerLine.of(SolutionWords.texts(words)) : Optional.<DockerLine>empty();
        List<DockerMutations.Variant> out = new ArrayList<>(line.isPresent() ? DockerMutations.of(line.get()) : ShellMutations.of(words));
        out.addAll(Substitutions.of(command, MutantGenerator::variants));
        return out;
    }
}
