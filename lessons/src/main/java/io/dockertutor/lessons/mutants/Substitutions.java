package io.dockertutor.lessons.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The near misses inside a command substitution: {@code docker rm $(docker ps -aq -f exited=1)} with each variant
 * of {@code docker ps -aq -f exited=1} in its place ({@code -a} dropped, {@code exited=10001}...), so the filter a
 * step teaches is tested as strictly as a flag typed directly. Only a substitution without nested parentheses.
 */
final class Substitutions {
    private static final Pattern INNER = Pattern.compile("\\$\\(([^()`]*)\\)");

    private Substitutions() {
    }

    static List<DockerMutations.Variant> of(String command, Function<String, List<DockerMutations.Variant>> variants) {
        List<DockerMutations.Variant> out = new ArrayList<>();
        Matcher m = INNER.matcher(command);
        while (m.find()) {
            for (DockerMutations.Variant v : variants.apply(m.group(1).strip())) {
                String changed = command.substring(0, m.start(1)) + v.command() + command.substring(m.end(1));
                out.add(new DockerMutations.Variant(changed, v.change() + " inside $(...)"));
            }
        }
        return out;
    }
}
