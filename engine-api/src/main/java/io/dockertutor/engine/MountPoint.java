package io.dockertutor.engine;

/**
 * A mount of a container as inspect lists it ({@code Mounts}).
 *
 * @param type        {@code bind}, {@code volume} or {@code tmpfs}
 * @param name        the volume name, for volumes
 * @param source      host path ({@code /var/lib/docker/volumes/NAME/_data} for volumes)
 * @param destination path inside the container
 * @param mode        the mode written with {@code -v} ({@code ro}, {@code z}), else empty
 * @param rw          false for read-only mounts
 */
public record MountPoint(String type, String name, String source, String destination, String driver, String mode,
                         boolean rw, String propagation) {
    public MountPoint {
        name = name == null ? "" : name;
        driver = driver == null ? "" : driver;
        mode = mode == null ? "" : mode;
        propagation = propagation == null ? "" : propagation;
    }
}
