package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockertutor.engine.EngineEvent;
import io.dockertutor.engine.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /events} over a window that ends: without {@code until} the window ends now, so the daemon answers what
 * it has buffered and closes the stream; following is the CLI command's business (it asks again from the last event).
 * The tutor's own session label is taken off the attributes, as everywhere else.
 */
final class RealEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApiJson api;
    private final DaemonErrors errors;
    private final Clock clock;

    RealEvents(ApiJson api, DaemonErrors errors, Clock clock) {
        this.api = api;
        this.errors = errors;
        this.clock = clock;
    }

    List<EngineEvent> events(Instant since, Instant until, Filters filters) {
        StringBuilder query = new StringBuilder("/events?until=").append(timestamp(until == null ? clock.instant() : until));
        if (since != null) {
            query.append("&since=").append(timestamp(since));
        }
        String f = ApiJson.filters(filters);
        if (!f.isEmpty()) {
            query.append('&').append(f);
        }
        byte[] stream = errors.call(() -> api.bytes("GET", query.toString(), null));
        List<EngineEvent> out = new ArrayList<>();
        for (String line : new String(stream, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(event(parse(line)));
            }
        }
        return out;
    }

    /** The API's {@code seconds.nanoseconds} form of a time, as the docker CLI sends it. */
    static String timestamp(Instant t) {
        return t.getEpochSecond() + "." + String.format("%09d", t.getNano());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EngineEvent event(JsonNode n) {
        long nanos = n.path("timeNano").asLong(0);
        Instant time = nanos != 0 ? Instant.ofEpochSecond(0, nanos) : Instant.ofEpochSecond(n.path("time").asLong());
        JsonNode actor = n.path("Actor");
        return new EngineEvent(n.path("Type").asText(), n.path("Action").asText(), actor.path("ID").asText(),
                SessionOwnership.withoutSessionLabel(ApiJson.stringMap(actor.path("Attributes"))), n.path("scope").asText("local"), time);
    }
}
