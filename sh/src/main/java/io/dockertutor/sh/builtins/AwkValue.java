package io.dockertutor.sh.builtins;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One awk scalar: a number, a string, or a "strnum" (text from input - fields, getline, split, -v, ARGV - that
 * compares as a number when it looks like one), or the uninitialized value (both 0 and "").
 */
final class AwkValue {
    /** What awk reads as a number: optional blanks, sign, digits with an optional point and exponent, blanks. */
    private static final Pattern NUMERIC = Pattern.compile("[ \\t\\n]*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n]*");
    private static final Pattern LEADING = Pattern.compile("^[ \\t\\n]*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** What else C's strtod reads (both awks convert with it): hexadecimal, inf and nan. */
    private static final Pattern STRTOD_WORDS = Pattern.compile("^[ \\t\\n]*([+-]?)(0[xX][0-9a-fA-F]+|inf(inity)?|nan)",
            Pattern.CASE_INSENSITIVE);
    /** The NaN C's math functions return (its sign bit set: printf shows it as -nan). */
    static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    static final AwkValue UNINIT = new AwkValue(Kind.UNINIT, 0, "");
    static final AwkValue ZERO = number(0);
    static final AwkValue ONE = number(1);
    static final AwkValue EMPTY = string("");

    enum Kind { NUMBER, STRING, STRNUM, UNINIT }

    private final Kind kind;
    private final double number;
    private final String text;

    private AwkValue(Kind kind, double number, String text) {
        this.kind = kind;
        this.number = number;
        this.text = text;
    }

    static AwkValue number(double n) {
        return new AwkValue(Kind.NUMBER, n, null);
    }

    static AwkValue bool(boolean b) {
        return b ? ONE : ZERO;
    }

    static AwkValue string(String s) {
        return new AwkValue(Kind.STRING, Double.NaN, s);
    }

    /** Input text: a number for comparisons when all of it reads as one. */
    static AwkValue input(String s) {
        return NUMERIC.matcher(s).matches() ? new AwkValue(Kind.STRNUM, toNumber(s), s) : string(s);
    }

    /** Input text as busybox takes it: also a hexadecimal number counts ({@code 0x1A == 26}). */
    static AwkValue input(String s, boolean busybox) {
        if (busybox && s.strip().matches("[+-]?0[xX][0-9a-fA-F]+")) {
            return new AwkValue(Kind.STRNUM, toNumber(s), s);
        }
        return input(s);
    }

    boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.STRNUM || kind == Kind.UNINIT;
    }

    boolean isString() {
        return kind == Kind.STRING;
    }

    boolean isUninit() {
        return kind == Kind.UNINIT;
    }

    double num() {
        return kind == Kind.STRING ? toNumber(text) : number;
    }

    /** The string value, numbers formatted with {@code format} (CONVFMT or OFMT) unless integral. */
    String str(AwkDialect numbers, String format) {
        return kind == Kind.NUMBER ? numbers.format(number, format) : text;
    }

    boolean truth() {
        return switch (kind) {
            case NUMBER -> number != 0;
            case STRNUM -> number != 0;
            case STRING -> !text.isEmpty();
            case UNINIT -> false;
        };
    }

    /** atof: the longest leading number, 0 when there is none. */
    static double toNumber(String s) {
        Matcher w = STRTOD_WORDS.matcher(s);
        if (w.find()) {
            String word = w.group(2).toLowerCase(java.util.Locale.ROOT);
            double v = word.startsWith("0x") ? Long.parseLong(word.substring(2), 16)
                    : word.startsWith("inf") ? Double.POSITIVE_INFINITY : Double.NaN;
            return w.group(1).equals("-") ? -v : v;
        }
        Matcher m = LEADING.matcher(s);
        if (!m.find()) {
            return 0;
        }
        try {
            return Double.parseDouble(m.group().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
