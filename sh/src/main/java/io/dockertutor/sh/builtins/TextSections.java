package io.dockertutor.sh.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A resource of recorded program texts, read once: {@code #} comment lines first, then sections, each an
 * {@code @KEY} line followed by the text's lines (kept exactly, tabs and blank lines included).
 */
final class TextSections {
    private TextSections() {
    }

    /** The sections of {@code resource} (next to this class) by key, each text without its final newline. */
    static Map<String, String> read(String resource) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = TextSections.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String key = null;
            StringBuilder body = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (key == null && line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    put(map, key, body);
                    key = line.substring(1);
                    body.setLength(0);
                } else {
                    body.append(line).append('\n');
                }
            }
            put(map, key, body);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
        return Map.copyOf(map);
    }

    private static void put(Map<String, String> map, String key, StringBuilder body) {
        if (key != null) {
            map.put(key, body.length() == 0 ? "" : body.substring(0, body.length() - 1));
        }
    }
}
