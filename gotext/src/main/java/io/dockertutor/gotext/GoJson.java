package io.dockertutor.gotext;

import java.util.List;
import java.util.Map;

/**
 * Go's encoding/json for the template data model: {@code Marshal} (compact), {@code MarshalIndent}, and
 * the Encoder with {@code SetEscapeHTML(false)} that docker's {@code {{json .}}} uses. Maps are written
 * with sorted keys, {@link TemplateObject} fields in declaration order, nil as {@code null}.
 *
 * <pre>{@code GoJson.marshalIndent(List.of(container), "", "    ", true)  // docker inspect}</pre>
 */
public final class GoJson {
    private GoJson() {
    }

    /** json.Marshal: compact, with {@code <}, {@code >}, {@code &} escaped as {@code \u003c} etc. */
    public static String marshal(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, true, null, null, 0);
        return sb.toString();
    }

    /** json.MarshalIndent(value, prefix, indent); {@code escapeHtml} false mimics Encoder.SetEscapeHTML(false). */
    /**
     * The daemon's own JSON as {@code docker inspect} re-indents it: objects built as {@link java.util.LinkedHashMap}
     * stand for Go structs and keep their fields in declaration order (Id, Created, Path...); other maps are Go
     * maps, whose keys encoding/json sorts.
     */
    public static String marshalIndentInStructOrder(Object value, String prefix, String indent) {
        STRUCT_ORDER.set(true);
        try {
            return marshalIndent(value, prefix, indent, true);
        } finally {
            STRUCT_ORDER.set(false);
        }
    }

    private static final ThreadLocal<Boolean> STRUCT_ORDER = ThreadLocal.withInitial(() -> false);

    public static String marshalIndent(Object value, String prefix, String indent, boolean escapeHtml) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, escapeHtml, prefix, indent, 0);
        return sb.toString();
    }

    /** docker's {@code json} template function: an Encoder without HTML escaping, trailing newline trimmed. */
    static String encodeForTemplate(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, false, null, null, 0);
        return sb.toString().strip();
    }

    private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
        if (indent == null) {
            return;
        }
        sb.append('\n').append(prefix);
        sb.append(indent.repeat(depth));
    }

    private static void write(StringBuilder sb, Object v, boolean html, String prefix, String indent, int depth) {
        v = Static.unwrap(v);
        if (v instanceof TemplateObject o && o.jsonValue() != o) {
            write(sb, o.jsonValue(), html, prefix, indent, depth);
        } else if (v == null || v instanceof TypedNil) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(sb, s, html);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short) {
            sb.append(v);
        } else if (v instanceof Number n) {
            sb.append(GoNumbers.formatJson(n.doubleValue()));
        } else if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                newline(sb, prefix, indent, depth + 1);
                write(sb, list.get(i), html, prefix, indent, depth + 1);
            }
            newline(sb, prefix, indent, depth);
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            List<Object> keys = STRUCT_ORDER.get() && map instanceof java.util.LinkedHashMap<?, ?>
                    ? new java.util.ArrayList<>(map.keySet()) : GoFmt.sortedKeys(map);
            writeObject(sb, keys, k -> map.get(k), html, prefix, indent, depth);
        } else if (v instanceof TemplateObject o) {
            // docker's formatter contexts marshal themselves with json.Marshal, which escapes <, > and &.
            html = true;
            List<Object> keys = List.copyOf(o.fieldNames());
            writeObject(sb, keys, k -> o.field((String) k), html, prefix, indent, depth);
        } else if (v instanceof GoDuration d) {
            sb.append(d.nanos());
        } else if (v instanceof GoTimeValue t) {
            quote(sb, t.rfc3339(), html);
        } else if (v instanceof GoStringer s) {
            quote(sb, s.goString(), html);
        } else {
            quote(sb, v.toString(), html);
        }
    }

    private static void writeObject(StringBuilder sb, List<Object> keys, java.util.function.Function<Object, Object> get,
                                    boolean html, String prefix, String indent, int depth) {
        if (keys.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        boolean first = true;
        for (Object k : keys) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            newline(sb, prefix, indent, depth + 1);
            quote(sb, String.valueOf(k), html);
            sb.append(indent == null ? ":" : ": ");
            write(sb, get.apply(k), html, prefix, indent, depth + 1);
        }
        newline(sb, prefix, indent, depth);
        sb.append('}');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static void quote(StringBuilder sb, String s, boolean html) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\u2028', '\u2029' -> sb.append("\\u").append(Integer.toHexString(c));
                default -> {
                    if (c < 0x20 || (html && (c == '<' || c == '>' || c == '&'))) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))) {
                        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                            sb.append(c);
                        } else {
                            sb.append("\\ufffd");
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
