package io.dockertutor.sh.builtins;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * C's {@code %f %e %g} digits for a double: the exact binary value rounded half-to-even, as glibc prints it (Java's
 * Formatter rounds the shortest decimal instead, so {@code %.3e} of 1234.5 would differ). Signs, widths and
 * padding are {@link PrintfField}'s.
 */
final class CFloat {
    /** A double's exact decimal expansion ends within 1074 fractional digits: past that only zeros follow. */
    private static final int EXACT_DIGITS = 1100;

    private CFloat() {
    }

    /** {@code %f} of a finite, non-negative value. */
    static String fixed(double a, int precision, boolean point) {
        int exact = Math.min(precision, EXACT_DIGITS);
        String s = new BigDecimal(a).setScale(exact, RoundingMode.HALF_EVEN).toPlainString();
        s += "0".repeat(precision - exact);
        return precision == 0 && point ? s + "." : s;
    }

    /** {@code %e} of a finite, non-negative value. */
    static String exponent(double a, int precision, boolean point, boolean upper) {
        String[] parts = mantissaAndExponent(a, precision);
        String mantissa = parts[0].substring(0, 1) + (precision > 0 || point ? "." : "") + parts[0].substring(1);
        return mantissa + (upper ? "E" : "e") + parts[1];
    }

    /** {@code %g}: the shorter of the two styles C's rule picks, trailing zeros removed unless {@code #}. */
    static String general(double a, int precision, boolean sharp, boolean upper) {
        int p = precision < 0 ? 6 : precision == 0 ? 1 : precision;
        int x = a == 0 ? 0 : Integer.parseInt(mantissaAndExponent(a, p - 1)[1]);
        String s = p > x && x >= -4 ? fixed(a, p - 1 - x, sharp) : exponent(a, p - 1, sharp, upper);
        if (sharp) {
            return s;
        }
        int e = s.indexOf(upper ? 'E' : 'e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + (e < 0 ? "" : s.substring(e));
    }

    /** {digits without a point (precision + 1 of them), exponent as C prints it: sign and at least two digits}. */
    private static String[] mantissaAndExponent(double a, int precision) {
        if (a == 0) {
            return new String[] {"0".repeat(precision + 1), "+00"};
        }
        int significant = Math.min(precision + 1, EXACT_DIGITS);
        BigDecimal rounded = new BigDecimal(a).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exp = digits.length() - 1 - rounded.scale();
        digits = digits.length() >= significant ? digits.substring(0, significant)
                : digits + "0".repeat(significant - digits.length());
        digits += "0".repeat(precision + 1 - significant);
        String e = String.format(Locale.ROOT, "%02d", Math.abs(exp));
        return new String[] {digits, (exp < 0 ? "-" : "+") + e};
    }
}
