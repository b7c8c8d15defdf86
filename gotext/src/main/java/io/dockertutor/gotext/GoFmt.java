package io.dockertutor.gotext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Go's fmt default formats: {@code %v}/{@code %+v} printing, Sprint and Sprintln. Printf is {@link GoPrintf}. */
final class GoFmt {
    private GoFmt() {
    }

    static String v(Object value) {
        StringBuilder sb = new StringBuilder();
        appendV(sb, value, false, 0);
        return sb.toString();
    }

    static void appendV(StringBuilder sb, Object value, boolean plus, int depth) {
        if (value == null) {
            sb.append("<nil>");
        } else if (value instanceof GoStringer s) {
            sb.append(s.goString());
        } else if (value instanceof String s) {
            sb.append(s);
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(GoNumbers.formatV(((Number) value).doubleValue()));
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                appendV(sb, list.get(i), plus, depth + 1);
            }
            sb.append(']');
        } else if (value instanceof Map<?, ?> map) {
            sb.append("map[");
            boolean first = true;
            for (Object key : sortedKeys(map)) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                appendV(sb, key, plus, depth + 1);
                sb.append(':');
                appendV(sb, map.get(key), plus, depth + 1);
            }
            sb.append(']');
        } else if (value instanceof TemplateObject o) {
            if (o.goTypeName().startsWith("*")) {
                if (depth > 0) {
                    // Go prints a nested pointer as its address; any fixed address keeps output stable.
                    sb.append("0xc000010000");
                    return;
                }
                sb.append('&');
            }
            sb.append('{');
            List<String> names = o.fieldNames();
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                if (plus) {
                    sb.append(names.get(i)).append(':');
                }
                appendV(sb, o.field(names.get(i)), plus, depth + 1);
            }
            sb.append('}');
        } else if (value instanceof TypedNil n) {
            sb.append(n.printed());
        } else {
            sb.append(value);
        }
    }

    /** fmt's sorted map keys (internal/fmtsort): numbers numerically, strings by byte order. */
    static List<Object> sortedKeys(Map<?, ?> map) {
        List<Object> keys = new ArrayList<>(map.keySet());
        keys.sort((a, b) -> {
            if (a instanceof Number x && b instanceof Number y) {
                return Double.compare(x.doubleValue(), y.doubleValue());
            }
            return compareUtf8(String.valueOf(a), String.valueOf(b));
        });
        return keys;
    }

    /** Compares as Go compares strings (UTF-8 bytes), which differs from UTF-16 order above U+FFFF. */
    static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** fmt.Sprint: spaces between operands when neither side is a string. */
    static String sprint(List<Object> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (i > 0 && !(a instanceof String) && !(args.get(i - 1) instanceof String)) {
                sb.append(' ');
            }
            appendV(sb, a, false, 0);
            FormatOutputLimit.check(sb.length());
        }
        return sb.toString();
    }

    /** fmt.Sprintln: always a space between operands, then a newline. */
    static String sprintln(List<Object> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            appendV(sb, args.get(i), false, 0);
            FormatOutputLimit.check(sb.length());
        }
        return sb.append('\n').toString();
    }
}
