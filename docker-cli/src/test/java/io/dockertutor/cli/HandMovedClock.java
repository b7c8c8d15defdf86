package io.dockertutor.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests, in UTC: simulated time passes only when the test moves it ({@link #now}), or, while
 * {@link #ticking}, by {@link #TICK} each time it is read (time passes while a command such as {@code logs -f} waits).
 */
final class HandMovedClock extends Clock {
    static final Duration TICK = Duration.ofMillis(250);

    volatile Instant now = Instant.parse("2026-12-01T10:00:00Z");
    volatile boolean ticking;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        if (ticking) {
            now = now.plus(TICK);
        }
        return now;
    }
}
