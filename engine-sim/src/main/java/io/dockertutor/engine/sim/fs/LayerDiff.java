package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code docker diff}: what a container's writable layer changed against its image. Mount points that the daemon
 * created count as added, what lies behind a mount does not, and neither do the files the daemon manages
 * ({@code /etc/hosts}, {@code /etc/hostname}, ...).
 *
 * <p>Order: entries are walked depth first, names in byte order, a directory before what it holds, as the
 * overlay2 driver's native diff walks the upper directory. Every directory holding a change is reported as
 * {@code C} before its content, as the daemon's generic (naive) diff does. (The lab engine uses the naive diff,
 * whose order among siblings follows Go's map iteration and so varies from run to run: only the set is stable.)
 * Sizes are also summed here, for {@code SizeRw}.
 */
final class LayerDiff {
    private final ImageTree image;
    private final Set<String> mountTargets;
    private final Set<String> skipped;
    private final List<FileChange> changes = new ArrayList<>();
    private long size;

    private LayerDiff(ImageTree image, Set<String> mountTargets, Set<String> skipped) {
        this.image = image;
        this.mountTargets = mountTargets;
        this.skipped = skipped;
    }

    /** The changes of the tree at {@code root} against {@code image}. */
    static LayerDiff compute(Path root, ImageTree image, Set<String> mountTargets, Set<String> skipped) {
        LayerDiff diff = new LayerDiff(image, mountTargets, skipped);
        if (root == null) {
            return diff; // the layer was never built: nothing changed
        }
        try {
            diff.changes.addAll(diff.directory(root, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diff;
    }

    List<FileChange> changes() {
        return List.copyOf(changes);
    }

    /** Bytes of the regular files the layer added or changed. */
    long size() {
        return size;
    }

    private List<FileChange> directory(Path dir, String path) throws IOException {
        Set<String> names = new TreeSet<>(image.children(path));
        names.addAll(liveNames(dir));
        List<FileChange> out = new ArrayList<>();
        for (String name : names) {
            String child = path + "/" + name;
            if (skipped.contains(child)) {
                continue;
            }
            Path live = dir.resolve(name);
            FileSpec old = image.get(child);
            boolean exists = Files.exists(live, LinkOption.NOFOLLOW_LINKS);
            if (!exists) {
                if (old != null) {
                    out.add(new FileChange('D', child));
                }
            } else if (old == null) {
                added(live, child, out);
            } else {
                compared(live, child, old, out);
            }
        }
        return out;
    }

    private void added(Path live, String path, List<FileChange> out) throws IOException {
        out.add(new FileChange('A', path));
        if (Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS)) {
            if (!mountTargets.contains(path)) {
                for (String name : liveNames(live)) {
                    if (!skipped.contains(path + "/" + name)) {
                        added(live.resolve(name), path + "/" + name, out);
                    }
                }
            }
        } else if (Files.isRegularFile(live, LinkOption.NOFOLLOW_LINKS)) {
            size += Files.size(live);
        }
    }

    private void compared(Path live, String path, FileSpec old, List<FileChange> out) throws IOException {
        PosixFileAttributes attrs = Files.readAttributes(live, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        FileSpec.Kind kind = attrs.isDirectory() ? FileSpec.Kind.DIRECTORY
                : attrs.isSymbolicLink() ? FileSpec.Kind.SYMLINK : FileSpec.Kind.FILE;
        if (kind != old.kind()) {
            out.add(new FileChange('C', path));
            if (kind == FileSpec.Kind.DIRECTORY) {
                for (String name : liveNames(live)) {
                    added(live.resolve(name), path + "/" + name, out);
                }
            } else if (kind == FileSpec.Kind.FILE) {
                size += attrs.size();
            }
            return;
        }
        boolean modeChanged = kind != FileSpec.Kind.SYMLINK
                && ImageTree.mode(attrs.permissions()) != (old.mode() & 0777);
        if (kind == FileSpec.Kind.DIRECTORY) {
            List<FileChange> inner = mountTargets.contains(path) ? List.of() : directory(live, path);
            if (modeChanged || !inner.isEmpty()) {
                out.add(new FileChange('C', path));
                out.addAll(inner);
            }
            return;
        }
        boolean touched = !attrs.lastModifiedTime().equals(ImageTree.timeOf(old));
        if (kind == FileSpec.Kind.SYMLINK) {
            touched = !Files.readSymbolicLink(live).toString().equals(old.linkTarget());
        }
        if (touched || modeChanged) {
            out.add(new FileChange('C', path));
            if (kind == FileSpec.Kind.FILE) {
                size += attrs.size();
            }
        }
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
