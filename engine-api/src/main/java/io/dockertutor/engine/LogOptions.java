package io.dockertutor.engine;

import java.time.Instant;

/**
 * What part of a container's log to read.
 *
 * @param tail  the last N lines, or -1 for all
 * @param since only lines at or after this time, or null
 * @param until only lines before this time, or null
 */
public record LogOptions(int tail, Instant since, Instant until) {
    public static final LogOptions ALL = new LogOptions(-1, null, null);
}
