package io.dockertutor.gotext;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Go's number syntax (template literals) and float formatting ({@code %v}, {@code %g}, encoding/json). */
final class GoNumbers {
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GoNumbers() {
    }

    /** Go's parse.newNumber: which ideal-constant views (int, uint, float) a literal has. */
    static Node.NumberNode parseLiteral(int pos, String text, boolean charConstant, boolean complex) {
        if (charConstant) {
            long r = GoQuote.unquoteChar(text);
            return new Node.NumberNode(pos, text, true, true, true, r, r);
        }
        if (complex || text.endsWith("i")) {
            throw new IllegalArgumentException("complex constants are not supported: " + GoQuote.quote(text));
        }
        BigInteger big = parseInteger(text);
        boolean isInt = false;
        boolean isUint = false;
        boolean isFloat = false;
        long i64 = 0;
        double f64 = 0;
        if (big != null) {
            isUint = big.signum() >= 0 && big.compareTo(MAX_UINT64) <= 0;
            isInt = big.bitLength() < 64;
            if (isInt) {
                i64 = big.longValue();
            }
            if (isInt || isUint) {
                isFloat = true;
                f64 = big.doubleValue();
            }
        }
        if (!isInt && !isUint) {
            Double f = parseFloat(text);
            if (f != null) {
                if (!text.matches(".*[.eEpP].*")) {
                    throw new IllegalArgumentException("integer overflow: " + GoQuote.quote(text));
                }
                isFloat = true;
                f64 = f;
                if (f64 == Math.rint(f64) && Math.abs(f64) < 0x1p63) {
                    isInt = true;
                    i64 = (long) f64;
                }
                isUint = f64 >= 0 && f64 == Math.rint(f64) && f64 < 0x1p64;
            }
        }
        if (!isInt && !isUint && !isFloat) {
            throw new IllegalArgumentException("illegal number syntax: " + GoQuote.quote(text));
        }
        return new Node.NumberNode(pos, text, isInt, isUint, isFloat, i64, f64);
    }

    /** strconv.ParseInt(text, 0, ...) without the range check; null when not an integer literal. */
    private static BigInteger parseInteger(String text) {
        String s = text;
        boolean neg = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            neg = s.startsWith("-");
            s = s.substring(1);
        }
        int radix = 10;
        boolean prefixed = false;
        if (s.length() > 1 && s.charAt(0) == '0') {
            char c = Character.toLowerCase(s.charAt(1));
            if (c == 'x' || c == 'o' || c == 'b') {
                radix = c == 'x' ? 16 : c == 'o' ? 8 : 2;
                s = s.substring(2);
                prefixed = true;
            } else {
                radix = 8;
                s = s.substring(1);
                prefixed = true;
            }
        }
        if (s.contains("__") || s.endsWith("_") || (!prefixed && s.startsWith("_"))) {
            return null;
        }
        s = s.replace("_", "");
        if (s.isEmpty()) {
            return prefixed && radix == 8 ? BigInteger.ZERO : null;
        }
        try {
            BigInteger v = new BigInteger(s, radix);
            return neg ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseFloat(String text) {
        String s = text.replace("_", "");
        try {
            if (s.matches("[+-]?0[xX].*")) {
                return Double.parseDouble(s.contains("p") || s.contains("P") ? s : s + "p0");
            }
            if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                return null;
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** fmt's {@code %v} for a float64, which is strconv.FormatFloat(d, 'g', -1, 64). */
    static String formatV(double d) {
        return formatG(d);
    }

    /** strconv.FormatFloat(d, 'g', -1, 64): shortest digits, exponent form when exp < -4 or >= 6. */
    static String formatG(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal bd = shortest(d);
        int digits = bd.precision();
        int exp = digits - bd.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String unscaled = bd.unscaledValue().abs().toString();
            String mant = unscaled.length() > 1 ? unscaled.charAt(0) + "." + unscaled.substring(1) : unscaled;
            return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "")
                    + Math.abs(exp);
        }
        return bd.toPlainString();
    }

    /** encoding/json's float64 encoding: 'f' format unless the magnitude is below 1e-6 or at least 1e21. */
    static String formatJson(double d) {
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            String s = formatG(d);
            // Go cleans e-07 to e-7.
            return s.replaceFirst("e([+-])0(\\d)$", "e$1$2");
        }
        if (abs == 0) {
            return "0";
        }
        return shortest(d).toPlainString();
    }

    /**
     * The shortest decimal that reads back as {@code d}, as Go's strconv produces; JDK 17's
     * Double.toString is sometimes one digit longer (JDK-4511638, fixed in JDK 19).
     */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal candidate = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros();
    }
}
