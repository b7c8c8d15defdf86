package io.dockertutor.sh.builtins;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * awk's regular expressions (POSIX ERE with awk's escapes) translated into java.util.regex: bracket expressions with
 * {@code [:alpha:]} and kin, {@code $} only at the very end, {@code .} matching newlines too. mawk 1.3.4 reads
 * {@code {} literally; busybox (regcomp) takes intervals such as {@code e{2}}.
 */
final class AwkRegex {
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "a-zA-Z"), Map.entry("digit", "0-9"), Map.entry("alnum", "a-zA-Z0-9"),
            Map.entry("upper", "A-Z"), Map.entry("lower", "a-z"), Map.entry("space", " \\t\\n\\r\\f\\x0B"),
            Map.entry("blank", " \\t"), Map.entry("punct", "\\p{Punct}"), Map.entry("xdigit", "0-9A-Fa-f"),
            Map.entry("print", "\\x20-\\x7E"), Map.entry("graph", "\\x21-\\x7E"), Map.entry("cntrl", "\\x00-\\x1F\\x7F"));

    private final boolean intervals;
    private final AwkDialect dialect;
    private final Map<String, Pattern> cache = new HashMap<>();

    AwkRegex(AwkDialect dialect) {
        this.dialect = dialect;
        this.intervals = dialect.busybox();
    }

    Pattern compile(String ere) {
        Pattern p = cache.get(ere);
        if (p == null) {
            try {
                p = Pattern.compile(translate(ere), Pattern.DOTALL);
            } catch (IllegalArgumentException e) {
                throw dialect.busybox() ? new AwkError(dialect.program() + ": cmd. line:1: Invalid regex", 1)
                        : new AwkError(dialect.program() + ": line 1: regular expression compile failed (bad regex)\n" + ere, 2);
            }
            if (cache.size() < 500) {
                cache.put(ere, p);
            }
        }
        return p;
    }

    private String translate(String p) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean atStart = re.length() == 0 || endsWith(re, "(") || endsWith(re, "|") || endsWith(re, "^");
            if (c == '\\' && i + 1 < p.length()) {
                re.append(escaped(p.charAt(++i)));
            } else if (c == '[') {
                i = bracket(p, i, re);
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                if (intervals && !atStart && close > 0 && p.substring(i + 1, close).matches("[0-9]+(,[0-9]*)?")) {
                    re.append(p, i, close + 1);
                    i = close;
                } else {
                    re.append("\\{");
                }
            } else if (c == '$') {
                re.append("(?!.)");
            } else if ("*+?".indexOf(c) >= 0 && atStart) {
                re.append('\\').append(c);
            } else if ("^.()|*+?".indexOf(c) >= 0 || Character.isLetterOrDigit(c) || c > 127) {
                re.append(c);
            } else {
                re.append('\\').append(c);
            }
        }
        return re.toString();
    }

    private static boolean endsWith(StringBuilder re, String s) {
        return re.length() >= s.length() && re.substring(re.length() - s.length()).equals(s)
                && !(re.length() > s.length() && re.charAt(re.length() - s.length() - 1) == '\\');
    }

    /** The Java form of {@code \c} in an awk regex: control escapes, otherwise the character itself. */
    private static String escaped(char n) {
        int k = "ntrfvab".indexOf(n);
        if (k >= 0) {
            return new String[] {"\\n", "\\t", "\\r", "\\f", "\\x0B", "\\x07", "\\x08"}[k];
        }
        return Character.isLetterOrDigit(n) ? String.valueOf(n) : "\\" + n;
    }

    /** Copies a bracket expression starting at {@code open}; returns the index of its closing {@code ]}. */
    private static int bracket(String p, int open, StringBuilder re) {
        StringBuilder out = new StringBuilder("[");
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ']' && !first) {
                re.append(out).append(']');
                return i;
            }
            first = false;
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int end = p.indexOf(":]", i + 2);
                if (end > 0 && CLASSES.containsKey(p.substring(i + 2, end))) {
                    out.append(CLASSES.get(p.substring(i + 2, end)));
                    i = end + 1;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < p.length()) {
                out.append(escaped(p.charAt(++i)));
            } else if (c == '-' && out.length() > 1 && !endsWith(out, "^") && i + 1 < p.length() && p.charAt(i + 1) != ']') {
                out.append('-');
            } else if (Character.isLetterOrDigit(c) || c > 127) {
                out.append(c);
            } else {
                out.append('\\').append(c);
            }
        }
        // an unclosed bracket: the regex library rejects it
        throw new IllegalArgumentException("unmatched [");
    }
}
