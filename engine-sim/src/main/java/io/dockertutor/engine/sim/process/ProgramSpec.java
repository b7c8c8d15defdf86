package io.dockertutor.engine.sim.process;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a program built in the simulator does, written into the executable it produced: the ELF magic (so the
 * file looks binary), a marker line, then {@code key=value} lines. {@link Programs} reads it back when a container
 * runs the file.
 *
 * @param language the source language ({@code go}, {@code node})
 * @param source   the source file it came from, for the logs
 * @param port     the TCP port an HTTP server listens on, or 0 when the model found none
 * @param routes   request path pattern to response body, in the order the source registered them
 */
public record ProgramSpec(String language, String source, int port, Map<String, String> routes) {
    static final String MARKER = "\n#docker-tutor-program\n";

    public ProgramSpec {
        routes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }

    /** True when the model understood the program as an HTTP server. */
    public boolean modelled() {
        return port > 0;
    }

    /** The executable's content. */
    public String encode() {
        StringBuilder sb = new StringBuilder(FileSpec.BINARY_PLACEHOLDER).append(MARKER);
        sb.append("language=").append(enc(language)).append('\n');
        sb.append("source=").append(enc(source)).append('\n');
        sb.append("port=").append(port).append('\n');
        routes.forEach((k, v) -> sb.append("route=").append(enc(k)).append('=').append(enc(v)).append('\n'));
        return sb.toString();
    }

    /** The spec an executable carries, when it was built by the simulator. */
    public static Optional<ProgramSpec> decode(String content) {
        int at = content.indexOf(MARKER);
        if (!content.startsWith(FileSpec.BINARY_PLACEHOLDER) || at < 0) {
            return Optional.empty();
        }
        String language = "";
        String source = "";
        int port = 0;
        Map<String, String> routes = new LinkedHashMap<>();
        for (String line : content.substring(at + MARKER.length()).split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            switch (key) {
                case "language" -> language = dec(value);
                case "source" -> source = dec(value);
                case "port" -> port = Integer.parseInt(value);
                case "route" -> {
                    int e = value.indexOf('=');
                    routes.put(dec(value.substring(0, e)), dec(value.substring(e + 1)));
                }
                default -> {
                }
            }
        }
        return Optional.of(new ProgramSpec(language, source, port, routes));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
