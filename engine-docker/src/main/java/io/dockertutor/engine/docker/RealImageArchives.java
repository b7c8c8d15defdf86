package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockertutor.engine.CommitRequest;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageArchives;
import io.dockertutor.engine.ImageReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker commit}, {@code save}, {@code load}, {@code export} and {@code import} on the real engine, through
 * the raw endpoints (docker-java's commit has no {@code changes}, its load hides the daemon's answer). Images made
 * here are remembered as the session's, with their tags.
 */
final class RealImageArchives implements ImageArchives {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiJson api;
    private final DaemonErrors errors;
    private final SessionOwnership ownership;

    RealImageArchives(ApiJson api, DaemonErrors errors, SessionOwnership ownership) {
        this.api = api;
        this.errors = errors;
        this.ownership = ownership;
    }

    @Override
    public String commit(String container, CommitRequest request) {
        StringBuilder query = new StringBuilder("/commit?container=").append(ApiJson.encodeQuery(container));
        appendReference(query, request.reference());
        query.append("&author=").append(ApiJson.encodeQuery(request.author()))
                .append("&comment=").append(ApiJson.encodeQuery(request.comment()))
                .append("&pause=").append(request.pause() ? "1" : "0");
        request.changes().forEach(c -> query.append("&changes=").append(ApiJson.encodeQuery(c)));
        Map<String, List<String>> before = ownership.images();
        String id = ApiJson.text(errors.call(() -> api.send("POST", query.toString(), null)), "Id");
        ownership.built(id, request.reference() == null ? List.of() : List.of(request.reference()), before);
        return id;
    }

    @Override
    public byte[] save(List<String> names) {
        StringBuilder query = new StringBuilder("/images/get?");
        names.forEach(n -> query.append(query.length() > 12 ? "&" : "").append("names=").append(ApiJson.encodeQuery(n)));
        return errors.call(() -> api.bytes("GET", query.toString(), null));
    }

    @Override
    public List<String> load(byte[] tar) {
        Map<String, List<String>> before = ownership.images();
        byte[] answer = errors.call(() -> api.bytes("POST", "/images/load?quiet=1", tar));
        ownership.arrived(before);
        List<String> lines = new ArrayList<>();
        for (JsonNode message : messages(answer)) {
            if (message.hasNonNull("errorDetail") || message.hasNonNull("error")) {
                throw EngineException.inStream(message.hasNonNull("error") ? ApiJson.text(message, "error")
                        : ApiJson.text(message.path("errorDetail"), "message"));
            }
            String stream = ApiJson.text(message, "stream");
            stream.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        return lines;
    }

    @Override
    public byte[] export(String container) {
        return errors.call(() -> api.bytes("GET", "/containers/" + ApiJson.encode(container) + "/export", null));
    }

    @Override
    public String importImage(byte[] tar, String reference, String message, List<String> changes) {
        StringBuilder query = new StringBuilder("/images/create?fromSrc=-");
        appendReference(query, reference);
        if (message != null && !message.isEmpty()) {
            query.append("&message=").append(ApiJson.encodeQuery(message));
        }
        changes.forEach(c -> query.append("&changes=").append(ApiJson.encodeQuery(c)));
        Map<String, List<String>> before = ownership.images();
        byte[] answer = errors.call(() -> api.bytes("POST", query.toString(), tar));
        String id = "";
        for (JsonNode m : messages(answer)) {
            if (m.hasNonNull("error")) {
                throw EngineException.serverError(ApiJson.text(m, "error"));
            }
            id = m.hasNonNull("status") ? ApiJson.text(m, "status") : id;
        }
        ownership.built(id, reference == null ? List.of() : List.of(reference), before);
        return id;
    }

    private static void appendReference(StringBuilder query, String reference) {
        if (reference != null) {
            ImageReference ref = ImageReference.parse(reference).withDefaultTag();
            query.append(query.indexOf("?") < 0 ? "?" : "&").append("repo=").append(ApiJson.encodeQuery(ref.familiarRepository()))
                    .append("&tag=").append(ApiJson.encodeQuery(ref.tag()));
        }
    }

    /** The JSON messages of a streamed answer, one document after another. */
    private static List<JsonNode> messages(byte[] answer) {
        List<JsonNode> out = new ArrayList<>();
        try (var parser = JSON.getFactory().createParser(new String(answer, StandardCharsets.UTF_8))) {
            var it = JSON.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                out.add(it.next());
            }
        } catch (IOException e) {
            throw EngineException.serverError(e.getMessage());
        }
        return out;
    }
}
