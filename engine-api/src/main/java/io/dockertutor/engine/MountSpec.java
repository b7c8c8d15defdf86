package io.dockertutor.engine;

/**
 * One {@code --mount} as the client parsed it (HostConfig.Mounts). {@code -v} arrives as raw bind strings in
 * {@link ContainerSpec#binds()} instead, and the daemon parses those, as the real one does.
 *
 * @param type     {@code bind}, {@code volume} or {@code tmpfs}
 * @param source   host path for a bind (absolute), volume name (empty for an anonymous volume), empty for tmpfs
 * @param target   absolute path in the container
 */
public record MountSpec(String type, String source, String target, boolean readOnly) {
    public MountSpec {
        source = source == null ? "" : source;
    }
}
