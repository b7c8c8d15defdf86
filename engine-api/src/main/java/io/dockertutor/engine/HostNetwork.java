package io.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * The network as a program on the engine's host sees it: what {@code curl 127.0.0.1:8080} reaches.
 * On a real engine these are real sockets; on the simulated engine, the simulated published ports.
 */
public interface HostNetwork {

    /**
     * Sends one HTTP/1.1 request and reads the whole answer.
     *
     * @throws ConnectionFailure when no answer comes, saying why as curl would classify it
     */
    HttpResponse send(HttpRequest request) throws ConnectionFailure;

    /**
     * The address {@code host} resolves to from where the program runs ({@code web} to {@code 172.18.0.2} inside a
     * container on a user-defined network), or empty when the name does not resolve. An address resolves to itself.
     */
    default java.util.Optional<String> resolve(String host) {
        return java.util.Optional.of(host.equals("localhost") ? "127.0.0.1" : host);
    }

    /** One HTTP request; {@code host} is as typed ({@code 127.0.0.1}, {@code localhost}). */
    record HttpRequest(String method, String host, int port, String path, List<Map.Entry<String, String>> headers) {
        public HttpRequest {
            headers = headers == null ? List.of() : List.copyOf(headers);
        }

        public static HttpRequest get(String host, int port, String path) {
            return new HttpRequest("GET", host, port, path, List.of());
        }
    }

    /** The answer, headers in the order the server sent them. */
    record HttpResponse(String protocol, int status, String reason, List<Map.Entry<String, String>> headers, byte[] body) {
        public HttpResponse {
            headers = List.copyOf(headers);
        }

        public String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Why a connection gave no answer, in the classes curl reports. */
    final class ConnectionFailure extends Exception {
        /** REFUSED: curl exit 7; RESET: 56; EMPTY_REPLY: 52; TIMEOUT: 28; UNRESOLVED: 6. */
        public enum Reason { REFUSED, RESET, EMPTY_REPLY, TIMEOUT, UNRESOLVED }

        private final Reason reason;

        public ConnectionFailure(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
