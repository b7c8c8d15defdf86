package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One container's root file system: its image's files under a writable layer, and its mount table (binds on the
 * real disk, volumes of the {@link VolumeStore}, tmpfs). Copy-on-write as overlayfs is: the image's tree is shared by
 * every container of the image ({@link ImageTree#of}), and the layer is built into an in-memory file system only
 * while something works on the files (a shell, an exec, {@code docker cp}, {@code docker diff}: see {@link #using}),
 * and shrunk back to what changed ({@link LayerChanges}) after. So creating or keeping thousands of containers costs
 * only their changes. With {@link RecentLayers} the four most recently used containers' layers stay built between
 * uses. {@link #view()} is what a shell inside the container works through; {@link #diff()} and
 * {@link #makeDirectoriesInLayer} answer the daemon's calls, {@link ArchivePath} its archive calls.
 *
 * <pre>{@code
 * List<Mount> mounts = MountPlanner.plan(spec, volumes, hostPaths);
 * ContainerFiles files = new ContainerFiles(image.files(), mounts, volumes, Map.of("/etc/hostname", id12 + "\n"));
 * files.populateVolumes();                 // at create, as the daemon copies image content into empty volumes
 * files.using(() -> files.diff());         // [A /data, C /tmp, A /tmp/x]; only the changes stay in memory
 * }</pre>
 */
public final class ContainerFiles {
    private final Map<String, FileSpec> imageFiles;
    private final List<Mount> mounts;
    private final VolumeStore volumes;
    private final InitLayer initLayer;
    private final boolean readOnlyRoot;
    /** Where a layer built for a use stays built until it is among the engine's least recent; null: release at once. */
    private final RecentLayers recentLayers;
    private ImageTree image;
    /** The layer while built; null at rest. */
    private FileSystem layer;
    /** The layer's changes at rest; null until the layer was first built. */
    private LayerChanges changes;
    private FileSystem tmpfs;
    private ConfinedFileView view;
    /** How many {@link #using} calls are under way (they nest: an exec's curl may reach the container's own server). */
    private int users;
    /** Whether the built layer may differ from {@link #changes}: set by each use (writes run in one), each view. */
    private boolean stale;

    /**
     * @param initFiles contents for the daemon-managed files ({@code /etc/hostname}, {@code /etc/hosts}, ...); those
     *                  not given get a default. They are visible in the container but never in {@link #diff()}.
     */
    public ContainerFiles(Map<String, FileSpec> imageFiles, List<Mount> mounts, VolumeStore volumes,
                          Map<String, String> initFiles) {
        this(imageFiles, mounts, volumes, initFiles, null, false);
    }

    /** As above, the layer kept built between uses among the engine's {@code recent} ones, {@code --read-only} or not. */
    public ContainerFiles(Map<String, FileSpec> imageFiles, List<Mount> mounts, VolumeStore volumes,
                          Map<String, String> initFiles, RecentLayers recent, boolean readOnlyRoot) {
        this.recentLayers = recent;
        this.readOnlyRoot = readOnlyRoot;
        this.imageFiles = imageFiles;
        this.mounts = List.copyOf(mounts);
        this.volumes = volumes;
        this.initLayer = new InitLayer(initFiles);
    }

    public List<Mount> mounts() {
        return mounts;
    }

    /** Whether the root file system is read-only ({@code --read-only}). */
    public boolean readOnlyRoot() {
        return readOnlyRoot;
    }

    /** Whether the layer is built now (false until something looked at the files, and again after a release). */
    public synchronized boolean materialized() {
        return layer != null;
    }

    /** Whether the files are still exactly the image's: the layer was never built, so nothing wrote to it. */
    public synchronized boolean untouched() {
        return layer == null && changes == null;
    }

    /** How many paths the layer keeps at rest (changed, added or whited out); 0 while never built. For tests. */
    synchronized int pathsAtRest() {
        return changes == null ? 0 : changes.paths();
    }

    /** Whether both keep the very same changes at rest (a snapshot that did not capture again). For tests. */
    synchronized boolean sharesChangesWith(ContainerFiles other) {
        return changes != null && changes == other.changes;
    }

    private synchronized ImageTree image() {
        if (image == null) {
            image = ImageTree.of(imageFiles);
        }
        return image;
    }

    /**
     * Runs {@code work} on the container's files and shrinks the layer back to its changes when the outermost such
     * call ends: paths and views handed out inside are dead afterwards; the next use builds the layer again.
     */
    public <T> T using(Supplier<T> work) {
        return use(work, true);
    }

    /** As {@link #using}, for work that only reads ({@code stat}, an archive): no snapshot walks the layer again for it. */
    public <T> T reading(Supplier<T> work) {
        return use(work, false);
    }

    private <T> T use(Supplier<T> work, boolean mayWrite) {
        synchronized (this) {
            users++;
            stale |= mayWrite;
        }
        try {
            return work.get();
        } finally {
            boolean keep;
            synchronized (this) {
                users--;
                keep = recentLayers != null && layer != null && users == 0;
                if (!keep) {
                    release();
                }
            }
            // Outside this container's lock: shrinking another one takes that one's lock.
            ContainerFiles oldest = keep ? recentLayers.used(this) : null;
            if (oldest != null) {
                oldest.release();
            }
        }
    }

    /**
     * The container's process ended: its tmpfs mounts are gone, as the kernel drops a tmpfs when the daemon unmounts
     * it at stop (the next start mounts them empty), and the layer shrinks to its changes ({@link #release()}).
     */
    public synchronized void processEnded() {
        if (tmpfs != null && users == 0) {
            try {
                tmpfs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tmpfs = null;
            view = null; // its mount table named the tmpfs just dropped
        }
        release();
    }

    /** Shrinks a built layer to its changes and drops it, unless a use is under way (its end does); also at stop. */
    public synchronized void release() {
        if (layer == null || users > 0) {
            return;
        }
        if (recentLayers != null) {
            recentLayers.released(this);
        }
        try {
            changes = currentChanges();
            layer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        layer = null;
        view = null;
    }

    /** Fills each empty volume from the image at create ({@link VolumeStore#populateFrom}). */
    public void populateVolumes() {
        volumes.populateFrom(image(), mounts);
    }

    /** The shell's view of the container: {@code /} is the container's root, mounts are honoured. */
    public synchronized FileView view() {
        build();
        stale = true;
        return view;
    }

    /**
     * The text of a regular file ({@code /etc/passwd} for a shell's user, {@code /etc/hosts} for a resolver), read
     * without building the layer while at rest; before the first build the daemon's files as they will be written.
     * Null when the path holds no regular file.
     */
    public String readText(String path) {
        synchronized (this) {
            String daemonFile = layer == null && changes == null && mountAt(path) == null ? initLayer.content(path) : null;
            if (daemonFile != null) {
                return daemonFile;
            }
        }
        return readFile(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    /** A regular file's bytes, links followed (a server's page); at rest read without building ({@link LayerAtRest}). */
    public Optional<byte[]> readFile(String path) {
        LayerAtRest rest = atRest();
        Optional<LayerAtRest.Found> atRest = rest == null ? null : rest.lookup(path, true);
        if (atRest != null) {
            return atRest.filter(LayerAtRest.Found::regular).map(LayerAtRest.Found::content);
        }
        try {
            Path p = resolveForReading(path);
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException | UncheckedIOException | EngineException e) {
            return Optional.empty();
        }
    }

    /** When what {@code path} names was last written, links followed (a server's Last-Modified); empty: nothing. */
    public Optional<Instant> modified(String path) {
        LayerAtRest rest = atRest();
        Optional<LayerAtRest.Found> atRest = rest == null ? null : rest.lookup(path, true);
        if (atRest != null) {
            return atRest.map(f -> f.modified().toInstant());
        }
        try {
            return Optional.of(Files.getLastModifiedTime(resolveForReading(path)).toInstant());
        } catch (IOException | UncheckedIOException | EngineException e) {
            return Optional.empty();
        }
    }

    /** The layer at rest, to read without building it ({@link LayerAtRest}); null while built. */
    synchronized LayerAtRest atRest() {
        return layer != null ? null : new LayerAtRest(image(), changes, mounts, volumes);
    }

    /** The {@link Path} behind a container path, through the mounts. */
    public Path resolve(String containerPath) {
        return resolve(containerPath, view());
    }

    /** As {@link #resolve}, for a caller that only reads the path (a server's page). */
    public Path resolveForReading(String containerPath) {
        return resolve(containerPath, readView());
    }

    /** The view without marking the layer as written: for this package's readers only. */
    synchronized FileView readView() {
        build();
        return view;
    }

    private static Path resolve(String containerPath, FileView view) {
        try {
            return view.resolve(ShellPaths.normalize("/", containerPath));
        } catch (OutsideViewException e) {
            throw EngineException.serverError("path " + containerPath + " leaves the container's file system");
        }
    }

    private void build() {
        if (layer != null) {
            return;
        }
        try {
            FileSystem fs = MemoryTrees.newMemoryFileSystem();
            Path root = fs.getPath("/");
            image().writeTo(root);
            if (changes != null) {
                changes.applyTo(root); // the daemon's files and mount points are among them
            } else {
                initLayer.writeTo(root);
            }
            initLayer.markMerged(root);
            view = LayerMounts.attach(root, mounts, volumes, this::tmpfsDir, readOnlyRoot);
            layer = fs;
            stale = false; // the image and the changes, nothing else yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path tmpfsDir(int n) throws IOException {
        if (tmpfs == null) {
            tmpfs = MemoryTrees.newMemoryFileSystem();
        }
        return Files.createDirectories(tmpfs.getPath("/tmpfs" + n));
    }

    /** Writes a daemon's file anew ({@code /etc/hosts} at start); a layer never built yet gets it when built. */
    public void replaceDaemonFile(String path, String content) {
        synchronized (this) {
            initLayer.replace(path, content);
            LayerChanges rewritten = layer != null || changes == null ? null
                    : changes.withFileRewritten(path, content.getBytes(StandardCharsets.UTF_8), FileTime.from(Instant.now()));
            changes = rewritten != null ? rewritten : changes; // at rest: the kept file rewritten, nothing built
            if (rewritten != null || (layer == null && changes == null)) {
                return;
            }
        }
        using(() -> writeIntoLayer(path, content));
    }

    /** The daemon's {@code mkdir -p} at create, in the layer beneath mounts and --read-only; false: a file in the way. */
    public boolean makeDirectoriesInLayer(String path) {
        return using(() -> makeDirectories(path));
    }

    private synchronized boolean makeDirectories(String path) {
        build();
        try {
            Files.createDirectories(layer.getPath(ShellPaths.normalize("/", path)));
            return true;
        } catch (FileSystemException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes into the layer itself, beneath whatever is mounted at {@code path}. */
    private synchronized Void writeIntoLayer(String path, String content) {
        build();
        return InitLayer.write(layer.getPath(path), content);
    }

    /** {@code docker diff}: the layer's changes against the image; see {@link LayerDiff} for the order. */
    public synchronized List<FileChange> diff() {
        return layerDiff().changes();
    }

    /** {@code SizeRw}: bytes of the files the layer added or changed (0 while the layer was never built). */
    public synchronized long sizeRw() {
        return untouched() ? 0 : layerDiff().size();
    }

    private LayerDiff layerDiff() {
        if (untouched() && mounts.isEmpty()) {
            return LayerDiff.compute(null, image(), Set.of(), Set.of());
        }
        build(); // mount points are created in the layer, so a container with mounts always has changes
        Set<String> targets = new LinkedHashSet<>();
        mounts.forEach(m -> targets.add(m.target()));
        return LayerDiff.compute(layer.getPath("/"), image(), targets, InitLayer.paths());
    }

    /** The layer's changes now: captured again only if the built layer was used since (stale while still in use). */
    private LayerChanges currentChanges() throws IOException {
        if (layer != null && stale) {
            changes = LayerChanges.capture(layer.getPath("/"), image());
            stale = users > 0;
        }
        return changes;
    }

    /** The mount holding a container path (the one with the longest target), or null for the layer. */
    Mount mountAt(String path) {
        return LayerMounts.mountAt(mounts, path);
    }

    /** An independent copy sharing the volume store; see {@link #copy(VolumeStore)}. */
    public ContainerFiles copy() {
        return copy(volumes);
    }

    /**
     * An independent copy for snapshots (the undo stack's, before each command): both share the layer's changes at
     * rest (immutable; a built layer stays built, captured first only if used since), tmpfs contents are copied,
     * volumes are bound by name to {@code volumes} (the store's own copy), binds still point at the host.
     */
    public synchronized ContainerFiles copy(VolumeStore volumes) {
        ContainerFiles copy = new ContainerFiles(imageFiles, mounts, volumes, initLayer.contents(), recentLayers, readOnlyRoot);
        copy.image = image;
        try {
            copy.changes = currentChanges();
            if (tmpfs != null) {
                copy.tmpfs = MemoryTrees.newMemoryFileSystem();
                MemoryTrees.copyContent(tmpfs.getPath("/"), copy.tmpfs.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }
}
