package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.MountPoint;
import java.nio.file.Path;

/**
 * One entry of a container's mount table, as the daemon resolved it from {@code -v}, {@code --mount} or
 * {@code --tmpfs}. Volumes are held by name so that a snapshot of the container can be bound to a snapshot of the
 * {@link VolumeStore}; binds carry the real directory on the host.
 *
 * @param source    what inspect shows as Source: the host path of a bind, the volume's mountpoint, empty for tmpfs
 * @param hostPath  for binds, the directory (or file) on the real disk; null otherwise
 * @param mode      the mode as written after the second colon of {@code -v} ({@code ro}, {@code z}), else empty
 * @param noCopy    {@code nocopy}: the volume is not populated from the image
 */
public record Mount(Type type, String name, String source, String target, String mode, boolean readOnly,
                    String propagation, Path hostPath, boolean noCopy) {

    /** The kinds of mount the simulator models. */
    public enum Type {
        BIND, VOLUME, TMPFS;

        String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Mount {
        name = name == null ? "" : name;
        source = source == null ? "" : source;
        mode = mode == null ? "" : mode;
        propagation = propagation == null ? "" : propagation;
    }

    /** The entry of {@code docker inspect}'s {@code Mounts} list. */
    public MountPoint toMountPoint() {
        return new MountPoint(type.apiName(), type == Type.VOLUME ? name : "", source, target,
                type == Type.VOLUME ? "local" : "", mode, !readOnly, propagation);
    }
}
