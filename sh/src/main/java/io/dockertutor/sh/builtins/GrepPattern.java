package io.dockertutor.sh.builtins;

import java.util.List;
import java.util.regex.Pattern;

/** Translates POSIX basic and extended regular expressions (as GNU grep reads them) into java.util.regex. */
final class GrepPattern {
    private GrepPattern() {
    }

    /** A pattern grep rejects; the message is grep's, e.g. {@code Unmatched ( or \(}. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static Pattern compile(List<String> patterns, boolean extended, boolean fixed, boolean word, boolean line,
                           boolean ignoreCase) throws Invalid {
        StringBuilder alternatives = new StringBuilder();
        for (String p : patterns) {
            for (String single : p.split("\n", -1)) {
                if (alternatives.length() > 0) {
                    alternatives.append('|');
                }
                String re = fixed ? Pattern.quote(single) : translate(single, extended);
                if (word) {
                    re = "(?<![\\p{Alnum}_])(?:" + re + ")(?![\\p{Alnum}_])";
                } else if (line) {
                    re = "^(?:" + re + ")$";
                } else {
                    re = "(?:" + re + ")";
                }
                alternatives.append(re);
            }
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        try {
            return Pattern.compile(alternatives.toString(), flags);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new Invalid("Invalid regular expression");
        }
    }

    static String translate(String p, boolean extended) throws Invalid {
        StringBuilder re = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean atStart = re.length() == 0 || re.toString().endsWith("(") || re.toString().endsWith("^")
                    || re.toString().endsWith("|");
            if (c == '\\') {
                if (i + 1 >= p.length()) {
                    throw new Invalid("Trailing backslash");
                }
                char n = p.charAt(++i);
                if (!extended && "(){}|+?".indexOf(n) >= 0) {
                    re.append(n);
                    depth += n == '(' ? 1 : n == ')' ? -1 : 0;
                    if (depth < 0) {
                        throw new Invalid("Unmatched ) or \\)");
                    }
                } else if (n == '<' || n == '>') {
                    re.append("\\b");
                } else if ("wWsSb".indexOf(n) >= 0) {
                    re.append('\\').append(n);
                } else if (Character.isDigit(n)) {
                    re.append('\\').append(n);
                } else {
                    re.append(Pattern.quote(String.valueOf(n)));
                }
            } else if (c == '[') {
                i = bracket(p, i, re);
            } else if (c == '*' && atStart) {
                re.append("\\*");
            } else if (c == '*') {
                re.append('*');
            } else if (extended && "(){}|+?".indexOf(c) >= 0) {
                if (c == '{' && !p.substring(i).matches("(?s)\\{[0-9]*(,[0-9]*)?}.*")) {
                    re.append("\\{");
                    continue;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) {
                    re.append("\\)");
                    depth = 0;
                    continue;
                }
                re.append(c);
            } else if ("(){}|+?".indexOf(c) >= 0) {
                re.append('\\').append(c);
            } else if (c == '^' && !atStart && !extended) {
                re.append("\\^");
            } else if (c == '$' && !extended && i + 1 < p.length() && !p.startsWith("\\)", i + 1)
                    && !p.startsWith("\\|", i + 1)) {
                re.append("\\$");
            } else if ("^$.".indexOf(c) >= 0 || Character.isLetterOrDigit(c)) {
                re.append(c);
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (depth > 0) {
            throw new Invalid("Unmatched ( or \\(");
        }
        return re.toString();
    }

    /** Copies a bracket expression starting at {@code open}; returns the index of its closing {@code ]}. */
    private static int bracket(String p, int open, StringBuilder re) throws Invalid {
        try {
            return BracketExpression.copy(p, open, re, null);
        } catch (BracketExpression.Malformed e) {
            throw new Invalid(e.unknownClass() ? "Invalid character class name" : "Unmatched [, [^, [:, [., or [=");
        }
    }
}
