package io.dockertutor.lessons.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The near misses of a command that is not a plain docker command ({@code curl}, {@code cat}, a redirection, a
 * pipeline): each port changed ({@code curl 127.0.0.1:8080}) and, for curl, left out (port 80), each path changed (a word with a {@code /}, the
 * target of a redirection, a file named to {@code cat} or {@code ls}). Flags and the words of {@code $(...)} and
 * quotes are left alone: without a grammar nothing says what they mean.
 */
final class ShellMutations {
    /** Programs whose arguments are paths. */
    private static final Set<String> FILE_PROGRAMS = Set.of("cat", "ls", "head", "tail", "less", "more", "rm", "touch", "mkdir");

    private ShellMutations() {
    }

    static List<DockerMutations.Variant> of(List<SolutionWords.Word> words) {
        List<DockerMutations.Variant> out = new ArrayList<>();
        String program = null;
        boolean redirect = false;
        for (int i = 0; i < words.size(); i++) {
            SolutionWords.Word word = words.get(i);
            if (word.operator()) {
                redirect = word.text().contains(">") || word.text().contains("<");
                program = redirect ? program : null;
                continue;
            }
            String w = word.text();
            if (program == null && !redirect) {
                program = w;
                continue;
            }
            if (word.plain() && !w.startsWith("-")) {
                Optional<String> port = FreshValues.portIn(w);
                boolean path = redirect || w.contains("/") || FILE_PROGRAMS.contains(program);
                Optional<String> fresh = port.isPresent() ? port : path ? Optional.of(FreshValues.name(w)) : Optional.empty();
                int at = i;
                fresh.ifPresent(v -> {
                    List<String> changed = new ArrayList<>(SolutionWords.texts(words));
                    changed.set(at, v);
                    out.add(new DockerMutations.Variant(String.join(" ", changed), "change " + w));
                });
                boolean curl = "curl".equals(program);
                FreshValues.withoutPort(w).filter(v -> curl).ifPresent(v -> {
                    List<String> changed = new ArrayList<>(SolutionWords.texts(words));
                    changed.set(at, v);
                    out.add(new DockerMutations.Variant(String.join(" ", changed), "leave the port out of " + w));
                });
            }
            redirect = false;
        }
        return out;
    }
}
