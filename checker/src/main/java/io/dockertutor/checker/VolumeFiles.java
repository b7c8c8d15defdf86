package io.dockertutor.checker;

import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.MountPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code volume: NAME, files: [...]}: which of the files a volume lacks, looked up as a learner would with
 * {@code docker cp}: through a container that mounts the volume (the archive API reads a stopped container's
 * volumes too), which works on any engine. Without such a container, the simulated engine's data directory.
 */
final class VolumeFiles {
    private VolumeFiles() {
    }

    /** The names in {@code files} the volume lacks; null when nothing lets the checker look inside it. */
    static List<String> missing(CheckContext ctx, String volume, List<String> files) {
        Optional<Mounted> mounted = mountedIn(ctx, volume);
        if (mounted.isPresent()) {
            List<String> missing = new ArrayList<>();
            for (String f : files) {
                if (!exists(ctx, mounted.get().container(), mounted.get().destination().replaceAll("/+$", "") + "/" + f)) {
                    missing.add(f);
                }
            }
            return missing;
        }
        Optional<Path> root = ctx.engine().dataRoot();
        if (root.isEmpty()) {
            return null;
        }
        Path data = root.get().resolve("volumes").resolve(volume).resolve("_data");
        return files.stream().filter(f -> !Files.exists(data.resolve(f))).toList();
    }

    /** A container that mounts the volume, and where. */
    private record Mounted(String container, String destination) {
    }

    private static Optional<Mounted> mountedIn(CheckContext ctx, String volume) {
        for (ContainerSummary c : ctx.engine().listContainers(true, -1, false, Filters.parse(List.of("volume=" + volume)))) {
            for (MountPoint m : ctx.engine().inspectContainer(c.id(), false).mounts()) {
                if ("volume".equals(m.type()) && volume.equals(m.name())) {
                    return Optional.of(new Mounted(c.id(), m.destination()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean exists(CheckContext ctx, String container, String path) {
        try {
            ctx.engine().statPath(container, path);
            return true;
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
