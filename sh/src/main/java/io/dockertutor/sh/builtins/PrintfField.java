package io.dockertutor.sh.builtins;

import java.util.Locale;

/**
 * One printf conversion as C's printf lays it out: flags, field width and precision applied to a string, an integer
 * or a floating-point value. Widths and precisions reach here already bounded by {@link #MAX}, so a field never
 * costs more than a few megabytes.
 *
 * @param flags the flag characters given ({@code -+ #0}), in any order
 * @param width the field width, or -1 for none
 * @param precision the precision, or -1 for none
 * @param conversion the conversion character
 */
record PrintfField(String flags, int width, int precision, char conversion) {
    /**
     * The widest field or longest precision the tutor prints. bash and busybox hand any width up to INT_MAX to libc,
     * which writes that many bytes; a gigabyte of spaces helps no learner and would fill the tutor's heap, so past a
     * million (Go's own bound in fmt) printf says so instead.
     */
    static final int MAX = 1_000_000;

    boolean has(char flag) {
        return flags.indexOf(flag) >= 0;
    }

    /** {@code %s %b %c %q}: the precision cuts, the width pads; only {@code -} of the flags counts. */
    String text(String s) {
        String cut = precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
        return pad(cut, ' ');
    }

    /** {@code %d %i %o %u %x %X}: C's digits, precision as minimum digits, {@code #} prefixes, sign flags. */
    String integer(long value) {
        boolean signed = conversion == 'd' || conversion == 'i';
        String digits = switch (conversion) {
            case 'o' -> Long.toOctalString(value);
            case 'x' -> Long.toHexString(value);
            case 'X' -> Long.toHexString(value).toUpperCase(Locale.ROOT);
            case 'u' -> Long.toUnsignedString(value);
            default -> value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
        };
        if (precision == 0 && value == 0) {
            digits = "";
        } else if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        String prefix = "";
        if (signed) {
            prefix = value < 0 ? "-" : has('+') ? "+" : has(' ') ? " " : "";
        } else if (has('#') && value != 0 && (conversion == 'x' || conversion == 'X')) {
            prefix = conversion == 'x' ? "0x" : "0X";
        } else if (has('#') && conversion == 'o' && !digits.startsWith("0")) {
            digits = "0" + digits;
        }
        if (has('0') && !has('-') && precision < 0 && width > prefix.length() + digits.length()) {
            return prefix + "0".repeat(width - prefix.length() - digits.length()) + digits;
        }
        return pad(prefix + digits, ' ');
    }

    /** {@code %f %F %e %E %g %G}: glibc's digits ({@link CFloat}), {@code inf} and {@code nan}, flags as for integers. */
    String decimal(double value) {
        boolean upper = Character.isUpperCase(conversion);
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        double a = Math.abs(value);
        int prec = precision < 0 ? 6 : precision;
        String body;
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            body = Double.isNaN(value) ? "nan" : "inf";
            body = upper ? body.toUpperCase(Locale.ROOT) : body;
        } else {
            body = switch (Character.toLowerCase(conversion)) {
                case 'e' -> CFloat.exponent(a, prec, has('#'), upper);
                case 'g' -> CFloat.general(a, precision, has('#'), upper);
                default -> CFloat.fixed(a, prec, has('#'));
            };
        }
        String sign = negative && !Double.isNaN(value) ? "-" : has('+') ? "+" : has(' ') ? " " : "";
        if (has('0') && !has('-') && Double.isFinite(value) && width > sign.length() + body.length()) {
            return sign + "0".repeat(width - sign.length() - body.length()) + body;
        }
        return pad(sign + body, ' ');
    }

    private String pad(String s, char fill) {
        if (width <= s.length()) {
            return s;
        }
        String padding = String.valueOf(fill).repeat(width - s.length());
        return has('-') ? s + padding : padding + s;
    }
}
