package io.dockertutor.gotext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * docker/cli's output conventions on top of {@link GoTemplate} and {@link TabWriter}: the
 * {@code formatter.Context} used by list commands ({@code --format table ...}, {@code json}, custom
 * templates) and the template inspector used by {@code inspect -f}.
 *
 * <pre>{@code
 * DockerFormat.render("table {{.Name}}\t{{.Image}}", DEFAULT, Map.of("Name", "NAMES", "Image", "IMAGE"), rows, out);
 * }</pre>
 */
public final class DockerFormat {
    /** What docker puts before a template error from a list command or inspect. */
    public static final String ERROR_PREFIX = "template parsing error: ";

    private DockerFormat() {
    }

    /** Result of {@code inspect -f}: what goes to stdout, and one error text per failed object (exit code 1). */
    public record InspectOutput(String stdout, List<String> errors) {
    }

    /**
     * Renders rows like docker's {@code formatter.Context.Write}. An empty format or {@code table} alone
     * selects {@code defaultTableFormat}; {@code json} means {@code {{json .}}}. On a template error
     * nothing is written and the Go message is thrown (docker prefixes it with {@link #ERROR_PREFIX}).
     */
    public static void render(String format, String defaultTableFormat, Map<String, String> headers, List<?> rows,
                              StringBuilder out) throws TemplateException {
        String chosen = format == null || format.isEmpty() || format.equals("table") ? defaultTableFormat : format;
        boolean table = chosen.startsWith("table");
        GoTemplate template = GoTemplate.parse(preFormat(chosen));
        StringBuilder body = new StringBuilder();
        for (Object row : rows) {
            template.execute(row, body);
            body.append('\n');
        }
        if (!table) {
            out.append(body);
            return;
        }
        TabWriter writer = TabWriter.docker(out);
        StringBuilder header = new StringBuilder();
        try {
            template.withHeaderFunctions().execute(headers, header);
        } catch (TemplateException ignored) {
            // docker ignores header errors and prints what was rendered before the failure.
        }
        writer.write(header);
        writer.write("\n");
        writer.write(body);
        writer.flush();
    }

    /**
     * docker's {@code Context.preFormat}: drops a leading {@code table}, trims spaces, and turns the
     * two-character sequences {@code \t} and {@code \n} into a tab and a newline.
     */
    public static String preFormat(String format) {
        String f = format;
        if (f.startsWith("table")) {
            f = f.substring("table".length());
        } else if (f.equals("json")) {
            f = "{{json .}}";
        }
        f = trimSpaces(f);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\' && i + 1 < f.length() && (f.charAt(i + 1) == 't' || f.charAt(i + 1) == 'n')) {
                sb.append(f.charAt(i + 1) == 't' ? '\t' : '\n');
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String trimSpaces(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == ' ') {
            b++;
        }
        while (e > b && s.charAt(e - 1) == ' ') {
            e--;
        }
        return s.substring(b, e);
    }

    /**
     * docker's {@code inspect -f}: executes the template per object and appends a newline. When the typed
     * object fails, docker retries on the object's raw JSON with {@code missingkey=error}, so unknown
     * fields report {@code map has no entry for key "X"}. A template that cannot be parsed is thrown
     * (docker exits 64 with {@link #ERROR_PREFIX} and the message); per-object errors carry the prefix.
     */
    public static InspectOutput inspect(String format, List<?> objects) throws TemplateException {
        return inspect(format, objects, true);
    }

    /**
     * As {@link #inspect(String, List)}; without {@code rawFallback} (docker's getRef gave no raw JSON, as
     * {@code docker volume inspect}'s does) the typed value's error is the answer.
     */
    public static InspectOutput inspect(String format, List<?> objects, boolean rawFallback) throws TemplateException {
        GoTemplate template = GoTemplate.parse(format);
        StringBuilder buffer = new StringBuilder();
        List<String> errors = new ArrayList<>();
        for (Object o : objects) {
            try {
                buffer.append(template.execute(o)).append('\n');
            } catch (TemplateException typedError) {
                if (!rawFallback) {
                    errors.add(ERROR_PREFIX + typedError.getMessage());
                    continue;
                }
                try {
                    buffer.append(template.withMissingKeyError().execute(rawView(o))).append('\n');
                } catch (TemplateException rawError) {
                    errors.add(ERROR_PREFIX + rawError.getMessage());
                }
            }
        }
        return new InspectOutput(buffer.length() == 0 ? "\n" : buffer.toString(), List.copyOf(errors));
    }

    /** The value as docker would see it after a JSON round trip into {@code map[string]interface {}}. */
    static Object rawView(Object value) {
        Object v = Static.unwrap(value);
        if (v instanceof TemplateObject o) {
            Object json = o.jsonValue();
            if (json != o) {
                return rawView(json);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            for (String name : o.fieldNames()) {
                m.put(name, rawView(o.field(name)));
            }
            return m;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, e) -> m.put(String.valueOf(k), rawView(e)));
            return m;
        }
        if (v instanceof List<?> list) {
            List<Object> l = new ArrayList<>(list.size());
            list.forEach(e -> l.add(rawView(e)));
            return l;
        }
        if (v instanceof TypedNil) {
            return null;
        }
        if (v instanceof GoStringer s) {
            return s.goString();
        }
        return v;
    }
}
