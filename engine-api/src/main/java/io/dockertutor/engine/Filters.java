package io.dockertutor.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code filters} argument of the Engine API: each key with the values given for it, in the order given.
 * {@code docker images -f dangling=true -f reference='nginx*'} becomes {@code {dangling=[true], reference=[nginx*]}}.
 */
public record Filters(Map<String, List<String>> values) {

    public static final Filters NONE = new Filters(Map.of());

    public Filters {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = Collections.unmodifiableMap(copy);
    }

    /** Parses {@code key=value} arguments as the CLI does; a missing {@code =} is an error in Docker's words. */
    public static Filters parse(List<String> args) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("bad format of filter (expected name=value)");
            }
            map.computeIfAbsent(arg.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                    .add(arg.substring(eq + 1).trim());
        }
        return new Filters(map);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public List<String> get(String key) {
        return values.getOrDefault(key, List.of());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Set<String> keys() {
        return values.keySet();
    }
}
