package io.dockertutor.cli.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times printed as Go prints them, in the host's time zone as the docker CLI does. */
final class GoTime {
    private static final DateTimeFormatter STRING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private GoTime() {
    }

    /** {@code time.Unix(s, 0).String()}: {@code 2024-06-27 20:13:21 +0000 UTC}. */
    static String string(Instant t) {
        ZonedDateTime z = Instant.ofEpochSecond(t.getEpochSecond()).atZone(ZoneId.systemDefault());
        return z.format(STRING) + " " + zoneAbbreviation(z);
    }

    /** {@code time.RFC3339}: {@code 2024-06-27T20:13:21Z} in UTC, else with the offset. */
    static String rfc3339(Instant t) {
        ZonedDateTime z = Instant.ofEpochSecond(t.getEpochSecond()).atZone(ZoneId.systemDefault());
        return z.getOffset().getTotalSeconds() == 0
                ? z.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"))
                : z.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    /** {@code time.RFC3339Nano} in UTC, as the Engine API writes times in JSON. */
    static String rfc3339Nano(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    private static String zoneAbbreviation(ZonedDateTime z) {
        String id = z.getZone().getId();
        if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z") || id.equals("GMT")) {
            return "UTC";
        }
        return z.format(DateTimeFormatter.ofPattern("zzz"));
    }
}
