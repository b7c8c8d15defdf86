package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.VolumeInfo;
import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The daemon's volumes (local driver): their records and their data, kept in memory under
 * {@code /var/lib/docker/volumes/NAME/_data} of {@link #dataRoot()} so the tutor can show the folder the notes list.
 * Who uses a volume is asked of the container core through {@link #usedBy(Function)}.
 *
 * <pre>{@code
 * VolumeStore volumes = new VolumeStore(clock);
 * volumes.usedBy(name -> containers.idsUsingVolume(name));
 * volumes.create("nginx_volume", "local", Map.of(), Map.of());
 * Path data = volumes.dataPath("nginx_volume");
 * }</pre>
 */
public final class VolumeStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    /** The in-memory {@code /var/lib/docker}, made at its first use: most snapshots of an engine have no volume. */
    private Path dataRoot;
    private final Map<String, VolumeInfo> volumes = new LinkedHashMap<>();
    private Function<String, List<String>> usedBy = name -> List.of();

    public VolumeStore(Clock clock) {
        this.clock = clock;
    }

    /** Tells the store which containers (ids, in creation order) use a volume: asked by remove, prune and ls. */
    public void usedBy(Function<String, List<String>> users) {
        this.usedBy = users;
    }

    /** The in-memory {@code /var/lib/docker}. */
    public synchronized Path dataRoot() {
        if (dataRoot == null) {
            Path root = MemoryTrees.newMemoryFileSystem().getPath("/var/lib/docker");
            try {
                Files.createDirectories(root.resolve("volumes"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dataRoot = root;
        }
        return dataRoot;
    }

    /**
     * Copies {@code image}'s content at each empty volume's target into it (unless {@code nocopy}): a container's
     * create, as the daemon does at a volume's first mount ({@code -v v:/usr/share/nginx/html} gets nginx's pages).
     */
    void populateFrom(ImageTree image, List<Mount> mounts) {
        for (Mount m : mounts) {
            if (m.type() != Mount.Type.VOLUME || m.noCopy()) {
                continue;
            }
            FileSpec at = image.get(m.target());
            Path data = dataPath(m.name());
            try {
                if (at != null && at.kind() == FileSpec.Kind.DIRECTORY && MemoryTrees.isEmpty(data)) {
                    ImageTree.writeEntries(image.subtree(m.target()), data);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code /var/lib/docker/volumes/NAME/_data} on the in-memory file system. */
    public Path dataPath(String name) {
        return dataRoot().resolve("volumes").resolve(name).resolve("_data");
    }

    /**
     * {@code docker volume create}: a new volume, or the existing one of that name. A null or empty name makes an
     * anonymous volume (64 hex digits), as {@code -v /path} does.
     */
    public synchronized VolumeInfo create(String name, String driver, Map<String, String> labels,
                                          Map<String, String> options) {
        boolean anonymous = name == null || name.isEmpty();
        String actual = anonymous ? HexFormat.of().formatHex(randomBytes()) : name;
        if (!anonymous) {
            VolumeName.validate(actual);
        }
        if (driver != null && !driver.isEmpty() && !driver.equals("local")) {
            throw EngineException.notFound("create " + actual + ": error looking up volume plugin " + driver
                    + ": plugin \"" + driver + "\" not found");
        }
        VolumeInfo existing = volumes.get(actual);
        if (existing != null) {
            return existing;
        }
        checkLocalOptions(actual, options == null ? Map.of() : options);
        VolumeInfo info = new VolumeInfo(actual, "local", "/var/lib/docker/volumes/" + actual + "/_data",
                clock.instant(), labels, options, "local", anonymous);
        try {
            Files.createDirectories(dataPath(actual));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        volumes.put(actual, info);
        return info;
    }

    /** The local driver's {@code validateOpts}: only type, o, device and size, with the options each needs. */
    private static void checkLocalOptions(String name, Map<String, String> options) {
        for (String opt : options.keySet()) {
            if (!java.util.Set.of("type", "o", "device", "size").contains(opt)) {
                throw EngineException.badRequest("create " + name + ": invalid option: \"" + opt + "\"");
            }
        }
        Map<String, java.util.List<String>> mandatory = new java.util.LinkedHashMap<>();
        mandatory.put("device", java.util.List.of("type"));
        mandatory.put("type", java.util.List.of("device"));
        mandatory.put("o", java.util.List.of("device", "type"));
        mandatory.forEach((opt, needs) -> {
            if (options.containsKey(opt)) {
                needs.stream().filter(n -> !options.containsKey(n)).findFirst().ifPresent(n -> {
                    throw EngineException.badRequest("create " + name + ": missing required option: \"" + n + "\"");
                });
            }
        });
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }

    public synchronized boolean exists(String name) {
        return volumes.containsKey(name);
    }

    /** {@code docker volume inspect}; a missing volume fails with {@code get NAME: no such volume}. */
    public synchronized VolumeInfo inspect(String name) {
        VolumeInfo info = volumes.get(name);
        if (info == null) {
            throw EngineException.notFound("get " + name + ": no such volume");
        }
        return info;
    }

    /** {@code docker volume ls}, in name order, with the daemon's filters. */
    public synchronized List<VolumeInfo> list(Filters filters) {
        VolumeFilters match = VolumeFilters.forList(filters, name -> !usedBy.apply(name).isEmpty());
        return volumes.values().stream().filter(match::test)
                .sorted(java.util.Comparator.comparing(VolumeInfo::name)).toList();
    }

    /**
     * {@code docker volume rm}. In use: {@code remove NAME: volume is in use - [ID]} (even with force, as the
     * daemon answers); missing: {@code get NAME: no such volume}, unless {@code force}.
     */
    public synchronized void remove(String name, boolean force) {
        if (!volumes.containsKey(name)) {
            if (force) {
                return;
            }
            throw EngineException.notFound("get " + name + ": no such volume");
        }
        List<String> users = usedBy.apply(name);
        if (!users.isEmpty()) {
            throw EngineException.conflict("remove " + name + ": volume is in use - [" + String.join(" ", users) + "]");
        }
        delete(name);
    }

    private long delete(String name) {
        try {
            Path dir = dataPath(name).getParent();
            long size = MemoryTrees.size(dir);
            MemoryTrees.delete(dir);
            volumes.remove(name);
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code docker volume prune}: unused anonymous volumes, or with {@code all} every unused one. */
    public synchronized Pruned prune(Filters filters, boolean all) {
        VolumeFilters match = VolumeFilters.forPrune(filters);
        boolean everyUnused = all || match.all();
        List<String> removed = new ArrayList<>();
        long bytes = 0;
        for (VolumeInfo v : List.copyOf(volumes.values())) {
            if ((everyUnused || v.anonymous()) && match.test(v) && usedBy.apply(v.name()).isEmpty()) {
                bytes += delete(v.name());
                removed.add(v.name());
            }
        }
        return new Pruned(removed, bytes);
    }

    /** Bytes a volume holds ({@code docker system df -v}). */
    public synchronized long size(String name) {
        try {
            return MemoryTrees.size(dataPath(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The volumes of {@code docker system df}: as the daemon's LocalVolumesSize, those of the local driver without
     * driver options, each with how many containers (running or not) refer to it and the bytes it holds. The daemon
     * lists them in the order the driver walks its map, which changes from call to call; here in name order.
     */
    public synchronized List<DiskUsage.Volume> usage() {
        List<DiskUsage.Volume> out = new ArrayList<>();
        for (VolumeInfo v : list(Filters.NONE)) {
            if (v.driver().equals("local") && v.options().isEmpty()) {
                out.add(new DiskUsage.Volume(v, usedBy.apply(v.name()).size(), size(v.name())));
            }
        }
        return out;
    }

    /** An independent copy (records and data), for the tutor's undo and reset snapshots. */
    public synchronized VolumeStore copy() {
        return copyInto(null);
    }

    /**
     * A copy whose data lives in {@code live}'s file system, emptied first: restoring a snapshot keeps the engine's
     * {@code /var/lib/docker} where the tutor's shell mounted it, and makes no new file system. {@code live} must be
     * the store this copy replaces, never a snapshot's.
     */
    public synchronized VolumeStore copyInto(VolumeStore live) {
        VolumeStore copy = new VolumeStore(clock);
        try {
            Path reused = live == null ? null : live.dataRootIfMade();
            if (reused != null) {
                MemoryTrees.delete(reused.resolve("volumes"));
                Files.createDirectories(reused.resolve("volumes"));
                copy.dataRoot = reused;
            }
            // An empty data directory is made again when the copy needs one: no file system per snapshot for nothing.
            if (dataRoot != null && !MemoryTrees.isEmpty(dataRoot.resolve("volumes"))) {
                MemoryTrees.copyContent(dataRoot.resolve("volumes"), copy.dataRoot().resolve("volumes"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copy.volumes.putAll(volumes);
        copy.usedBy = usedBy;
        return copy;
    }

    /** {@link #dataRoot()} if it was made already, else null. */
    public synchronized Path dataRootIfMade() {
        return dataRoot;
    }
}
