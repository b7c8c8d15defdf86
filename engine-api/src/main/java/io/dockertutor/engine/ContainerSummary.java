package io.dockertutor.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One container as {@code GET /containers/json} lists it: what {@code docker ps} shows.
 *
 * @param names    with the daemon's leading slash ({@code /web})
 * @param image    the image as given at create time ({@code nginx:latest}), or its id when that name is gone
 * @param command  the command line as one string, {@code /docker-entrypoint.sh nginx -g 'daemon off;'}
 * @param state    {@code running}, {@code exited}, ...
 * @param status   the daemon's words: {@code Up 2 minutes}, {@code Exited (0) 3 seconds ago}, {@code Created}
 * @param ports    exposed and published ports; unpublished ones have an empty host address
 * @param sizeRw   bytes written in the container layer, or -1 when not asked
 * @param sizeRootFs bytes of the whole file system, or -1 when not asked
 */
public record ContainerSummary(
        String id,
        List<String> names,
        String image,
        String imageId,
        String command,
        Instant created,
        String state,
        String status,
        List<PortBinding> ports,
        Map<String, String> labels,
        List<MountPoint> mounts,
        List<String> networks,
        long sizeRw,
        long sizeRootFs) {

    public ContainerSummary {
        names = List.copyOf(names);
        ports = List.copyOf(ports);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        networks = networks == null ? List.of() : List.copyOf(networks);
    }
}
