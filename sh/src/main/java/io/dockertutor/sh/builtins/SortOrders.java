package io.dockertutor.sh.builtins;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparisons of {@link Sort}, on a line's bytes as coreutils' sort.c makes them in the C locale: where a key
 * begins and ends (begfield, limfield), then numeric, general numeric, human, month, version, folded or filtered
 * order of the keys' text (keycompare), each key reversed on its own.
 */
final class SortOrders {
    /** The field separator of no {@code -t}: fields begin at blanks (a field holds its leading blanks). */
    static final byte BLANKS = -1;
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    /** strtold's longest prefix: blanks, a sign, then inf, nan, a hexadecimal or a decimal number. */
    private static final Pattern FLOAT = Pattern.compile("^[ \\t\\n\\x0B\\f\\r]*([+-]?(?:inf(?:inity)?|nan"
            + "|0x(?:[0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(?:p[+-]?[0-9]+)?|(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:e[+-]?[0-9]+)?))",
            Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "KMGTPEZYRQ";

    private SortOrders() {
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\t';
    }

    /** begfield: where the key's text begins. */
    static int begin(byte[] line, SortKey key, byte tab) {
        int ptr = 0;
        int lim = line.length;
        if (key.sword < 0) {
            while (key.skipsblanks && ptr < lim && blank(line[ptr])) {
                ptr++;
            }
            return ptr;
        }
        for (int word = key.sword; ptr < lim && word > 0; word--) {
            ptr = pastField(line, ptr, tab, true);
        }
        if (key.skipsblanks) {
            while (ptr < lim && blank(line[ptr])) {
                ptr++;
            }
        }
        return (int) Math.min(lim, (long) ptr + key.schar);
    }

    /** limfield: where the key's text ends. */
    static int limit(byte[] line, SortKey key, byte tab) {
        int lim = line.length;
        if (key.eword < 0) {
            return lim;
        }
        int ptr = 0;
        long eword = key.eword;
        if (key.echar == 0) {
            eword++; // the whole of the last field
        }
        while (ptr < lim && eword-- > 0) {
            ptr = pastField(line, ptr, tab, eword > 0 || key.echar != 0);
        }
        if (key.echar != 0) {
            if (key.skipeblanks) {
                while (ptr < lim && blank(line[ptr])) {
                    ptr++;
                }
            }
            ptr = (int) Math.min(lim, (long) ptr + key.echar);
        }
        return ptr;
    }

    /** Past one field from {@code ptr}: to the next tab (and over it when {@code overTab}), or over blanks, then the rest. */
    private static int pastField(byte[] line, int ptr, byte tab, boolean overTab) {
        int lim = line.length;
        if (tab != BLANKS) {
            while (ptr < lim && line[ptr] != tab) {
                ptr++;
            }
            return ptr < lim && overTab ? ptr + 1 : ptr;
        }
        while (ptr < lim && blank(line[ptr])) {
            ptr++;
        }
        while (ptr < lim && !blank(line[ptr])) {
            ptr++;
        }
        return ptr;
    }

    /** keycompare: the first key that differs decides, reversed when that key is. */
    static int keyCompare(byte[] a, byte[] b, List<SortKey> keys, byte tab) {
        for (SortKey key : keys) {
            int ta = begin(a, key, tab);
            int la = Math.max(ta, limit(a, key, tab));
            int tb = begin(b, key, tab);
            int lb = Math.max(tb, limit(b, key, tab));
            int diff;
            if (key.numeric && key.busybox) {
                Double x = strtold(text(a, ta, la));
                Double y = strtold(text(b, tb, lb));
                diff = Double.compare(x == null ? 0 : x + 0.0, y == null ? 0 : y + 0.0);
            } else if (key.numeric) {
                diff = numeric(a, ta, la).compareTo(numeric(b, tb, lb));
            } else if (key.general) {
                diff = general(text(a, ta, la), text(b, tb, lb));
            } else if (key.human) {
                diff = human(a, ta, la, b, tb, lb);
            } else if (key.month) {
                diff = Integer.compare(month(a, ta, la), month(b, tb, lb));
            } else if (key.version) {
                diff = key.busybox ? SortVersions.strverscmp(text(a, ta, la), text(b, tb, lb))
                        : SortVersions.compare(text(a, ta, la), text(b, tb, lb));
            } else if (key.ignore != 0 || key.translate) {
                diff = filtered(a, ta, la, b, tb, lb, key);
            } else {
                diff = bytes(a, ta, la, b, tb, lb);
            }
            if (diff != 0) {
                return key.reverse ? -Integer.signum(diff) : Integer.signum(diff);
            }
        }
        return 0;
    }

    /** memcmp, then the shorter first. */
    static int bytes(byte[] a, int ta, int la, byte[] b, int tb, int lb) {
        int diff = java.util.Arrays.compareUnsigned(a, ta, la, b, tb, lb);
        return Integer.signum(diff);
    }

    private static String text(byte[] line, int from, int to) {
        return new String(line, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code -n}: leading blanks, an optional minus, digits with one decimal point; anything else is 0. */
    private static BigDecimal numeric(byte[] line, int from, int to) {
        int p = from;
        while (p < to && blank(line[p])) {
            p++;
        }
        int start = p;
        if (p < to && line[p] == '-') {
            p++;
        }
        int digits = 0;
        while (p < to && line[p] >= '0' && line[p] <= '9') {
            p++;
            digits++;
        }
        if (p < to && line[p] == '.') {
            p++;
            while (p < to && line[p] >= '0' && line[p] <= '9') {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return BigDecimal.ZERO;
        }
        String n = text(line, start, p);
        return new BigDecimal(n.endsWith(".") ? n.substring(0, n.length() - 1) : n.startsWith("-.") ? "-0" + n.substring(1)
                : n.startsWith(".") ? "0" + n : n);
    }

    /** {@code -g}: strtold's number; what is no number first, then NaN, then numbers (-0 equal to 0). */
    private static int general(String a, String b) {
        Double x = strtold(a);
        Double y = strtold(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        if (x.isNaN() || y.isNaN()) {
            return x.isNaN() ? (y.isNaN() ? 0 : -1) : 1;
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    private static Double strtold(String s) {
        Matcher m = FLOAT.matcher(s);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        boolean minus = n.startsWith("-");
        String body = n.replaceFirst("^[+-]", "");
        double v;
        if (body.startsWith("inf")) {
            v = Double.POSITIVE_INFINITY;
        } else if (body.startsWith("nan")) {
            return Double.NaN;
        } else if (body.startsWith("0x")) {
            v = Double.parseDouble(body.contains("p") ? body : body + "p0");
        } else {
            v = Double.parseDouble(body.endsWith(".") ? body + "0" : body);
        }
        return minus ? -v : v;
    }

    /** {@code -h}: the unit (K M G T P E Z Y R Q, k for K) first, then the number; a minus turns the unit's order. */
    private static int human(byte[] a, int ta, int la, byte[] b, int tb, int lb) {
        while (ta < la && blank(a[ta])) {
            ta++;
        }
        while (tb < lb && blank(b[tb])) {
            tb++;
        }
        int diff = unitOrder(a, ta, la) - unitOrder(b, tb, lb);
        return diff != 0 ? diff : numeric(a, ta, la).compareTo(numeric(b, tb, lb));
    }

    private static int unitOrder(byte[] line, int from, int to) {
        boolean minus = from < to && line[from] == '-';
        int p = minus ? from + 1 : from;
        char max = 0;
        while (p < to && ((line[p] >= '0' && line[p] <= '9') || line[p] == '.')) {
            if (line[p] != '.' && line[p] > max) {
                max = (char) line[p];
            }
            p++;
        }
        if (max > '0' && p < to) {
            int order = line[p] == 'k' ? 1 : UNITS.indexOf(line[p]) + 1;
            return minus ? -order : order;
        }
        return 0;
    }

    /** {@code -M}: the first three letters after blanks, JAN to DEC in any case; anything else before January. */
    private static int month(byte[] line, int from, int to) {
        while (from < to && blank(line[from])) {
            from++;
        }
        if (to - from < 3) {
            return 0;
        }
        String name = text(line, from, from + 3).toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code -d}, {@code -i}, {@code -f}: ignored bytes skipped, the rest folded to upper case when asked. */
    private static int filtered(byte[] a, int ta, int la, byte[] b, int tb, int lb, SortKey key) {
        while (true) {
            while (ta < la && ignored(a[ta], key.ignore)) {
                ta++;
            }
            while (tb < lb && ignored(b[tb], key.ignore)) {
                tb++;
            }
            if (!(ta < la && tb < lb)) {
                break;
            }
            int x = fold(a[ta] & 0xff, key.translate);
            int y = fold(b[tb] & 0xff, key.translate);
            if (x != y) {
                return x - y;
            }
            ta++;
            tb++;
        }
        return (ta < la ? 1 : 0) - (tb < lb ? 1 : 0);
    }

    private static boolean ignored(byte b, char ignore) {
        int c = b & 0xff;
        if (ignore == 'd') {
            return !(blank(b) || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
        }
        return ignore == 'i' && (c < 0x20 || c >= 0x7f);
    }

    private static int fold(int c, boolean translate) {
        return translate && c >= 'a' && c <= 'z' ? c - 32 : c;
    }
}
