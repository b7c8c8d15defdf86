package io.dockertutor.sh.builtins;

import io.dockertutor.sh.builtins.AwkNode.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;

/** awk's built-in functions: string functions, sub/gsub/match/split, arithmetic, rand/srand, close. */
final class AwkBuiltins {
    private final AwkInterpreter state;
    private final AwkEval eval;
    private Random random = new Random(0);
    private double seed;

    AwkBuiltins(AwkInterpreter state, AwkEval eval) {
        this.state = state;
        this.eval = eval;
    }

    /** Fewest and most arguments of each builtin (-1: any number). */
    private static final Map<String, int[]> ARITY = Map.ofEntries(Map.entry("length", new int[] {0, 1}),
            Map.entry("substr", new int[] {2, 3}), Map.entry("index", new int[] {2, 2}), Map.entry("split", new int[] {2, 3}),
            Map.entry("sub", new int[] {2, 3}), Map.entry("gsub", new int[] {2, 3}), Map.entry("match", new int[] {2, 2}),
            Map.entry("sprintf", new int[] {1, -1}), Map.entry("tolower", new int[] {1, 1}),
            Map.entry("toupper", new int[] {1, 1}), Map.entry("int", new int[] {1, 1}), Map.entry("sqrt", new int[] {1, 1}),
            Map.entry("exp", new int[] {1, 1}), Map.entry("log", new int[] {1, 1}), Map.entry("sin", new int[] {1, 1}),
            Map.entry("cos", new int[] {1, 1}), Map.entry("atan2", new int[] {2, 2}), Map.entry("rand", new int[] {0, 0}),
            Map.entry("srand", new int[] {0, 1}), Map.entry("system", new int[] {1, 1}), Map.entry("close", new int[] {1, 1}),
            Map.entry("fflush", new int[] {0, 1}));

    /** -1 when {@code count} arguments are too few for {@code name}, 1 when too many, else 0. */
    static int arity(String name, int count) {
        int[] range = ARITY.get(name);
        return count < range[0] ? -1 : range[1] >= 0 && count > range[1] ? 1 : 0;
    }

    AwkValue call(AwkNode.Builtin b) {
        List<Expr> a = b.args();
        int arity = arity(b.name(), a.size());
        if (arity != 0) {
            // busybox finds out when it runs the call (mawk refused the program already)
            throw state.dialect.runtime(b.line(), arity < 0 ? "Too few arguments" : "Too many arguments", null, null, 0, 0);
        }
        switch (b.name()) {
            case "length":
                if (a.isEmpty()) {
                    return AwkValue.number(state.recordText().length());
                }
                if (a.get(0) instanceof AwkNode.Var v && state.slot(v.name()) instanceof Map<?, ?> m) {
                    return AwkValue.number(m.size());
                }
                return AwkValue.number(eval.str(a.get(0)).length());
            case "substr":
                return AwkValue.string(substr(eval.str(a.get(0)), eval.value(a.get(1)).num(),
                        a.size() > 2 ? eval.value(a.get(2)).num() : Double.NaN));
            case "index":
                return AwkValue.number(eval.str(a.get(0)).indexOf(eval.str(a.get(1))) + 1);
            case "split":
                return split(a);
            case "sub":
            case "gsub":
                return substitute(a, b.name().equals("gsub"));
            case "match":
                return match(a);
            case "sprintf": {
                List<AwkValue> values = new ArrayList<>();
                for (Expr e : a) {
                    values.add(eval.value(e));
                }
                return AwkValue.string(eval.format("sprintf", values, null, null, b.line()));
            }
            case "tolower":
                return AwkValue.string(eval.str(a.get(0)).toLowerCase(Locale.ROOT));
            case "toupper":
                return AwkValue.string(eval.str(a.get(0)).toUpperCase(Locale.ROOT));
            case "close":
                return AwkValue.number(state.close(eval.str(a.get(0))));
            case "fflush":
                return AwkValue.ZERO;
            case "system":
                throw state.refusal("system(\"" + (a.isEmpty() ? "" : eval.str(a.get(0))) + "\")");
            default:
                return arithmetic(b.name(), a);
        }
    }

    private AwkValue arithmetic(String name, List<Expr> a) {
        double x = a.isEmpty() ? 0 : eval.value(a.get(0)).num();
        switch (name) {
            case "int":
                return AwkValue.number(x < 0 ? Math.ceil(x) : Math.floor(x));
            case "sqrt":
                return AwkValue.number(x < 0 ? AwkValue.NEGATIVE_NAN : Math.sqrt(x));
            case "exp":
                return AwkValue.number(Math.exp(x));
            case "log":
                return AwkValue.number(x < 0 ? AwkValue.NEGATIVE_NAN : Math.log(x));
            case "sin":
                return AwkValue.number(Math.sin(x));
            case "cos":
                return AwkValue.number(Math.cos(x));
            case "atan2":
                return AwkValue.number(Math.atan2(x, eval.value(a.get(1)).num()));
            case "rand":
                return AwkValue.number(random.nextDouble());
            case "srand": {
                double previous = seed;
                seed = a.isEmpty() ? System.currentTimeMillis() / 1000 : x;
                random = new Random((long) seed);
                return AwkValue.number(previous);
            }
            default:
                throw new IllegalStateException("builtin " + name);
        }
    }

    /**
     * substr as both awks answer it (recorded: {@code substr("hello", 0, 2)} is "he"): a start before the string
     * counts from its first character, the length is cut to what is left.
     */
    private static String substr(String s, double m, double n) {
        int length = s.length();
        int start = (int) Math.max(0, Math.min(length, m - 1));
        int count = Double.isNaN(n) ? length - start : (int) Math.max(0, Math.min(length - start, n));
        return s.substring(start, start + count);
    }

    private AwkValue split(List<Expr> a) {
        String text = eval.str(a.get(0));
        String name = ((AwkNode.Var) a.get(1)).name();
        String fs = a.size() > 2 ? eval.regexSource(a.get(2)) : state.special("FS");
        Map<String, AwkValue> array = state.array(name);
        array.clear();
        List<String> parts = state.split(text, fs);
        for (int k = 0; k < parts.size(); k++) {
            array.put(Integer.toString(k + 1), AwkValue.input(parts.get(k), state.dialect.busybox()));
        }
        return AwkValue.number(parts.size());
    }

    private AwkValue match(List<Expr> a) {
        String text = eval.str(a.get(0));
        Matcher m = state.pattern(eval.regexSource(a.get(1))).matcher(text);
        int start = 0;
        int length = -1;
        if (m.find()) {
            start = m.start() + 1;
            length = m.end() - m.start();
        }
        state.setScalar("RSTART", AwkValue.number(start));
        state.setScalar("RLENGTH", AwkValue.number(length));
        return AwkValue.number(start);
    }

    /** sub and gsub: {@code &} in the replacement is the match, {@code \&} a literal ampersand; the count replaced. */
    private AwkValue substitute(List<Expr> a, boolean global) {
        Matcher m = state.pattern(eval.regexSource(a.get(0))).matcher("");
        String replacement = eval.str(a.get(1));
        Expr target = a.size() > 2 ? a.get(2) : new AwkNode.Field(new AwkNode.Num(0), 0);
        String text = eval.str(target);
        m.reset(text);
        StringBuilder out = new StringBuilder();
        int count = 0;
        int pos = 0;
        int lastEnd = -1;
        while (pos <= text.length() && m.find(pos)) {
            int start = m.start();
            int end = m.end();
            if (start == end && start == lastEnd) {
                // an empty match right after the previous match: step over one character
                if (start < text.length()) {
                    out.append(text.charAt(start));
                }
                pos = start + 1;
                continue;
            }
            out.append(text, pos, start).append(expand(replacement, text.substring(start, end)));
            count++;
            lastEnd = end;
            if (end == start) {
                if (start < text.length()) {
                    out.append(text.charAt(start));
                }
                pos = start + 1;
            } else {
                pos = end;
            }
            if (!global) {
                break;
            }
        }
        if (count == 0) {
            return AwkValue.ZERO;
        }
        if (pos < text.length()) {
            out.append(text, pos, text.length());
        }
        eval.assign(target, AwkValue.string(out.toString()));
        return AwkValue.number(count);
    }

    private static String expand(String replacement, String matched) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\' && i + 1 < replacement.length() && (replacement.charAt(i + 1) == '&' || replacement.charAt(i + 1) == '\\')) {
                out.append(replacement.charAt(++i));
            } else if (c == '&') {
                out.append(matched);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
