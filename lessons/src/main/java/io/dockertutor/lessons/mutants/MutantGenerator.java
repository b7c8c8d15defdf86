package io.dockertutor.lessons.mutants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the near misses of a step's solution: for each command, its variants (docker commands through the CLI's
 * grammar, {@link DockerMutations}; others by their ports and paths, {@link ShellMutations}) with every other
 * command kept; then, for a solution of several commands, the solution without its last command. A variant that
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
        if (commands.size() > 1) {
            List<String> shorter = commands.subList(0, commands.size() - 1);
            out.putIfAbsent(shorter, new Mutant(shorter, "drop the last command"));
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
        List<SolutionWords.Word> words = SolutionWords.split(command);
        if (SolutionWords.simple(words)) {
            var line = DockerLine.of(SolutionWords.texts(words));
            if (line.isPresent()) {
                return DockerMutations.of(line.get());
            }
        }
        return ShellMutations.of(words);
    }
}
