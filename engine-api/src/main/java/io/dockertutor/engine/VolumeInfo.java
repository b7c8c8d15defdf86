package io.dockertutor.engine;

import java.time.Instant;
import java.util.Map;

/**
 * A volume as {@code docker volume inspect} shows it.
 *
 * @param mountpoint {@code /var/lib/docker/volumes/NAME/_data}
 * @param anonymous  true for volumes the engine named itself (64 hex) for an anonymous {@code -v /path}
 */
public record VolumeInfo(String name, String driver, String mountpoint, Instant createdAt, Map<String, String> labels,
                         Map<String, String> options, String scope, boolean anonymous) {
    public VolumeInfo {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
