package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineEvent;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import java.util.List;
import java.util.Map;

/**
 * moby's {@code daemon/events.Filter}: which events a {@code docker events --filter} lets through. Names of objects
 * match by prefix of their id or name ({@code container=web} also matches {@code web2}), {@code type}, {@code event}
 * and {@code scope} exactly, {@code image} by id or by name with or without its tag, {@code label} all given. Keys it
 * does not know are ignored, as Engine 20.10 does.
 */
record EventFilter(Filters filters) {
    private static final List<String> NAMED = List.of("daemon", "container", "plugin", "volume", "network", "service",
            "node", "secret", "config");

    boolean includes(EngineEvent ev) {
        if (!matchEvent(ev.action()) || !exact("type", ev.type()) || !exact("scope", ev.scope()) || !matchImage(ev)
                || !matchLabels(ev.attributes())) {
            return false;
        }
        for (String type : NAMED) {
            if (!fuzzy(type, ev.actorId()) && !fuzzy(type, ev.attributes().get("name"))) {
                return false;
            }
        }
        return true;
    }

    private boolean matchEvent(String action) {
        boolean prefixes = filters.get("event").stream().anyMatch(v -> List.of("health_status", "exec_create", "exec_start").contains(v));
        return prefixes ? filters.get("event").isEmpty() || filters.get("event").stream().anyMatch(action::startsWith)
                : exact("event", action);
    }

    /** {@code filters.Args.FuzzyMatch}: an exact value or a prefix of it, whatever the event's type. */
    private boolean fuzzy(String key, String source) {
        List<String> values = filters.get(key);
        return values.isEmpty() || source != null && values.stream().anyMatch(source::startsWith);
    }

    private boolean exact(String key, String source) {
        List<String> values = filters.get(key);
        return values.isEmpty() || values.contains(source);
    }

    private boolean matchImage(EngineEvent ev) {
        if (filters.get("image").isEmpty()) {
            return true;
        }
        String name = ev.attributes().getOrDefault(ev.type().equals("image") ? "name" : "image", "");
        return exact("image", ev.actorId()) || exact("image", name) || exact("image", stripTag(ev.actorId()))
                || exact("image", stripTag(name));
    }

    private static String stripTag(String image) {
        return ImageReference.tryParse(image).map(ImageReference::familiarRepository).orElse(image);
    }

    private boolean matchLabels(Map<String, String> attributes) {
        for (String wanted : filters.get("label")) {
            String[] kv = wanted.split("=", 2);
            if (!attributes.containsKey(kv[0]) || kv.length == 2 && !kv[1].equals(attributes.get(kv[0]))) {
                return false;
            }
        }
        return true;
    }
}
