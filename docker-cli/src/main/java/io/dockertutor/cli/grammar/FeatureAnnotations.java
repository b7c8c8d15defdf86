package io.dockertutor.cli.grammar;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code annotations} block of grammar.yaml: docker/cli's annotations ({@code version}, {@code experimental},
 * {@code ostype}, {@code swarm}, {@code experimentalCLI}) on commands and on their flags, by command path.
 */
final class FeatureAnnotations {
    private final Map<String, Map<String, String>> commands = new HashMap<>();
    private final Map<String, Map<String, Map<String, String>>> flags = new HashMap<>();

    /** Reads the block's entries: {@code source}, {@code commands}, an optional {@code flag}, then the annotations. */
    @SuppressWarnings("unchecked")
    static FeatureAnnotations of(List<Map<String, Object>> entries) {
        FeatureAnnotations out = new FeatureAnnotations();
        for (Map<String, Object> e : entries) {
            Map<String, String> keys = new LinkedHashMap<>();
            e.forEach((k, v) -> {
                if (!List.of("source", "commands", "flag").contains(k)) {
                    keys.put(k, v == null ? "" : String.valueOf(v));
                }
            });
            String flag = (String) e.get("flag");
            for (String path : (List<String>) e.get("commands")) {
                Map<String, String> target = flag == null
                        ? out.commands.computeIfAbsent(path, p -> new LinkedHashMap<>())
                        : out.flags.computeIfAbsent(path, p -> new HashMap<>()).computeIfAbsent(flag, f -> new LinkedHashMap<>());
                target.putAll(keys);
            }
        }
        return out;
    }

    /** The annotations of the command at {@code path}, empty when it has none. */
    Map<String, String> command(String path) {
        return commands.getOrDefault(path, Map.of());
    }

    /** The annotations of {@code --flag} of the command at {@code path}, empty when it has none. */
    Map<String, String> flag(String path, String flag) {
        return flags.getOrDefault(path, Map.of()).getOrDefault(flag, Map.of());
    }

    /** Every annotated flag of the command at {@code path}, by flag name. */
    Map<String, Map<String, String>> flags(String path) {
        return flags.getOrDefault(path, Map.of());
    }
}
