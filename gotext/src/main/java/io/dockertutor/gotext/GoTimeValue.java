package io.dockertutor.gotext;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A Go {@code time.Time} decoded from JSON's RFC 3339 text: fmt prints {@code 2026-12-06 00:58:14.675750675 +0000 UTC}
 * (trailing zeros of the fraction dropped; a zone parsed from an offset has no name, so Go repeats the offset),
 * encoding/json writes the text back.
 */
public record GoTimeValue(String rfc3339) implements GoStringer {
    private static final String ZERO = "0001-01-01T00:00:00Z";

    /** The zero time, as a missing JSON field decodes. */
    public static GoTimeValue zero() {
        return new GoTimeValue(ZERO);
    }

    @Override
    public String goString() {
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(rfc3339);
        } catch (DateTimeParseException e) {
            return rfc3339;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond()));
        if (t.getNano() != 0) {
            sb.append('.').append(String.format("%09d", t.getNano()).replaceFirst("0+$", ""));
        }
        int off = t.getOffset().getTotalSeconds();
        String numeric = String.format("%s%02d%02d", off < 0 ? "-" : "+", Math.abs(off) / 3600, Math.abs(off) % 3600 / 60);
        sb.append(' ').append(numeric).append(' ').append(rfc3339.endsWith("Z") ? "UTC" : numeric);
        return sb.toString();
    }
}
