package io.dockertutor.engine;

import java.time.Instant;

/** One line a container's process wrote, with its time and stream, as {@code docker logs -t} shows it. */
public record LogEntry(Instant time, boolean stderr, String text) {
}
