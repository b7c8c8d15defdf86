package io.dockertutor.gotext;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * strconv.FormatFloat's {@code 'g'} with an explicit precision: the exact value rounded half-to-even to that many
 * significant digits, trailing zeros dropped, {@code %e} form when the exponent is below -4 or reaches the
 * precision. Costs what the digits cost, whatever the precision asked (a double has at most 767 of them).
 */
final class GoFloatDigits {
    private static final int EXACT_DIGITS = 800;

    private GoFloatDigits() {
    }

    /** {@code a} is finite and not negative; the sign is the caller's. */
    static String general(double a, int precision) {
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            return Double.isNaN(a) ? "NaN" : "+Inf";
        }
        int prec = Math.max(1, precision);
        String digits = "";
        int dp = 0;
        if (a != 0) {
            BigDecimal rounded = new BigDecimal(a).round(new MathContext(Math.min(prec, EXACT_DIGITS),
                    RoundingMode.HALF_EVEN)).stripTrailingZeros();
            digits = rounded.unscaledValue().toString();
            dp = digits.length() - rounded.scale();
        }
        int nd = digits.length();
        int eprec = prec > nd && nd >= dp ? nd : prec;
        int exp = dp - 1;
        if (exp < -4 || exp >= eprec) {
            return exponentForm(digits, Math.min(prec, nd) - 1, exp);
        }
        return fixedForm(digits, dp, Math.max((prec > dp ? nd : prec) - dp, 0));
    }

    private static String exponentForm(String digits, int fraction, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.isEmpty() ? '0' : digits.charAt(0));
        if (fraction > 0) {
            sb.append('.');
            for (int i = 1; i <= fraction; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        int e = digits.isEmpty() ? 0 : exp;
        sb.append('e').append(e < 0 ? '-' : '+');
        int abs = Math.abs(e);
        return sb.append(abs < 10 ? "0" : "").append(abs).toString();
    }

    private static String fixedForm(String digits, int dp, int fraction) {
        StringBuilder sb = new StringBuilder();
        if (dp > 0) {
            for (int i = 0; i < dp; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        } else {
            sb.append('0');
        }
        if (fraction > 0) {
            sb.append('.');
            for (int i = 0; i < fraction; i++) {
                int at = dp + i;
                sb.append(at >= 0 && at < digits.length() ? digits.charAt(at) : '0');
            }
        }
        return sb.toString();
    }
}
