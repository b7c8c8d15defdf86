package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated engine's containers, found as the daemon finds them: by full id, by name (with or without the
 * leading slash), or by a unique id prefix. Lookups by name are O(1), so 10,000 containers stay fast.
 */
final class ContainerStore {
    private final Map<String, SimContainer> byId;
    private final Map<String, SimContainer> byName;

    ContainerStore() {
        this(new LinkedHashMap<>(), new HashMap<>());
    }

    private ContainerStore(Map<String, SimContainer> byId, Map<String, SimContainer> byName) {
        this.byId = byId;
        this.byName = byName;
    }

    ContainerStore copy() {
        ContainerStore copy = new ContainerStore();
        for (SimContainer c : byId.values()) {
            copy.add(c.copy());
        }
        return copy;
    }

    Collection<SimContainer> all() {
        return byId.values();
    }

    int size() {
        return byId.size();
    }

    void add(SimContainer c) {
        byId.put(c.id, c);
        byName.put(c.name, c);
    }

    void remove(SimContainer c) {
        byId.remove(c.id);
        byName.remove(c.name);
    }

    void rename(SimContainer c, String newName) {
        byName.remove(c.name);
        c.name = newName;
        byName.put(newName, c);
    }

    boolean nameTaken(String name) {
        return byName.containsKey(name);
    }

    Optional<SimContainer> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Optional<SimContainer> find(String ref) {
        if (ref == null || ref.isEmpty()) {
            return Optional.empty();
        }
        SimContainer exact = byId.get(ref);
        if (exact != null) {
            return Optional.of(exact);
        }
        SimContainer named = byName.get(ref.startsWith("/") ? ref.substring(1) : ref);
        if (named != null) {
            return Optional.of(named);
        }
        List<SimContainer> prefixed = new ArrayList<>();
        for (SimContainer c : byId.values()) {
            if (c.id.startsWith(ref)) {
                prefixed.add(c);
            }
        }
        if (prefixed.size() > 1) {
            throw EngineException.badRequest("multiple IDs found with provided prefix: " + ref);
        }
        return prefixed.isEmpty() ? Optional.empty() : Optional.of(prefixed.get(0));
    }

    SimContainer get(String ref) {
        return find(ref).orElseThrow(() -> EngineException.notFound("No such container: " + ref));
    }
}
