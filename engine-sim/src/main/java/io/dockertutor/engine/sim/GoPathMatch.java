package io.dockertutor.engine.sim;

/**
 * Go's {@code path.Match}, which the daemon's {@code reference} filter uses: {@code *} and {@code ?} never cross
 * {@code /}, {@code [a-z]} and {@code [^...]} are classes, {@code \} escapes; every other character, braces
 * included, is literal. A malformed pattern matches nothing, as the daemon then skips the image.
 */
final class GoPathMatch {
    private GoPathMatch() {
    }

    static boolean matches(String pattern, String name) {
        try {
            return match(pattern, 0, name, 0);
        } catch (IllegalArgumentException badPattern) {
            return false;
        }
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi + 1, s, k)) {
                        return true;
                    }
                    if (k < s.length() && s.charAt(k) == '/') {
                        return false;
                    }
                }
                return false;
            }
            if (si >= s.length()) {
                return false;
            }
            char sc = s.charAt(si);
            if (c == '?') {
                if (sc == '/') {
                    return false;
                }
                pi++;
            } else if (c == '[') {
                int end = p.indexOf(']', pi + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("syntax error in pattern");
                }
                String cls = p.substring(pi + 1, end);
                boolean negate = cls.startsWith("^");
                if (negate) {
                    cls = cls.substring(1);
                }
                boolean in = false;
                for (int k = 0; k < cls.length(); k++) {
                    char lo = cls.charAt(k);
                    char hi = lo;
                    if (k + 2 < cls.length() && cls.charAt(k + 1) == '-') {
                        hi = cls.charAt(k + 2);
                        k += 2;
                    }
                    in |= sc >= lo && sc <= hi;
                }
                if (in == negate || sc == '/') {
                    return false;
                }
                pi = end + 1;
            } else {
                if (c == '\\') {
                    if (++pi >= p.length()) {
                        throw new IllegalArgumentException("syntax error in pattern");
                    }
                    c = p.charAt(pi);
                }
                if (c != sc) {
                    return false;
                }
                pi++;
            }
            si++;
        }
        return si == s.length();
    }
}
