package io.dockertutor.sh.builtins;

import java.util.List;

/**
 * awk's printf and sprintf: C's conversions ({@code %c %d %i %o %u %x %X %e %E %f %F %g %G %s %%}) with flags,
 * widths and precisions (also from arguments, {@code *}), laid out by {@link PrintfField}. A number for {@code %c}
 * is a character code, a string gives its first character. Too few arguments: busybox takes them as empty, mawk
 * stops with an error (after printing what it formatted so far).
 */
final class AwkFormat {
    /** busybox's refusal of a width or precision taken from an argument. */
    static final class StarUnsupported extends RuntimeException {
        StarUnsupported() {
            super(null, null, false, false);
        }
    }

    /** mawk's refusal when arguments run out; {@code partial} is what was formatted before. */
    static final class TooFew extends RuntimeException {
        private final String partial;

        TooFew(String partial) {
            super(null, null, false, false);
            this.partial = partial;
        }

        String partial() {
            return partial;
        }
    }

    private AwkFormat() {
    }

    static String sprintf(AwkDialect dialect, String f, List<AwkValue> args, String convfmt) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) {
                out.append(c);
                continue;
            }
            if (f.charAt(i + 1) == '%') {
                out.append('%');
                i++;
                continue;
            }
            int start = i++;
            StringBuilder flags = new StringBuilder();
            while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
                flags.append(f.charAt(i++));
            }
            int width = -1;
            if (i < f.length() && f.charAt(i) == '*' && dialect.busybox()) {
                throw new StarUnsupported();
            }
            if (i < f.length() && f.charAt(i) == '*') {
                i++;
                width = (int) argument(dialect, args, next++, out).num();
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
            } else {
                int d = i;
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    i++;
                }
                width = i > d ? Math.min(PrintfField.MAX, Integer.parseInt(f.substring(d, Math.min(i, d + 9)))) : -1;
            }
            int precision = -1;
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                if (i < f.length() && f.charAt(i) == '*') {
                    i++;
                    precision = Math.max(-1, (int) argument(dialect, args, next++, out).num());
                } else {
                    int d = i;
                    while (i < f.length() && Character.isDigit(f.charAt(i))) {
                        i++;
                    }
                    precision = i > d ? Math.min(PrintfField.MAX, Integer.parseInt(f.substring(d, Math.min(i, d + 9)))) : 0;
                }
            }
            while (i < f.length() && "hlLqjzt".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            if (i >= f.length() || "cdiouxXeEfFgGs".indexOf(f.charAt(i)) < 0) {
                // not a conversion: C's printf (and both awks) print it as it stands
                out.append(f, start, Math.min(i + 1, f.length()));
                continue;
            }
            char conv = f.charAt(i);
            AwkValue arg = argument(dialect, args, next++, out);
            PrintfField field = new PrintfField(flags.toString(), width, precision, conv == 'i' ? 'd' : conv);
            out.append(convert(dialect, field, arg, convfmt));
        }
        return out.toString();
    }

    private static AwkValue argument(AwkDialect dialect, List<AwkValue> args, int index, StringBuilder out) {
        if (index < args.size()) {
            return args.get(index);
        }
        if (dialect.busybox()) {
            return AwkValue.UNINIT;
        }
        throw new TooFew(out.toString());
    }

    private static String convert(AwkDialect dialect, PrintfField field, AwkValue arg, String convfmt) {
        switch (field.conversion()) {
            case 's':
                return field.text(arg.str(dialect, convfmt));
            case 'c':
                if (arg.isString()) {
                    String s = arg.str(dialect, convfmt);
                    return field.text(s.isEmpty() ? "" : s.substring(0, s.offsetByCodePoints(0, 1)));
                }
                return field.text(String.valueOf((char) ((long) arg.num() & 0xFF)));
            case 'd':
            case 'o':
            case 'u':
            case 'x':
            case 'X':
                return field.integer(integer(dialect, arg.num()));
            default:
                return field.decimal(arg.num());
        }
    }

    /** C's conversion of the double to the integer printf gets: mawk clamps to an int, busybox to a long long. */
    private static long integer(AwkDialect dialect, double d) {
        if (Double.isNaN(d)) {
            return dialect.busybox() ? Long.MIN_VALUE : Integer.MAX_VALUE;
        }
        if (dialect.busybox()) {
            return (long) d;
        }
        return (long) Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, d));
    }
}
