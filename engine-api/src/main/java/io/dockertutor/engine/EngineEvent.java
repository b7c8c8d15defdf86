package io.dockertutor.engine;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the daemon's event log ({@code docker events}): what happened ({@code action}) to which object
 * ({@code type}, {@code actorId}) and the attributes the daemon puts on it, e.g. a container's image, name and labels,
 * {@code exitCode} on {@code die}, {@code signal} on {@code kill}.
 *
 * <pre>{@code
 * new EngineEvent("container", "die", id, Map.of("exitCode", "0", "image", "busybox", "name", "web"), "local", now)
 * }</pre>
 */
public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes, String scope,
                          Instant time) {
    public EngineEvent {
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** An event of the local daemon (every event but swarm's). */
    public static EngineEvent local(String type, String action, String actorId, Map<String, String> attributes, Instant time) {
        return new EngineEvent(type, action, actorId, attributes, "local", time);
    }
}
