package io.dockertutor.gotext;

import io.dockertutor.gotext.TemplateFunction.Param;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * docker/cli's template functions (templates/templates.go): {@code json, split, join, title, lower,
 * upper, pad, truncate}, and the header variants that leave column names untouched in table headers.
 */
final class DockerFunctions {
    private DockerFunctions() {
    }

    static final Map<String, TemplateFunction> BASIC = basic();
    static final Map<String, TemplateFunction> HEADER = header();

    private static Map<String, TemplateFunction> basic() {
        Map<String, TemplateFunction> m = new LinkedHashMap<>();
        m.put("json", TemplateFunction.of(a -> GoJson.encodeForTemplate(a.get(0)), false, Param.INTERFACE));
        m.put("split", TemplateFunction.of(a -> split((String) a.get(0), (String) a.get(1)), false, Param.STRING,
                Param.STRING));
        m.put("join", TemplateFunction.of(a -> join(a.get(0), (String) a.get(1)), false, Param.STRING_SLICE,
                Param.STRING));
        m.put("title", TemplateFunction.of(a -> title((String) a.get(0)), false, Param.STRING));
        m.put("lower", TemplateFunction.of(a -> ((String) a.get(0)).toLowerCase(Locale.ROOT), false, Param.STRING));
        m.put("upper", TemplateFunction.of(a -> ((String) a.get(0)).toUpperCase(Locale.ROOT), false, Param.STRING));
        m.put("pad", TemplateFunction.of(a -> pad((String) a.get(0), (Integer) a.get(1), (Integer) a.get(2)), false,
                Param.STRING, Param.INT, Param.INT));
        m.put("truncate", TemplateFunction.of(a -> truncate((String) a.get(0), (Integer) a.get(1)), false,
                Param.STRING, Param.INT));
        return Map.copyOf(m);
    }

    private static Map<String, TemplateFunction> header() {
        Map<String, TemplateFunction> m = new LinkedHashMap<>(BASIC);
        TemplateFunction identity = TemplateFunction.of(a -> a.get(0), false, Param.STRING);
        TemplateFunction identity2 = TemplateFunction.of(a -> a.get(0), false, Param.STRING, Param.STRING);
        m.put("json", identity);
        m.put("split", identity2);
        m.put("join", identity2);
        m.put("title", identity);
        m.put("lower", identity);
        m.put("upper", identity);
        m.put("truncate", TemplateFunction.of(a -> a.get(0), false, Param.STRING, Param.INT));
        return Map.copyOf(m);
    }

    /** strings.Split: an empty separator splits after each UTF-8 sequence. */
    static List<String> split(String s, String sep) {
        List<String> parts = new ArrayList<>();
        // A list entry costs some 48 bytes of heap beyond its text: weigh each as 32 characters of output.
        FormatOutputLimit.check(32L * (sep.isEmpty() ? s.length() : s.length() / Math.max(1, sep.length())));
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
            return parts;
        }
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            parts.add(s.substring(from, at));
            from = at + sep.length();
        }
        parts.add(s.substring(from));
        return parts;
    }

    private static String join(Object list, String sep) {
        if (list == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        ((List<?>) list).forEach(e -> parts.add((String) e));
        FormatOutputLimit.check(parts.stream().mapToLong(String::length).sum() + (long) sep.length() * parts.size());
        return String.join(sep, parts);
    }

    /** strings.Title: upper-cases (title-cases) the first letter of each word. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(cp) : cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            return !(Character.isLetterOrDigit(r) || r == '_');
        }
        if (Character.isLetterOrDigit(r)) {
            return false;
        }
        return Character.isWhitespace(r) || Character.isSpaceChar(r);
    }

    private static String pad(String source, int prefix, int suffix) throws TemplateFunction.Failure {
        if (source.isEmpty()) {
            return source;
        }
        if (prefix < 0 || suffix < 0) {
            // strings.Repeat panics; text/template reports the recovered panic as the call's error.
            throw new TemplateFunction.Failure("strings: negative Repeat count");
        }
        FormatOutputLimit.check((long) prefix + source.length() + suffix);
        return " ".repeat(prefix) + source + " ".repeat(suffix);
    }

    /** truncateWithLength cuts at a byte length, as Go's {@code source[:length]} does. */
    private static String truncate(String source, int length) throws TemplateFunction.Failure {
        byte[] b = source.getBytes(StandardCharsets.UTF_8);
        if (b.length < length) {
            return source;
        }
        if (length < 0) {
            throw new TemplateFunction.Failure("runtime error: slice bounds out of range [:" + length + "]");
        }
        return new String(b, 0, length, StandardCharsets.UTF_8);
    }
}
