package io.dockertutor.engine.sim.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Test-side copies of the two docker CLI helpers the catalog's data must agree with: go-units'
 * {@code HumanSizeWithPrecision(size, 3)} (decimal units) and the formatter's {@code Ellipsis(s, 45)}.
 */
final class DockerDisplay {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private DockerDisplay() {
    }

    static String humanSize(long bytes) {
        BigDecimal size = BigDecimal.valueOf(bytes);
        int unit = 0;
        while (size.compareTo(BigDecimal.valueOf(1000)) >= 0 && unit < UNITS.length - 1) {
            size = size.divide(BigDecimal.valueOf(1000));
            unit++;
        }
        // %.3g: three significant digits, trailing zeros dropped, ties to even like Go's exact formatting.
        return size.round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString()
                + UNITS[unit];
    }

    static String ellipsis(String text, int width) {
        return text.codePointCount(0, text.length()) <= width
                ? text
                : text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
    }
}
