package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineEvent;
import io.dockertutor.engine.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The simulated daemon's event log, written by every operation with the attributes moby's {@code daemon/events.go}
 * puts on each: a container's labels, image and name (plus {@code exitCode}, {@code signal}, {@code oldName} where the
 * daemon adds them), a volume's driver, a network's name and type, an image's reference. Like the daemon it keeps the
 * last 256 events, and it is history: restoring a snapshot (undo) does not take events back.
 */
final class EventLog {
    private static final int LIMIT = 256;
    private final List<EngineEvent> events = new ArrayList<>();
    private final Supplier<Instant> clock;
    private Instant last = Instant.EPOCH;

    EventLog(Supplier<Instant> clock) {
        this.clock = clock;
    }

    void container(SimContainer c, String action) {
        container(c, action, Map.of());
    }

    /** moby's {@code LogContainerEventWithAttributes}: the given attributes, then labels, image and name over them. */
    void container(SimContainer c, String action, Map<String, String> extra) {
        Map<String, String> attributes = new LinkedHashMap<>(extra);
        attributes.putAll(c.labels);
        if (!c.imageName.isEmpty()) {
            attributes.put("image", c.imageName);
        }
        attributes.put("name", c.name);
        log("container", action, c.id, attributes);
    }

    void image(String id, String name, String action) {
        log("image", action, id, name.isEmpty() ? Map.of() : Map.of("name", name));
    }

    void volume(String name, String action, Map<String, String> attributes) {
        log("volume", action, name, attributes);
    }

    void network(String id, String name, String driver, String action, Map<String, String> extra) {
        Map<String, String> attributes = new LinkedHashMap<>(extra);
        attributes.put("name", name);
        attributes.put("type", driver);
        log("network", action, id, attributes);
    }

    /** Events at or after {@code since} and at or before {@code until} (any when null) that the filters let through. */
    List<EngineEvent> between(Instant since, Instant until, Filters filters) {
        if (since != null && until != null && until.isBefore(since)) {
            throw io.dockertutor.engine.EngineException.badRequest("`since` time (" + form(since)
                    + ") cannot be after `until` time (" + form(until) + ")");
        }
        EventFilter filter = new EventFilter(filters);
        return events.stream().filter(e -> (since == null || !e.time().isBefore(since)) && (until == null || !e.time().isAfter(until)))
                .filter(filter::includes).toList();
    }

    /** A time as the CLI sends it in the query, {@code seconds.nanoseconds}. */
    private static String form(Instant t) {
        return t.getEpochSecond() + "." + String.format("%09d", t.getNano());
    }

    private void log(String type, String action, String id, Map<String, String> attributes) {
        // never earlier than the event before (a clock set back by a restored snapshot's time must not reorder them)
        Instant now = clock.get();
        last = now.isAfter(last) ? now : last;
        if (events.size() == LIMIT) {
            events.remove(0);
        }
        events.add(EngineEvent.local(type, action, id, attributes, last));
    }
}
