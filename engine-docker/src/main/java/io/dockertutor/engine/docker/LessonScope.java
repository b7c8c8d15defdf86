package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Ownership;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A lesson on a shared real engine sees the engine as if it were empty ({@link Ownership#lessonScope}): listings keep
 * only the session's objects and count the others they leave out, and a volume the lesson names like one of the
 * learner's ({@code nginx_volume}) is the session's own, known to the daemon as {@code nginx_volume-dt1a2b3c} and
 * shown to the learner under the lesson's name, so the learner's volume and its files are never mounted or touched.
 *
 * <p>Volumes created implicitly by {@code docker run -v NAME:/path} are created first with the session's label, and
 * anonymous ones are remembered as the container's, so both count as the session's (remove, prune).
 */
final class LessonScope {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PREDEFINED_NETWORKS = Set.of("bridge", "host", "none");

    private final String sessionId;
    private final String suffix;
    private volatile boolean on;
    private volatile int hidden;
    /** The lesson's volume name to the daemon's, for volumes named like one of the learner's. */
    private final Map<String, String> volumeAliases = new ConcurrentHashMap<>();
    /** Anonymous volumes of the session's containers: unlabelled, yet the session's. */
    private final Set<String> anonymousVolumes = ConcurrentHashMap.newKeySet();

    LessonScope(String sessionId) {
        this.sessionId = sessionId;
        this.suffix = "-dt" + String.format("%06x", sessionId.hashCode() & 0xffffff);
    }

    void on(boolean scoped) {
        this.on = scoped;
    }

    boolean on() {
        return on;
    }

    int hidden() {
        return hidden;
    }

    /** Keeps the listing's entries {@code mine} accepts when scoped, and counts the rest as hidden. */
    <T> List<T> keep(List<T> listing, Predicate<T> mine) {
        if (!on) {
            hidden = 0;
            return listing;
        }
        List<T> out = new ArrayList<>();
        listing.stream().filter(mine).forEach(out::add);
        hidden = listing.size() - out.size();
        return out;
    }

    /** Whether a container, volume or network (the daemon's JSON) is this session's. */
    boolean mine(JsonNode object) {
        return sessionId.equals(ApiJson.stringMap(object.path("Labels")).get(Ownership.SESSION_LABEL));
    }

    boolean mineOrPredefined(JsonNode network) {
        return mine(network) || PREDEFINED_NETWORKS.contains(ApiJson.text(network, "Name"));
    }

    boolean mineVolume(JsonNode volume) {
        return mine(volume) || anonymousVolumes.contains(ApiJson.text(volume, "Name"));
    }

    boolean anonymous(String volume) {
        return anonymousVolumes.contains(volume);
    }

    void anonymousVolumes(List<String> names) {
        anonymousVolumes.addAll(names);
    }

    /**
     * The daemon's name for the volume the lesson calls {@code name}: its own when nobody else has a volume of that
     * name (or the session made it), else the session's alias, decided once; so in a lesson someone else's volume
     * is never found by its name, as on an empty engine ({@code no such volume}, in the lesson's name). {@code foreign}
     * answers whether someone else's volume of that name exists.
     */
    String volume(String name, Predicate<String> foreign) {
        if (!on || name == null || name.isEmpty()) {
            return name;
        }
        String alias = volumeAliases.get(name);
        if (alias != null) {
            return alias;
        }
        if (foreign.test(name)) {
            alias = name + suffix;
            volumeAliases.put(name, alias);
            return alias;
        }
        return name;
    }

    /** {@code volume=NAME} and {@code name=NAME} filters in the daemon's names. */
    Filters filters(Filters filters, String key) {
        if (volumeAliases.isEmpty() || !filters.values().containsKey(key)) {
            return filters;
        }
        Map<String, List<String>> values = new LinkedHashMap<>(filters.values());
        values.put(key, values.get(key).stream().map(v -> volumeAliases.getOrDefault(v, v)).toList());
        return new Filters(values);
    }

    /** The daemon's answer with the session's aliases back under the lesson's names. */
    JsonNode shown(JsonNode answer) {
        if (volumeAliases.isEmpty()) {
            return answer;
        }
        try {
            return JSON.readTree(shown(JSON.writeValueAsString(answer)));
        } catch (IOException e) {
            return answer;
        }
    }

    String shown(String text) {
        String out = text;
        for (Map.Entry<String, String> a : volumeAliases.entrySet()) {
            out = out.replace(a.getValue(), a.getKey());
        }
        return out;
    }

    /** A daemon error with the lesson's names in it. */
    EngineException shown(EngineException e) {
        if (volumeAliases.isEmpty()) {
            return e;
        }
        String message = shown(e.getMessage());
        return message.equals(e.getMessage()) ? e : new EngineException(e.kind(), message);
    }

    /** The label filter that keeps a prune to the session's objects. */
    Filters onlyMine(Filters filters) {
        if (!on) {
            return filters;
        }
        Map<String, List<String>> values = new LinkedHashMap<>(filters.values());
        List<String> labels = new ArrayList<>(values.getOrDefault("label", List.of()));
        labels.add(Ownership.SESSION_LABEL + "=" + sessionId);
        values.put("label", labels);
        return new Filters(values);
    }
}
