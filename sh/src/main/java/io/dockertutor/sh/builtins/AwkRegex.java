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
    private final boolean intervals;
    private final Map<String, Pattern> cache = new HashMap<>();

    AwkRegex(AwkDialect dialect) {
        this.intervals = dialect.busybox();
    }

    /** A regex the library refuses, with mawk's and regcomp's (busybox's) reasons. */
    static final class Bad extends RuntimeException {
        private final String mawk;
        private final String busybox;

        Bad(String mawk, String busybox) {
            super(null, null, false, false);
            this.mawk = mawk;
            this.busybox = busybox;
        }

        /** mawk's lines after "regular expression compile failed": the reason in parentheses, then the regex. */
        String mawk(String ere) {
            return "regular expression compile failed (" + mawk + ")\n" + ere;
        }

        /** busybox's whole message. */
        AwkError busybox(String program, String ere) {
            return new AwkError(program + ": bad regex '" + ere + "': " + busybox, 1);
        }
    }

    private static final Bad UNMATCHED_BRACKET = new Bad("bad class -- [], [^] or [", "Unmatched [, [^, [:, [., or [=");

    /** The compiled regex; throws {@link Bad} for one neither awk accepts. */
    Pattern compile(String ere) {
        Pattern p = cache.get(ere);
        if (p == null) {
            try {
                p = Pattern.compile(translate(ere), Pattern.DOTALL);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new Bad("bad regex", "Invalid regular expression");
            }
            if (cache.size() < 500) {
                cache.put(ere, p);
            }
        }
        return p;
    }

    private String translate(String p) {
        StringBuilder re = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean operandMissing = re.length() == 0 || endsWith(re, "(") || endsWith(re, "|");
            boolean atStart = operandMissing || endsWith(re, "^");
            if ("*+?".indexOf(c) >= 0 && operandMissing) {
                throw new Bad("missing operand", "Invalid preceding regular expression");
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth == 0) {
                // an unmatched ) stands for itself
                re.append("\\)");
                continue;
            } else if (c == ')') {
                depth--;
            }
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
        if (depth > 0) {
            throw new Bad("missing ')'", "Unmatched ( or \\(");
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
        try {
            return BracketExpression.copy(p, open, re, AwkRegex::escaped);
        } catch (BracketExpression.Malformed e) {
            if (e.unknownClass()) {
                throw new Bad("bad class -- [], [^] or [", "Invalid character class name");
            }
            // regcomp words a bracket that ends the regex at once differently (recorded: '[' alone)
            boolean bare = p.substring(open).matches("\\[\\^?");
            throw bare ? new Bad("bad class -- [], [^] or [", "Invalid regular expression") : UNMATCHED_BRACKET;
        }
    }
}
