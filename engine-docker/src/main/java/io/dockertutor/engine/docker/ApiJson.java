package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Engine API JSON documents through docker-java's own transport, for the few calls whose typed docker-java
 * models drop fields the CLI prints ({@code Mounts[].Type}, {@code Config.StopSignal}, a volume's
 * {@code CreatedAt}, the archive stat header). Errors carry the daemon's status and body like docker-java's own.
 */
final class ApiJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;

    ApiJson(DockerHttpClient http) {
        this.http = http;
    }

    JsonNode get(String path) {
        try (DockerHttpClient.Response r = http.execute(request("GET", path))) {
            byte[] body = readAll(r.getBody());
            failOnError(r.getStatusCode(), body);
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code body} as JSON and answers the daemon's JSON answer (an empty object when it sends none). */
    JsonNode send(String method, String path, JsonNode body) {
        DockerHttpClient.Request.Builder b = DockerHttpClient.Request.builder().method(method).path(path);
        if (body != null) {
            try {
                b.putHeader("Content-Type", "application/json").bodyBytes(JSON.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (DockerHttpClient.Response r = http.execute(b.build())) {
            byte[] answer = readAll(r.getBody());
            failOnError(r.getStatusCode(), answer);
            return answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code body} (a tar stream, or nothing when null) and answers the daemon's answer as bytes. */
    byte[] bytes(String method, String path, byte[] body) {
        DockerHttpClient.Request.Builder b = DockerHttpClient.Request.builder().method(method).path(path);
        if (body != null) {
            b.putHeader("Content-Type", "application/x-tar").bodyBytes(body);
        }
        try (DockerHttpClient.Response r = http.execute(b.build())) {
            byte[] answer = readAll(r.getBody());
            failOnError(r.getStatusCode(), answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static com.fasterxml.jackson.databind.node.ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A response header of a request without a body ({@code HEAD}); empty when the daemon did not send it. */
    Optional<String> header(String method, String path, String header) {
        try (DockerHttpClient.Response r = http.execute(request(method, path))) {
            byte[] body = readAll(r.getBody());
            if (r.getStatusCode() >= 300 && body.length == 0 && method.equals("HEAD")) {
                // A HEAD answer has no body to carry the daemon's message; the same GET does.
                get(path);
            }
            failOnError(r.getStatusCode(), body);
            return Optional.ofNullable(r.getHeader(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DockerHttpClient.Request request(String method, String path) {
        return DockerHttpClient.Request.builder().method(method).path(path).build();
    }

    static void failOnError(int status, byte[] body) {
        if (status >= 300) {
            // The same shape docker-java's own errors have, so DaemonErrors reads the daemon's message alike.
            throw new DockerException(new String(body, StandardCharsets.UTF_8), status);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in == null ? new byte[0] : in.readAllBytes();
    }

    // -- small readers for the documents ---------------------------------------------------------------------

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    /** The keys of an object ({@code ExposedPorts}, {@code Volumes}), in the daemon's order. */
    static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    /** RFC 3339 with any offset (volumes carry the daemon's local one); Go's zero time {@code 0001-01-01T00:00:00Z} and missing values are null. */
    static Instant time(String text) {
        if (text == null || text.isEmpty() || text.startsWith("0001-01-01")) {
            return null;
        }
        return java.time.OffsetDateTime.parse(text).toInstant();
    }

    static String encodeQuery(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Filters as the {@code filters} query parameter ({@code {"label":["a=b"]}}), or empty for none. */
    static String filters(io.dockertutor.engine.Filters filters) {
        if (filters.isEmpty()) {
            return "";
        }
        try {
            return "filters=" + encodeQuery(JSON.writeValueAsString(filters.values()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String pathSegment) {
        return java.net.URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/").replace("%3A", ":");
    }
}
