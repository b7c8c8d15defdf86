package io.dockertutor.sh.builtins;

import java.util.Map;

/**
 * A POSIX bracket expression ({@code [a-z]}, {@code [^:]}, {@code []x]}, {@code [[:alpha:]]}) as a java.util.regex
 * character class, for grep's and awk's regular expressions. awk also reads backslash escapes inside brackets
 * ({@code [\t/]}); grep takes a backslash there as itself.
 */
final class BracketExpression {
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "0-9"), Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\s"),
            Map.entry("blank", " \\t"), Map.entry("punct", "\\p{Punct}"), Map.entry("xdigit", "0-9A-Fa-f"),
            Map.entry("print", "\\p{Print}"), Map.entry("graph", "\\p{Graph}"), Map.entry("cntrl", "\\p{Cntrl}"));

    /** Why a bracket expression cannot be translated; the caller words it as its program does. */
    static final class Malformed extends Exception {
        private final boolean unknownClass;

        Malformed(boolean unknownClass) {
            super(null, null, false, false);
            this.unknownClass = unknownClass;
        }

        /** An unknown {@code [:name:]}, rather than a missing {@code ]}. */
        boolean unknownClass() {
            return unknownClass;
        }
    }

    /** How awk reads {@code \c} (also inside brackets). */
    interface Escapes {
        String of(char c);
    }

    private BracketExpression() {
    }

    /**
     * Appends the class for the bracket expression opening at {@code open} to {@code re}; returns the index of its
     * closing {@code ]}. {@code escapes} is null where a backslash is an ordinary character.
     */
    static int copy(String p, int open, StringBuilder re, Escapes escapes) throws Malformed {
        StringBuilder out = new StringBuilder("[");
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        int firstMember = out.length();
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ']' && i > open + firstMember) {
                re.append(out).append(']');
                return i;
            }
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int end = p.indexOf(":]", i + 2);
                if (end > 0) {
                    String cls = CLASSES.get(p.substring(i + 2, end));
                    if (cls == null) {
                        throw new Malformed(true);
                    }
                    out.append(cls);
                    i = end + 1;
                    continue;
                }
            }
            if (c == '\\' && escapes != null && i + 1 < p.length()) {
                out.append(escapes.of(p.charAt(++i)));
            } else if (c == '-' && out.length() > firstMember && i + 1 < p.length() && p.charAt(i + 1) != ']') {
                out.append('-');
            } else if (Character.isLetterOrDigit(c) || c > 127) {
                out.append(c);
            } else {
                out.append('\\').append(c);
            }
        }
        throw new Malformed(false);
    }
}
