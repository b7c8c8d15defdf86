package io.dockertutor.engine.sim.filter;

import io.dockertutor.engine.EngineException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time as the daemon reads an {@code until} filter (moby's {@code GetTimestamp}): a Go duration back
 * from now ({@code 10m}, {@code 1h30m}), an RFC 3339 date or date-time with or without a zone (the daemon's zone,
 * UTC here), or Unix seconds with an optional fraction.
 */
public final class GoTimestamp {
    private static final Pattern DURATION = Pattern.compile("[-+]?((\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|ms|s|m|h))+");
    private static final Pattern PART = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|ms|s|m|h)");
    private static final Pattern UNIX = Pattern.compile("-?\\d+(\\.\\d+)?");

    private GoTimestamp() {
    }

    public static Instant parse(String value, Instant now) {
        if (!value.equals("0") && DURATION.matcher(value).matches()) {
            return now.minus(duration(value));
        }
        try {
            if (value.contains("-")) {
                return dateTime(value);
            }
        } catch (DateTimeParseException e) {
            throw EngineException.badRequest("parsing time \"" + value + "\": " + e.getMessage());
        }
        if (UNIX.matcher(value).matches()) {
            BigDecimal seconds = new BigDecimal(value);
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        throw EngineException.badRequest("failed to parse value as time or duration: \"" + value + "\"");
    }

    private static Duration duration(String value) {
        boolean negative = value.startsWith("-");
        Matcher m = PART.matcher(value);
        BigDecimal nanos = BigDecimal.ZERO;
        while (m.find()) {
            long unit = switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
        }
        Duration d = Duration.ofNanos(nanos.longValue());
        return negative ? d.negated() : d;
    }

    private static Instant dateTime(String value) {
        String v = value.replace('z', 'Z');
        boolean zoned = v.contains("Z") || v.contains("+") || v.chars().filter(c -> c == '-').count() == 3;
        if (!v.contains("T")) {
            return zoned ? OffsetDateTime.parse(v.replaceFirst("(\\d{4}-\\d\\d-\\d\\d)", "$1T00:00:00")).toInstant()
                    : LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        String full = v.replaceFirst("T(\\d\\d)(?=$|Z|[+-])", "T$1:00").replaceFirst("T(\\d\\d:\\d\\d)(?=$|Z|[+-])", "T$1:00");
        return zoned ? OffsetDateTime.parse(full).toInstant() : LocalDateTime.parse(full).toInstant(ZoneOffset.UTC);
    }
}
