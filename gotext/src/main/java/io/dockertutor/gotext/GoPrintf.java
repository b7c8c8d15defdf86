package io.dockertutor.gotext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Go's fmt.Sprintf for the verbs templates use, with Go's {@code %!d(string=x)} style complaints. */
final class GoPrintf {
    private GoPrintf() {
    }

    /** fmt's bound on a width or precision (print.go {@code tooLarge}). */
    static final int MAX_WIDTH = 1_000_000;
    private static final int EXACT_FRACTION_DIGITS = 1100;

    private static final class Spec {
        boolean minus;
        boolean plus;
        boolean sharp;
        boolean space;
        boolean zero;
        int width = -1;
        int prec = -1;
    }

    static String sprintf(String format, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int argNum = 0;
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            Spec s = new Spec();
            flags:
            while (i < n) {
                switch (format.charAt(i)) {
                    case '-' -> { s.minus = true; s.zero = false; }
                    case '+' -> s.plus = true;
                    case '#' -> s.sharp = true;
                    case ' ' -> s.space = true;
                    case '0' -> s.zero = !s.minus;
                    default -> { break flags; }
                }
                i++;
            }
            if (i < n && format.charAt(i) == '*') {
                i++;
                Integer w = intFromArg(args, argNum);
                argNum += argNum < args.size() ? 1 : 0;
                if (w == null) {
                    out.append("%!(BADWIDTH)");
                } else {
                    s.width = Math.abs(w);
                    if (w < 0) {
                        s.minus = true;
                        s.zero = false;
                    }
                }
            } else {
                long[] parsed = parseNumber(format, i);
                s.width = (int) parsed[0];
                i = (int) parsed[1];
            }
            if (i + 1 < n && format.charAt(i) == '.') {
                i++;
                if (format.charAt(i) == '*') {
                    i++;
                    Integer p = intFromArg(args, argNum);
                    argNum += argNum < args.size() ? 1 : 0;
                    if (p == null || p < 0) {
                        out.append("%!(BADPREC)");
                    } else {
                        s.prec = p;
                    }
                } else {
                    long[] parsed = parseNumber(format, i);
                    s.prec = Math.max(0, (int) parsed[0]);
                    i = (int) parsed[1];
                }
            }
            if (i >= n) {
                out.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (argNum >= args.size()) {
                out.append("%!").appendCodePoint(verb).append("(MISSING)");
                continue;
            }
            Object arg = args.get(argNum++);
            out.append(pad(s, formatOne(s, verb, arg), isNumeric(arg) && verb != 'v' && verb != 's' && verb != 'q'));
            FormatOutputLimit.check(out.length());
        }
        if (argNum < args.size()) {
            out.append("%!(EXTRA ");
            for (int k = argNum; k < args.size(); k++) {
                Object a = args.get(k);
                out.append(k > argNum ? ", " : "").append(a == null ? "<nil>" : GoValues.typeName(a) + "=" + GoFmt.v(a));
            }
            out.append(')');
        }
        return out.toString();
    }

    /** fmt's tooLarge: widths and precisions past a million are refused, which bounds what one verb can print. */
    private static boolean tooLarge(long x) {
        return x > MAX_WIDTH || x < -MAX_WIDTH;
    }

    /**
     * fmt's parsenum: {value, next index}, value -1 when no digits. A number that overflows the bound swallows the
     * rest of the format (Go returns {@code end}), so the directive ends in {@code %!(NOVERB)}.
     */
    private static long[] parseNumber(String format, int start) {
        long num = 0;
        boolean any = false;
        int i = start;
        for (; i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) {
                return new long[] {-1, format.length()};
            }
            num = num * 10 + (format.charAt(i) - '0');
            any = true;
        }
        return new long[] {any ? num : -1, i};
    }

    /** fmt's intFromArg for {@code *}: an integer argument within the bound, otherwise null (a BADWIDTH/BADPREC). */
    private static Integer intFromArg(List<Object> args, int argNum) {
        if (argNum >= args.size()) {
            return null;
        }
        Object a = args.get(argNum);
        if (!(a instanceof Integer || a instanceof Long) || tooLarge(((Number) a).longValue())) {
            return null;
        }
        return ((Number) a).intValue();
    }

    private static boolean isNumeric(Object a) {
        return a instanceof Number;
    }

    private static String pad(Spec s, String text, boolean numeric) {
        if (s.width < 0) {
            return text;
        }
        int len = text.codePointCount(0, text.length());
        if (len >= s.width) {
            return text;
        }
        String fill = (s.zero && !s.minus ? "0" : " ").repeat(s.width - len);
        if (s.minus) {
            return text + fill;
        }
        if (s.zero && numeric && (text.startsWith("-") || text.startsWith("+"))) {
            return text.charAt(0) + fill + text.substring(1);
        }
        return fill + text;
    }

    private static String bad(int verb, Object arg) {
        String v = new String(Character.toChars(verb));
        return arg == null ? "%!" + v + "(<nil>)" : "%!" + v + "(" + GoValues.typeName(arg) + "=" + GoFmt.v(arg) + ")";
    }

    private static String formatOne(Spec s, int verb, Object arg) {
        if (verb == 'T') {
            return arg == null ? "<nil>" : GoValues.typeName(arg);
        }
        if (arg instanceof List<?> list && verb != 'v' && verb != 's' && verb != 'q' && verb != 'x' && verb != 'X') {
            StringBuilder sb = new StringBuilder("[");
            for (int k = 0; k < list.size(); k++) {
                sb.append(k > 0 ? " " : "").append(formatOne(s, verb, list.get(k)));
            }
            return sb.append(']').toString();
        }
        if (verb == 'v') {
            StringBuilder sb = new StringBuilder();
            if (arg instanceof Number num && s.plus) {
                sb.append(num.doubleValue() >= 0 ? "+" : "");
            }
            GoFmt.appendV(sb, arg, s.plus, 0);
            return sb.toString();
        }
        if (arg instanceof GoStringer st && (verb == 's' || verb == 'q')) {
            arg = st.goString();
        }
        if (arg instanceof String str) {
            return switch (verb) {
                case 's' -> s.prec >= 0 ? truncate(str, s.prec) : str;
                case 'q' -> s.sharp && !str.contains("`") ? "`" + str + "`" : GoQuote.quote(str);
                case 'x', 'X' -> hex(str.getBytes(StandardCharsets.UTF_8), verb == 'X');
                default -> bad(verb, arg);
            };
        }
        if (arg instanceof Boolean b) {
            return verb == 't' ? b.toString() : bad(verb, arg);
        }
        if (arg instanceof Integer || arg instanceof Long) {
            long x = ((Number) arg).longValue();
            String sign = x < 0 ? "-" : s.plus ? "+" : s.space ? " " : "";
            String mag = Long.toString(Math.abs(x));
            return switch (verb) {
                case 'd' -> sign + zeroPrec(mag, s.prec);
                case 'x' -> sign + (s.sharp ? "0x" : "") + zeroPrec(Long.toHexString(Math.abs(x)), s.prec);
                case 'X' -> sign + (s.sharp ? "0X" : "") + zeroPrec(Long.toHexString(Math.abs(x)).toUpperCase(Locale.ROOT), s.prec);
                case 'o' -> sign + (s.sharp ? "0" : "") + zeroPrec(Long.toOctalString(Math.abs(x)), s.prec);
                case 'b' -> sign + zeroPrec(Long.toBinaryString(Math.abs(x)), s.prec);
                case 'c' -> new String(Character.toChars((int) x));
                case 'q' -> GoQuote.quoteRune((int) x);
                case 'U' -> String.format("U+%04X", x);
                default -> bad(verb, arg);
            };
        }
        if (arg instanceof Double || arg instanceof Float) {
            double d = ((Number) arg).doubleValue();
            String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : s.plus ? "+" : s.space ? " " : "";
            double a = Math.abs(d);
            return switch (verb) {
                case 'f', 'F' -> sign + fixed(a, s.prec < 0 ? 6 : s.prec);
                case 'e', 'E' -> sign + expForm(a, s.prec < 0 ? 6 : s.prec, verb == 'E');
                case 'g', 'G' -> {
                    String g = s.prec < 0 ? GoNumbers.formatG(a) : GoFloatDigits.general(a, s.prec);
                    yield sign + (verb == 'G' ? g.toUpperCase(Locale.ROOT) : g);
                }
                default -> bad(verb, arg);
            };
        }
        if (verb == 's' || verb == 'd') {
            StringBuilder sb = new StringBuilder();
            GoFmt.appendV(sb, arg, false, 0);
            return arg == null || arg instanceof TemplateObject || arg instanceof java.util.Map || arg instanceof TypedNil
                    ? (arg == null ? bad(verb, null) : sb.toString()) : bad(verb, arg);
        }
        return bad(verb, arg);
    }

    /**
     * A double's exact decimal expansion ends within 1074 fractional digits, so digits past that are zeros: append
     * them rather than ask BigDecimal for a scale of a million (which takes minutes).
     */
    private static String fixed(double a, int prec) {
        int exact = Math.min(prec, EXACT_FRACTION_DIGITS);
        String digits = new BigDecimal(a).setScale(exact, RoundingMode.HALF_EVEN).toPlainString();
        return prec == exact ? digits : digits + "0".repeat(prec - exact);
    }

    private static String zeroPrec(String digits, int prec) {
        return prec > digits.length() ? "0".repeat(prec - digits.length()) + digits : digits;
    }

    private static String truncate(String s, int runes) {
        return s.codePointCount(0, s.length()) <= runes ? s : s.substring(0, s.offsetByCodePoints(0, runes));
    }

    private static String expForm(double a, int prec, boolean upper) {
        String java = String.format(Locale.ROOT, "%." + prec + "e", a);
        // Java prints e+05 like Go; only the case differs.
        return upper ? java.toUpperCase(Locale.ROOT) : java;
    }

    private static String hex(byte[] bytes, boolean upper) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format(upper ? "%02X" : "%02x", b));
        }
        return sb.toString();
    }
}
