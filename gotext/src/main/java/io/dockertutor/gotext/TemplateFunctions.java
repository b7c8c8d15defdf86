package io.dockertutor.gotext;

import io.dockertutor.gotext.TemplateFunction.Failure;
import io.dockertutor.gotext.TemplateFunction.Param;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go's predefined template functions (text/template funcs.go), with Go's error texts. */
final class TemplateFunctions {
    private TemplateFunctions() {
    }

    /** and/or short-circuit, so the evaluator recognises them by identity; the bodies never run. */
    static final TemplateFunction AND = TemplateFunction.of(a -> null, true, Param.VALUE, Param.VALUE);
    static final TemplateFunction OR = TemplateFunction.of(a -> null, true, Param.VALUE, Param.VALUE);

    static final Map<String, TemplateFunction> FUNCTIONS = build();

    private static Map<String, TemplateFunction> build() {
        Map<String, TemplateFunction> m = new LinkedHashMap<>();
        m.put("and", AND);
        m.put("or", OR);
        m.put("not", TemplateFunction.of(a -> !GoValues.isTrue(a.get(0)), false, Param.VALUE));
        m.put("len", TemplateFunction.of(a -> length(a.get(0)), false, Param.VALUE));
        m.put("index", TemplateFunction.of(TemplateFunctions::index, true, Param.VALUE, Param.VALUE));
        m.put("slice", TemplateFunction.of(TemplateFunctions::slice, true, Param.VALUE, Param.VALUE));
        m.put("call", TemplateFunction.of(TemplateFunctions::call, true, Param.VALUE, Param.VALUE));
        m.put("print", TemplateFunction.of(GoFmt::sprint, true, Param.INTERFACE));
        m.put("println", TemplateFunction.of(GoFmt::sprintln, true, Param.INTERFACE));
        m.put("printf", TemplateFunction.of(a -> GoPrintf.sprintf((String) a.get(0), a.subList(1, a.size())), true,
                Param.STRING, Param.INTERFACE));
        m.put("html", TemplateFunction.of(a -> GoEscapes.html(evalArgs(a)), true, Param.INTERFACE));
        m.put("js", TemplateFunction.of(a -> GoEscapes.js(evalArgs(a)), true, Param.INTERFACE));
        m.put("urlquery", TemplateFunction.of(a -> GoEscapes.urlQuery(evalArgs(a)), true, Param.INTERFACE));
        m.put("eq", TemplateFunction.of(TemplateFunctions::eq, true, Param.VALUE, Param.VALUE));
        m.put("ne", TemplateFunction.of(a -> !(Boolean) eq(a), false, Param.VALUE, Param.VALUE));
        m.put("lt", TemplateFunction.of(a -> lt(a.get(0), a.get(1)), false, Param.VALUE, Param.VALUE));
        m.put("le", TemplateFunction.of(a -> lt(a.get(0), a.get(1)) || (Boolean) eq(a), false, Param.VALUE, Param.VALUE));
        m.put("gt", TemplateFunction.of(a -> !lt(a.get(0), a.get(1)) && !(Boolean) eq(a), false, Param.VALUE,
                Param.VALUE));
        m.put("ge", TemplateFunction.of(a -> !lt(a.get(0), a.get(1)), false, Param.VALUE, Param.VALUE));
        return Map.copyOf(m);
    }

    /** evalArgs: a single string argument is used as is, anything else goes through fmt.Sprint. */
    private static String evalArgs(List<Object> args) {
        if (args.size() == 1 && args.get(0) instanceof String s) {
            return s;
        }
        return GoFmt.sprint(args);
    }

    private static Object length(Object item) throws Failure {
        if (item == null || item instanceof TypedNil n && !n.isMap() && !n.isSlice()) {
            throw new Failure("len of nil pointer");
        }
        return switch (GoValues.kind(item)) {
            case STRING, SLICE, MAP -> GoValues.length(item);
            default -> throw new Failure("len of type " + GoValues.typeName(item));
        };
    }

    private static int indexArg(Object index, int cap) throws Failure {
        if (index == null) {
            throw new Failure("cannot index slice/array with nil");
        }
        if (!(index instanceof Integer || index instanceof Long)) {
            throw new Failure("cannot index slice/array with type " + GoValues.typeName(index));
        }
        long x = ((Number) index).longValue();
        if (x < 0 || x > cap) {
            throw new Failure("index out of range: " + x);
        }
        return (int) x;
    }

    private static Object index(List<Object> a) throws Failure {
        Object item = a.get(0);
        if (item == null) {
            throw new Failure("index of untyped nil");
        }
        for (Object index : a.subList(1, a.size())) {
            if (item instanceof TypedNil n && !n.isSlice() && !n.isMap()) {
                throw new Failure("index of nil pointer");
            }
            if (item instanceof String s) {
                byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int x = indexArg(index, bytes.length);
                if (x == bytes.length) {
                    throw new Failure("index out of range: " + x);
                }
                item = bytes[x] & 0xff;
            } else if (item instanceof List<?> list) {
                int x = indexArg(index, list.size());
                if (x == list.size()) {
                    throw new Failure("reflect: slice index out of range");
                }
                item = list.get(x);
            } else if (item instanceof NamedKeyMap named && index instanceof String) {
                throw new Failure("value has type string; should be " + named.keyType());
            } else if (item instanceof Map<?, ?> map) {
                if (!(index instanceof String)) {
                    throw new Failure(index == null ? "value is nil; should be of type string"
                            : "value has type " + GoValues.typeName(index) + "; should be string");
                }
                item = map.containsKey(index) ? map.get(index)
                        : GoValues.typeName(map).equals("map[string]string") ? "" : null;
            } else if (item instanceof TypedNil n && n.isMap()) {
                item = null;
            } else if (item == null) {
                throw new Failure("index of untyped nil");
            } else {
                throw new Failure("can't index item of type " + GoValues.typeName(item));
            }
        }
        return item;
    }

    private static Object slice(List<Object> a) throws Failure {
        Object item = a.get(0);
        List<Object> indexes = a.subList(1, a.size());
        if (item == null) {
            throw new Failure("slice of untyped nil");
        }
        if (indexes.size() > 3) {
            throw new Failure("too many slice indexes: " + indexes.size());
        }
        int len;
        if (item instanceof String s) {
            if (indexes.size() == 3) {
                throw new Failure("cannot 3-index slice a string");
            }
            len = GoValues.utf8Length(s);
        } else if (item instanceof List<?> l) {
            len = l.size();
        } else {
            throw new Failure("can't slice item of type " + GoValues.typeName(item));
        }
        int[] idx = {0, len, len};
        for (int i = 0; i < indexes.size(); i++) {
            idx[i] = indexArg(indexes.get(i), len);
        }
        if (idx[0] > idx[1]) {
            throw new Failure("invalid slice index: " + idx[0] + " > " + idx[1]);
        }
        if (indexes.size() == 3 && idx[1] > idx[2]) {
            throw new Failure("invalid slice index: " + idx[1] + " > " + idx[2]);
        }
        if (item instanceof String s) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new String(b, idx[0], idx[1] - idx[0], java.nio.charset.StandardCharsets.UTF_8);
        }
        return List.copyOf(((List<?>) item).subList(idx[0], idx[1]));
    }

    private static Object call(List<Object> a) throws Failure {
        Object fn = a.get(0);
        if (fn == null) {
            throw new Failure("call of nil");
        }
        throw new Failure("non-function of type " + GoValues.typeName(fn));
    }

    private enum BasicKind { INVALID, BOOL, INT, FLOAT, STRING }

    private static BasicKind basicKind(Object v) {
        return switch (GoValues.kind(v)) {
            case BOOL -> BasicKind.BOOL;
            case INT -> BasicKind.INT;
            case FLOAT -> BasicKind.FLOAT;
            case STRING -> BasicKind.STRING;
            default -> BasicKind.INVALID;
        };
    }

    private static Object eq(List<Object> a) throws Failure {
        Object arg1 = a.get(0);
        if (a.size() < 2) {
            throw new Failure("missing argument for comparison");
        }
        BasicKind k1 = basicKind(arg1);
        for (Object arg : a.subList(1, a.size())) {
            BasicKind k2 = basicKind(arg);
            boolean truth;
            if (k1 != k2) {
                if (arg1 != null && arg != null) {
                    throw new Failure("incompatible types for comparison");
                }
                truth = false;
            } else {
                truth = switch (k1) {
                    case BOOL, STRING -> arg1.equals(arg);
                    case INT -> ((Number) arg1).longValue() == ((Number) arg).longValue();
                    case FLOAT -> ((Number) arg1).doubleValue() == ((Number) arg).doubleValue();
                    default -> {
                        if (arg1 == null || arg == null) {
                            yield arg1 == arg;
                        }
                        if (arg instanceof List || arg instanceof Map || arg1 instanceof List || arg1 instanceof Map) {
                            throw new Failure("non-comparable type " + GoFmt.v(arg) + ": " + GoValues.typeName(arg));
                        }
                        yield arg1.equals(arg);
                    }
                };
            }
            if (truth) {
                return true;
            }
        }
        return false;
    }

    private static boolean lt(Object arg1, Object arg2) throws Failure {
        BasicKind k1 = basicKind(arg1);
        BasicKind k2 = basicKind(arg2);
        if (k1 == BasicKind.INVALID || k2 == BasicKind.INVALID) {
            throw new Failure("invalid type for comparison");
        }
        if (k1 != k2) {
            throw new Failure("incompatible types for comparison");
        }
        return switch (k1) {
            case FLOAT -> ((Number) arg1).doubleValue() < ((Number) arg2).doubleValue();
            case INT -> ((Number) arg1).longValue() < ((Number) arg2).longValue();
            case STRING -> GoFmt.compareUtf8((String) arg1, (String) arg2) < 0;
            default -> throw new Failure("invalid type for comparison");
        };
    }
}
