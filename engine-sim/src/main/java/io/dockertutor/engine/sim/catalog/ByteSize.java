package io.dockertutor.engine.sim.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses sizes as Docker prints them ({@code 74.8MB}, {@code 1.62kB}, {@code 336B}) or as plain byte counts.
 * Docker's units are decimal (go-units' {@code FromHumanSize}): a kB is 1000 bytes, an MB a million.
 */
final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]?[bB]?)");
    private static final Map<Character, Long> MULTIPLIERS =
            Map.of('k', 1_000L, 'm', 1_000_000L, 'g', 1_000_000_000L, 't', 1_000_000_000_000L);

    private ByteSize() {
    }

    /** The number of bytes {@code text} stands for, or empty when it is not a size. */
    static Optional<Long> parse(String text) {
        Matcher matcher = SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String unit = matcher.group(2);
        long multiplier = unit.isEmpty() || unit.equalsIgnoreCase("b")
                ? 1L
                : MULTIPLIERS.get(Character.toLowerCase(unit.charAt(0)));
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(multiplier));
        try {
            return Optional.of(bytes.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }
}
