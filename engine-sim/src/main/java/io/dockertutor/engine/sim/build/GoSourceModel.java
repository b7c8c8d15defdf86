package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.process.ProgramSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, honest reading of a Go net/http server, enough for what tutorials write:
 * {@code http.HandleFunc("/", handler)} (a named function or a literal one) whose body writes string literals
 * through {@code fmt.Fprint/Fprintf/Fprintln(w, ...)}, {@code w.Write([]byte("..."))} or
 * {@code io.WriteString(w, "...")}, and {@code http.ListenAndServe(":8080", nil)} with the address a literal, a
 * constant or variable holding one, or {@code ":" + port}.
 *
 * <p>Limits: no control flow (every write in a handler is part of its answer), no formatting verbs beyond
 * {@code %%}, no request-dependent answers, no routers other than the default ServeMux, no file servers. When a
 * program goes beyond that, the model says it is not modelled ({@link ProgramSpec#modelled()} false), and the
 * running program says so in its log.
 */
final class GoSourceModel {
    private static final Pattern LISTEN = Pattern.compile("ListenAndServe\\(\\s*([^,]+?)\\s*,");
    private static final Pattern HANDLE = Pattern.compile("HandleFunc\\(\\s*\"([^\"]*)\"\\s*,\\s*(func\\b|[A-Za-z_][A-Za-z0-9_.]*)");
    private static final Pattern WRITE = Pattern.compile(
            "fmt\\.Fprint(f|ln)?\\(\\s*\\w+\\s*,|\\w+\\.Write\\(\\s*\\[\\]byte\\(|io\\.WriteString\\(\\s*\\w+\\s*,");

    private GoSourceModel() {
    }

    static ProgramSpec analyze(String source, String file) {
        int port = port(source);
        Map<String, String> routes = new LinkedHashMap<>();
        Matcher h = HANDLE.matcher(source);
        while (h.find()) {
            String body;
            if (h.group(2).equals("func")) {
                body = block(source, source.indexOf('{', h.end()));
            } else {
                Matcher f = Pattern.compile("func\\s+" + Pattern.quote(h.group(2)) + "\\s*\\(").matcher(source);
                body = f.find() ? block(source, source.indexOf('{', f.end())) : null;
            }
            String answer = body == null ? null : writes(body);
            if (answer == null) {
                return new ProgramSpec("go", file, 0, Map.of());
            }
            routes.put(h.group(1), answer);
        }
        if (routes.isEmpty()) {
            port = 0;
        }
        return new ProgramSpec("go", file, port, routes);
    }

    private static int port(String source) {
        Matcher m = LISTEN.matcher(source);
        if (!m.find()) {
            return 0;
        }
        String addr = m.group(1);
        String value;
        if (addr.matches("\":\"\\s*\\+\\s*\\w+")) {
            String port = constant(source, addr.replaceAll(".*\\+\\s*", ""));
            value = port == null ? null : ":" + port;
        } else if (addr.startsWith("\"")) {
            value = literal(addr);
        } else {
            value = constant(source, addr);
        }
        if (value == null) {
            return 0;
        }
        String p = value.substring(value.lastIndexOf(':') + 1);
        if (value.isEmpty() || p.isEmpty()) {
            return 80;
        }
        return p.matches("\\d{1,5}") ? Integer.parseInt(p) : 0;
    }

    /** The string literal a name is declared with ({@code port := "8080"}, {@code const addr = ":8080"}). */
    private static String constant(String source, String name) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*(?:string\\s*)?:?=\\s*(\"(?:[^\"\\\\]|\\\\.)*\")").matcher(source);
        return m.find() ? literal(m.group(1)) : null;
    }

    /** What a handler body writes, or null when it writes something the model cannot know. */
    private static String writes(String body) {
        StringBuilder out = new StringBuilder();
        Matcher w = WRITE.matcher(body);
        while (w.find()) {
            int close = closing(body, w.end());
            String args = body.substring(w.end(), close).strip();
            List<String> parts = split(args);
            List<String> values = new ArrayList<>();
            for (String part : parts) {
                String v = literal(part);
                if (v == null) {
                    return null;
                }
                values.add(v);
            }
            String g = w.group();
            if (g.startsWith("fmt.Fprintf")) {
                if (values.size() != 1 || values.get(0).replace("%%", "").contains("%")) {
                    return null;
                }
                out.append(values.get(0).replace("%%", "%"));
            } else if (g.startsWith("fmt.Fprintln")) {
                out.append(String.join(" ", values)).append('\n');
            } else {
                out.append(String.join("", values));
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** Where the call that starts before {@code from} ends (its closing parenthesis). */
    private static int closing(String s, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if ((c == '"' || c == '`') && (i == 0 || args.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == '(' || c == '[')) {
                depth++;
            } else if (!inString && (c == ')' || c == ']')) {
                depth--;
            } else if (!inString && depth == 0 && c == ',') {
                out.add(args.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(args.substring(start).strip());
        return out;
    }

    /** A Go string literal's value (interpreted or raw), or null when {@code s} is not one. */
    static String literal(String s) {
        if (s.length() >= 2 && s.startsWith("`") && s.endsWith("`")) {
            return s.substring(1, s.length() - 1);
        }
        if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                char e = s.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else if (c == '"') {
                return null;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String block(String s, int open) {
        if (open < 0) {
            return null;
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return s.substring(open + 1, i);
            }
        }
        return null;
    }
}
