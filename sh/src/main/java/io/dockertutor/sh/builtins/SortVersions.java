package io.dockertutor.sh.builtins;

/**
 * {@code sort -V}: gnulib's filevercmp, as coreutils 9.1 compares versions: the empty string first, then ".", "..",
 * other names beginning with a dot, then the rest; a name's file suffix ({@code .tar.gz}) is compared only when the
 * names are equal without it; runs of digits compare as numbers, other characters letters first, {@code ~} before
 * everything, even the end.
 */
final class SortVersions {
    private SortVersions() {
    }

    static int compare(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? (b.isEmpty() ? 0 : -1) : 1;
        }
        if (a.charAt(0) == '.') {
            if (b.charAt(0) != '.') {
                return -1;
            }
            int rank = dots(a);
            int otherRank = dots(b);
            if (rank != otherRank) {
                return Integer.compare(rank, otherRank);
            }
            if (rank != 3) {
                return 0;
            }
        } else if (b.charAt(0) == '.') {
            return 1;
        }
        int prefixA = prefixLength(a);
        int prefixB = prefixLength(b);
        int result = verrevcmp(a, prefixA, b, prefixB);
        boolean onePass = prefixA == a.length() && prefixB == b.length();
        return result != 0 || onePass ? result : verrevcmp(a, a.length(), b, b.length());
    }

    private static final int CMP = 2;
    private static final int LEN = 3;
    /** glibc's strverscmp states: normal, integral part, fractional part, leading zeros. */
    private static final int[] NEXT_STATE = {0, 3, 9, 0, 3, 3, 0, 6, 6, 0, 6, 9};
    private static final int[] RESULT_TYPE = {CMP, CMP, CMP, CMP, LEN, CMP, CMP, CMP, CMP,
        CMP, -1, -1, +1, LEN, LEN, +1, LEN, LEN,
        CMP, CMP, CMP, CMP, CMP, CMP, CMP, CMP, CMP,
        CMP, +1, +1, -1, CMP, CMP, -1, CMP, CMP};

    /** glibc's strverscmp (busybox's {@code sort -V}): digit runs as numbers, a leading zero as a fraction. */
    static int strverscmp(String a, String b) {
        int p1 = 0;
        int p2 = 0;
        int c1 = at(a, p1++);
        int c2 = at(b, p2++);
        int state = (c1 == '0' ? 1 : 0) + (isDigit((char) c1) ? 1 : 0);
        int diff;
        while ((diff = c1 - c2) == 0) {
            if (c1 == 0) {
                return 0;
            }
            state = NEXT_STATE[state];
            c1 = at(a, p1++);
            c2 = at(b, p2++);
            state += (c1 == '0' ? 1 : 0) + (isDigit((char) c1) ? 1 : 0);
        }
        int result = RESULT_TYPE[state * 3 + (c2 == '0' ? 1 : 0) + (isDigit((char) c2) ? 1 : 0)];
        if (result == CMP) {
            return diff;
        }
        if (result == LEN) {
            while (isDigit((char) at(a, p1++))) {
                if (!isDigit((char) at(b, p2++))) {
                    return 1;
                }
            }
            return isDigit((char) at(b, p2)) ? -1 : diff;
        }
        return result;
    }

    private static int at(String s, int i) {
        return i < s.length() ? s.charAt(i) & 0xff : 0;
    }

    /** 1 for ".", 2 for "..", 3 for another name with a leading dot (so "." and ".." come first). */
    private static int dots(String s) {
        return s.equals(".") ? 1 : s.equals("..") ? 2 : 3;
    }

    /** file_prefixlen: the name without its suffix, the longest {@code (\.[A-Za-z~][A-Za-z0-9~]*)*} at its end. */
    private static int prefixLength(String s) {
        int n = s.length();
        int prefix = 0;
        int i = 0;
        while (true) {
            if (i == n) {
                return prefix;
            }
            i++;
            prefix = i;
            while (i + 1 < n && s.charAt(i) == '.' && (isAlpha(s.charAt(i + 1)) || s.charAt(i + 1) == '~')) {
                for (i += 2; i < n && (isAlpha(s.charAt(i)) || isDigit(s.charAt(i)) || s.charAt(i) == '~'); i++) {
                    // the suffix goes on
                }
            }
        }
    }

    private static int order(char c) {
        if (isDigit(c)) {
            return 0;
        }
        if (isAlpha(c)) {
            return c;
        }
        return c == '~' ? -1 : c + 256;
    }

    private static int verrevcmp(String s1, int len1, String s2, int len2) {
        int p1 = 0;
        int p2 = 0;
        while (p1 < len1 || p2 < len2) {
            int firstDiff = 0;
            while ((p1 < len1 && !isDigit(s1.charAt(p1))) || (p2 < len2 && !isDigit(s2.charAt(p2)))) {
                int c1 = p1 == len1 ? 0 : order(s1.charAt(p1));
                int c2 = p2 == len2 ? 0 : order(s2.charAt(p2));
                if (c1 != c2) {
                    return c1 - c2;
                }
                p1++;
                p2++;
            }
            while (p1 < len1 && s1.charAt(p1) == '0') {
                p1++;
            }
            while (p2 < len2 && s2.charAt(p2) == '0') {
                p2++;
            }
            while (p1 < len1 && p2 < len2 && isDigit(s1.charAt(p1)) && isDigit(s2.charAt(p2))) {
                if (firstDiff == 0) {
                    firstDiff = s1.charAt(p1) - s2.charAt(p2);
                }
                p1++;
                p2++;
            }
            if (p1 < len1 && isDigit(s1.charAt(p1))) {
                return 1;
            }
            if (p2 < len2 && isDigit(s2.charAt(p2))) {
                return -1;
            }
            if (firstDiff != 0) {
                return firstDiff;
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
