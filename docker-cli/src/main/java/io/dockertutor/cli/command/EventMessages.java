package io.dockertutor.cli.command;

import io.dockertutor.engine.EngineEvent;
import io.dockertutor.gotext.TemplateStruct;
import java.util.Map;

/**
 * An event as the CLI's templates see it: moby's {@code events.Message} (with the deprecated {@code Status}, {@code ID}
 * and {@code From} the daemon still fills for container and image events) and its {@code events.Actor}; {@code json}
 * gives the API's own field names, empty ones left out.
 */
final class EventMessages {
    private EventMessages() {
    }

    /** What docker/cli checks a template on before it reads any event: {@code &events.Message{}}. */
    static Object empty() {
        return struct("*events.Message", "", "", "", "", "", "", Map.of(), "", 0L, 0L);
    }

    static Object message(EngineEvent e) {
        boolean legacy = e.type().equals("container") || e.type().equals("image");
        String from = e.type().equals("container") ? e.attributes().getOrDefault("image", "") : "";
        long nanos = e.time().getEpochSecond() * 1_000_000_000L + e.time().getNano();
        return struct("events.Message", legacy ? e.action() : "", legacy ? e.actorId() : "", from, e.type(), e.action(),
                e.actorId(), e.attributes(), e.scope(), e.time().getEpochSecond(), nanos);
    }

    private static Object struct(String goType, String status, String id, String from, String type, String action,
                                 String actorId, Map<String, String> attributes, String scope, long time, long timeNano) {
        Object actor = TemplateStruct.builder("events.Actor").field("ID", actorId).field("Attributes", attributes).build();
        // the JSON leaves out what is empty (omitempty), so it is a struct of its own with only what is set
        TemplateStruct.Builder json = TemplateStruct.builder("events.Message");
        putIfSet(json, "status", status);
        putIfSet(json, "id", id);
        putIfSet(json, "from", from);
        json.field("Type", type).field("Action", action).field("Actor", actor);
        putIfSet(json, "scope", scope);
        if (time != 0) {
            json.field("time", time).field("timeNano", timeNano);
        }
        Object marshalled = json.build();
        return TemplateStruct.builder(goType).field("Status", status).field("ID", id).field("From", from)
                .field("Type", type, "events.Type").field("Action", action, "events.Action").field("Actor", actor)
                .field("Scope", scope).field("Time", time).field("TimeNano", timeNano).json(() -> marshalled).build();
    }

    private static void putIfSet(TemplateStruct.Builder json, String key, String value) {
        if (!value.isEmpty()) {
            json.field(key, value);
        }
    }
}
