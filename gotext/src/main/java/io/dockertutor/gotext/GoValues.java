package io.dockertutor.gotext;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** How the Java data model maps onto Go's types: type names for error texts, truth, and kinds. */
final class GoValues {
    private GoValues() {
    }

    enum Kind { INVALID, BOOL, INT, FLOAT, STRING, SLICE, MAP, STRUCT, NIL_POINTER, OTHER }

    static Kind kind(Object v) {
        if (v == null) {
            return Kind.INVALID;
        }
        if (v instanceof String) {
            return Kind.STRING;
        }
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Kind.INT;
        }
        if (v instanceof Double || v instanceof Float) {
            return Kind.FLOAT;
        }
        if (v instanceof List) {
            return Kind.SLICE;
        }
        if (v instanceof Map) {
            return Kind.MAP;
        }
        if (v instanceof TemplateObject) {
            return Kind.STRUCT;
        }
        if (v instanceof TypedNil n) {
            return n.isSlice() ? Kind.SLICE : n.isMap() ? Kind.MAP : Kind.NIL_POINTER;
        }
        return Kind.OTHER;
    }

    static String typeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Float) {
            return "float32";
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty() && l.stream().allMatch(e -> e instanceof String) ? "[]string" : "[]interface {}";
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty() && m.values().stream().allMatch(e -> e instanceof String)
                    ? "map[string]string" : "map[string]interface {}";
        }
        if (v instanceof TemplateObject o) {
            return o.goTypeName();
        }
        if (v instanceof TypedNil n) {
            return n.goTypeName();
        }
        return v.getClass().getSimpleName();
    }

    /** Go's isTrue: null is false; returns null when the value has no truth (never, for this model). */
    static boolean isTrue(Object v) {
        return switch (kind(v)) {
            case INVALID, NIL_POINTER -> false;
            case BOOL -> (Boolean) v;
            case INT -> ((Number) v).longValue() != 0;
            case FLOAT -> ((Number) v).doubleValue() != 0;
            case STRING -> !((String) v).isEmpty();
            case SLICE -> v instanceof Collection<?> c && !c.isEmpty();
            case MAP -> v instanceof Map<?, ?> m && !m.isEmpty();
            default -> true;
        };
    }

    static int length(Object v) {
        if (v instanceof String s) {
            return utf8Length(s);
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        return 0;
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
