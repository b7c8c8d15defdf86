package io.dockertutor.engine.sim.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The exec form's JSON array of strings ({@code ["./go-app", "-v"]}). Like BuildKit, anything that is not a valid
 * array of strings is not an error: the instruction then takes its shell form.
 */
final class JsonArray {
    private JsonArray() {
    }

    /** The strings, or null when {@code text} is not a JSON array of strings. */
    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        int i = skip(text, 1);
        if (i < text.length() && text.charAt(i) == ']') {
            return skip(text, i + 1) == text.length() ? out : null;
        }
        while (i < text.length()) {
            if (text.charAt(i) != '"') {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                char c = text.charAt(i++);
                if (c == '\\') {
                    if (i >= text.length()) {
                        return null;
                    }
                    char e = text.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case '/', '\\', '"' -> sb.append(e);
                        case 'u' -> {
                            if (i + 4 > text.length()) {
                                return null;
                            }
                            sb.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> {
                            return null;
                        }
                    }
                } else {
                    sb.append(c);
                }
            }
            if (i >= text.length()) {
                return null;
            }
            out.add(sb.toString());
            i = skip(text, i + 1);
            if (i < text.length() && text.charAt(i) == ',') {
                i = skip(text, i + 1);
            } else if (i < text.length() && text.charAt(i) == ']') {
                return skip(text, i + 1) == text.length() ? out : null;
            } else {
                return null;
            }
        }
        return null;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
