package io.dockertutor.lessons.mutants;

import io.dockertutor.cli.grammar.DockerGrammar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The docker command a beginner types instead of the right one, with the same flags and arguments:
 * {@code stop} for {@code kill} and back, {@code restart} for {@code start}, {@code create} for {@code run},
 * {@code stop} for {@code pause} or {@code rm}, {@code start} for {@code unpause}. Only pairs that take the same
 * arguments are listed, so the variant says what the learner meant in the wrong words.
 */
final class ConfusedVerbs {
    private static final Map<String, String> INSTEAD = Map.of(
            "stop", "kill", "kill", "stop", "start", "restart", "restart", "start", "run", "create", "create", "run",
            "pause", "stop", "unpause", "start", "rm", "stop");

    private ConfusedVerbs() {
    }

    /** The variant with the confused verb, when the line's command has one and takes the other's flags. */
    static Optional<DockerMutations.Variant> of(DockerLine line) {
        List<String> w = line.words();
        String path = line.command().path();
        String verb = path.substring(path.lastIndexOf(' ') + 1);
        String other = INSTEAD.get(verb);
        if (other == null) {
            return Optional.empty();
        }
        int at = w.indexOf(verb);
        if (at < 1 || !line.flags().stream().allMatch(f -> accepts(line, f, other))) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(w);
        words.set(at, other);
        if (DockerLine.of(words).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DockerMutations.Variant(String.join(" ", words), "docker " + other + " instead of docker " + verb));
    }

    private static boolean accepts(DockerLine line, DockerLine.Flag f, String other) {
        String prefix = line.command().path().contains(" ") ? line.command().path().substring(0, line.command().path().lastIndexOf(' ') + 1) : "";
        return DockerGrammar.get().command(prefix + other)
                .flatMap(c -> c.longOption(f.option().name())).isPresent();
    }
}
