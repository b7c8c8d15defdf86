package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A container's writable layer at rest: what differs from its image, as overlayfs's upper directory holds it. Each
 * path that was added or changed keeps its whole entry (content, mode, time, link target), each image path that was
 * removed keeps a whiteout, and nothing else is stored, so a stopped {@code busybox echo hi} costs a few hundred
 * bytes instead of a copy of the image. Immutable: snapshots of the engine share it.
 *
 * <pre>{@code
 * LayerChanges changes = LayerChanges.capture(layer.getPath("/"), tree);   // the container stopped
 * tree.writeTo(fresh);                                                    // later: the image again...
 * changes.applyTo(fresh);                                                 // ...and the container's changes on it
 * }</pre>
 */
final class LayerChanges {
    /** What one changed path holds; directories carry only their mode and time, their content has its own entries. */
    record Entry(FileSpec.Kind kind, byte[] content, int mode, FileTime modified, String linkTarget) {
    }

    private final NavigableMap<String, Entry> entries;
    private final NavigableSet<String> whiteouts;

    private LayerChanges(NavigableMap<String, Entry> entries, NavigableSet<String> whiteouts) {
        this.entries = Collections.unmodifiableNavigableMap(entries);
        this.whiteouts = Collections.unmodifiableNavigableSet(whiteouts);
    }

    /** What the layer keeps at exactly {@code path}, or null when it keeps nothing there (its parents not asked). */
    Entry kept(String path) {
        return entries.get(path);
    }

    /** Whether the layer removed exactly {@code path} from the image (its parents not asked). */
    boolean whitedOut(String path) {
        return whiteouts.contains(path);
    }

    /**
     * These changes with the regular file kept at {@code path} rewritten, as a write into the built layer leaves it
     * (its mode kept, its time {@code now}): the daemon's {@code /etc/hosts} at a restart. Null when no regular file
     * is kept there.
     */
    LayerChanges withFileRewritten(String path, byte[] content, FileTime now) {
        Entry old = entries.get(path);
        if (old == null || old.kind() != FileSpec.Kind.FILE) {
            return null;
        }
        NavigableMap<String, Entry> rewritten = new TreeMap<>(entries);
        rewritten.put(path, new Entry(FileSpec.Kind.FILE, content, old.mode(), now, null));
        return new LayerChanges(rewritten, new TreeSet<>(whiteouts));
    }

    /** Paths kept (added or changed, the root included) plus paths whited out: the size of the layer at rest. */
    int paths() {
        return entries.size() + whiteouts.size();
    }

    /** The differences of the tree at {@code root} from {@code image}. */
    static LayerChanges capture(Path root, ImageTree image) throws IOException {
        NavigableMap<String, Entry> entries = new TreeMap<>();
        NavigableSet<String> whiteouts = new TreeSet<>();
        // the root's time moves whenever a top-level name is added or removed: always kept
        entries.put("/", entry(root, attributes(root)));
        new Object() {
            void directory(Path dir, String path) throws IOException {
                Set<String> names = new TreeSet<>(image.children(path));
                names.addAll(liveNames(dir));
                for (String name : names) {
                    String child = path + "/" + name;
                    Path live = dir.resolve(name);
                    FileSpec old = image.get(child);
                    if (!Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
                        whiteouts.add(child);
                        continue;
                    }
                    PosixFileAttributes attrs = attributes(live);
                    if (old == null || old.kind() != kindOf(attrs)) {
                        whole(live, child, attrs);
                    } else if (!unchanged(live, attrs, old)) {
                        entries.put(child, entry(live, attrs));
                    }
                    if (old != null && old.kind() == FileSpec.Kind.DIRECTORY && attrs.isDirectory()) {
                        directory(live, child);
                    }
                }
            }

            /** A path the image does not have (or had as another kind): kept with everything under it. */
            void whole(Path live, String path, PosixFileAttributes attrs) throws IOException {
                entries.put(path, entry(live, attrs));
                if (attrs.isDirectory()) {
                    for (String name : liveNames(live)) {
                        whole(live.resolve(name), path + "/" + name, attributes(live.resolve(name)));
                    }
                }
            }
        }.directory(root, "");
        return new LayerChanges(entries, whiteouts);
    }

    private static boolean unchanged(Path live, PosixFileAttributes attrs, FileSpec old) throws IOException {
        if (!attrs.lastModifiedTime().equals(ImageTree.timeOf(old))) {
            return false;
        }
        return switch (old.kind()) {
            case DIRECTORY -> ImageTree.mode(attrs.permissions()) == (old.mode() & 0777);
            case SYMLINK -> Files.readSymbolicLink(live).toString().equals(old.linkTarget());
            case FILE -> ImageTree.mode(attrs.permissions()) == (old.mode() & 0777)
                    && attrs.size() == old.content().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        };
    }

    private static Entry entry(Path live, PosixFileAttributes attrs) throws IOException {
        FileSpec.Kind kind = kindOf(attrs);
        int mode = ImageTree.mode(attrs.permissions());
        return switch (kind) {
            case DIRECTORY -> new Entry(kind, null, mode, attrs.lastModifiedTime(), null);
            case SYMLINK -> new Entry(kind, null, mode, attrs.lastModifiedTime(), Files.readSymbolicLink(live).toString());
            case FILE -> new Entry(kind, Files.readAllBytes(live), mode, attrs.lastModifiedTime(), null);
        };
    }

    /**
     * Puts these changes onto {@code root}, which holds the image as {@link ImageTree#writeTo} wrote it: whiteouts
     * first, then every kept path parents first, then the directories' times (adding their entries moved them).
     */
    void applyTo(Path root) throws IOException {
        Map<String, FileTime> dirTimes = new LinkedHashMap<>();
        for (String gone : whiteouts) {
            MemoryTrees.delete(at(root, gone));
            dirTimes.putIfAbsent(parent(gone), ImageTree.IMAGE_TIME);
        }
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String path = e.getKey();
            Entry entry = e.getValue();
            if (!path.equals("/")) {
                write(at(root, path), entry);
                dirTimes.putIfAbsent(parent(path), ImageTree.IMAGE_TIME);
            }
            if (entry.kind() == FileSpec.Kind.DIRECTORY) {
                dirTimes.put(path, entry.modified());
                Files.setPosixFilePermissions(at(root, path), ImageTree.permissions(entry.mode()));
            }
        }
        // a directory that is not kept had the image's time; children are done, so times set now stay
        for (String dir : List.copyOf(dirTimes.keySet())) {
            FileTime time = entries.containsKey(dir) ? entries.get(dir).modified() : dirTimes.get(dir);
            Files.setLastModifiedTime(at(root, dir), time);
        }
    }

    private static void write(Path p, Entry entry) throws IOException {
        boolean keepDirectory = entry.kind() == FileSpec.Kind.DIRECTORY && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        if (!keepDirectory) {
            MemoryTrees.delete(p); // another kind of file stood there in the image
        }
        switch (entry.kind()) {
            case DIRECTORY -> {
                if (!keepDirectory) {
                    Files.createDirectory(p);
                }
            }
            case SYMLINK -> {
                Files.createSymbolicLink(p, p.getFileSystem().getPath(entry.linkTarget()));
                Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(entry.modified(), null, null);
            }
            case FILE -> {
                Files.write(p, entry.content());
                Files.setPosixFilePermissions(p, ImageTree.permissions(entry.mode()));
                Files.setLastModifiedTime(p, entry.modified());
            }
        }
    }

    private static Path at(Path root, String path) {
        return path.equals("/") ? root : root.resolve(path.substring(1));
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    private static PosixFileAttributes attributes(Path p) throws IOException {
        return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static FileSpec.Kind kindOf(PosixFileAttributes attrs) {
        return attrs.isDirectory() ? FileSpec.Kind.DIRECTORY
                : attrs.isSymbolicLink() ? FileSpec.Kind.SYMLINK : FileSpec.Kind.FILE;
    }

    private static List<String> liveNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
