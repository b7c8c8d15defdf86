package io.dockertutor.lessons.mutants;

import java.util.ArrayList;
import java.util.List;

/**
 * The near misses of a command written over several lines, in practice a file written with a here-doc
 * ({@code cat > Dockerfile <<'EOF'} ... {@code EOF}): the file without each of its lines, in order (a Dockerfile
 * with no {@code CMD}, no {@code COPY --from}). The first line (the command) and the delimiter stay; blank lines
 * and comments are not dropped, since leaving them out changes nothing.
 */
final class HereDocMutations {
    private HereDocMutations() {
    }

    static List<DockerMutations.Variant> of(String command) {
        List<String> lines = command.lines().toList();
        List<DockerMutations.Variant> out = new ArrayList<>();
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> kept = new ArrayList<>(lines);
            kept.remove(i);
            out.add(new DockerMutations.Variant(String.join("\n", kept), "leave out the line " + line));
        }
        return out;
    }
}
