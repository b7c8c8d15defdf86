package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Reads of a container's files while its layer is at rest, answered without building it: from the image, the changes
 * the layer keeps ({@link LayerChanges}) and a volume's own directory. A step's check that stats a file (the daemon's
 * {@code HEAD /archive}) and a container's web server serving a page are the reads that come most often, mostly on
 * containers nothing has built yet; building a layer for each cost a class of 200 learners walking every lesson about
 * a sixth of the server's processor.
 *
 * <p>Symbolic links of the image and the layer are followed inside the container's root, as the kernel does. Where the
 * built layer could answer otherwise, this gives no answer ({@code null}) and the caller builds: a link not to be
 * followed at the end, a link target with {@code ..} in it, something other than a directory on the way, a bind mount (its host
 * directory is read only through the confined view) or a tmpfs, the kernel's {@code /proc}, {@code /sys} and
 * {@code /dev}, and, before the first build, the daemon's files and every directory that build writes into
 * ({@code /}, {@code /etc}, the parents of mount points).
 *
 * <pre>{@code
 * Optional<LayerAtRest.Found> f = files.atRest().lookup("/tmp/note", true);   // files.atRest(): null while built
 * if (f == null) { ... build the layer and look there ... }
 * else if (f.isEmpty()) { ... no such file ... }
 * }</pre>
 *
 * @param changes null while the layer was never built
 */
record LayerAtRest(ImageTree image, LayerChanges changes, List<Mount> mounts, VolumeStore volumes) {
    /**
     * One path as the built layer shows it; a file's bytes come from the image, the layer's changes or a volume, a
     * link's target (null for anything else) from the image or the changes.
     */
    record Found(FileSpec.Kind kind, int mode, FileTime modified, long size, byte[] bytes, Path volumeFile,
                 String linkTarget) {
        /** The daemon's size for a directory, as {@code stat} shows it on overlayfs. */
        private static final long DIRECTORY_SIZE = 4096;

        static Found of(FileSpec spec) {
            byte[] bytes = spec.kind() == FileSpec.Kind.FILE ? spec.content().getBytes(StandardCharsets.UTF_8) : null;
            return new Found(spec.kind(), spec.mode() & 0777, ImageTree.timeOf(spec), size(spec.kind(), bytes,
                    spec.linkTarget()), bytes, null, spec.linkTarget());
        }

        static Found of(LayerChanges.Entry kept) {
            return new Found(kept.kind(), kept.mode(), kept.modified(), size(kept.kind(), kept.content(),
                    kept.linkTarget()), kept.content(), null, kept.linkTarget());
        }

        static Found of(Path volumeFile, PosixFileAttributes a) {
            FileSpec.Kind kind = a.isDirectory() ? FileSpec.Kind.DIRECTORY : FileSpec.Kind.FILE;
            return new Found(kind, ImageTree.mode(a.permissions()), a.lastModifiedTime(),
                    a.isDirectory() ? DIRECTORY_SIZE : a.size(), null, volumeFile, null);
        }

        private static long size(FileSpec.Kind kind, byte[] bytes, String linkTarget) {
            return switch (kind) {
                case DIRECTORY -> DIRECTORY_SIZE;
                case SYMLINK -> linkTarget.getBytes(StandardCharsets.UTF_8).length;
                case FILE -> bytes.length;
            };
        }

        boolean regular() {
            return kind == FileSpec.Kind.FILE;
        }

        /** A regular file's content. */
        byte[] content() {
            if (volumeFile == null) {
                return bytes;
            }
            try {
                return Files.readAllBytes(volumeFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Links followed before giving up, as Linux's {@code MAXSYMLINKS}. */
    private static final int MAX_LINKS = 40;

    /**
     * What the absolute {@code path} holds in the layer at rest, symbolic links on the way followed (and the last one
     * too with {@code followLast}): empty when nothing is there, null when only building the layer can tell.
     */
    Optional<Found> lookup(String absolutePath, boolean followLast) {
        String path = ShellPaths.normalize("/", absolutePath);
        for (int links = 0; links <= MAX_LINKS; links++) {
            Mount mount = LayerMounts.mountAt(mounts, path);
            if (mount != null) {
                return mount.type() == Mount.Type.VOLUME
                        ? inVolume(volumes.dataPath(mount.name()), path.substring(mount.target().length())) : null;
            }
            if (path.equals("/") || underKernelMount(path) || (changes == null && firstBuildWrites(path))) {
                return null;
            }
            String linked = null;
            for (int slash = 0; linked == null; ) {
                int next = path.indexOf('/', slash + 1);
                String at = next < 0 ? path : path.substring(0, next);
                Found found = entryAt(at);
                if (found == null) {
                    return Optional.empty();
                }
                FileSpec.Kind kind = found.kind();
                if (kind == FileSpec.Kind.SYMLINK && (next >= 0 || followLast)) {
                    linked = followed(at, found.linkTarget(), path.substring(at.length()));
                    if (linked.isEmpty()) {
                        return null;
                    }
                } else if (kind == FileSpec.Kind.SYMLINK || (next >= 0 && kind != FileSpec.Kind.DIRECTORY)) {
                    return null;
                } else if (next < 0) {
                    return Optional.of(found);
                } else {
                    slash = next;
                }
            }
            path = linked;
        }
        return null; // a loop of links: the built layer gives the kernel's error
    }

    /**
     * What the layer at rest has at exactly {@code at} (its parents not asked): the entry its changes keep, else the
     * image's; null when neither has one or the changes whited it out.
     */
    private Found entryAt(String at) {
        if (changes != null && changes.whitedOut(at)) {
            return null;
        }
        LayerChanges.Entry kept = changes == null ? null : changes.kept(at);
        if (kept != null) {
            return Found.of(kept);
        }
        FileSpec spec = image.get(at);
        return spec == null ? null : Found.of(spec);
    }

    /**
     * The path that the link at {@code at} to {@code target}, then {@code rest}, names: inside the container's own
     * root, never the host's. Empty for a target with {@code ..} in it (the kernel takes the parent of the directory
     * reached, which a path's text cannot tell) or none.
     */
    private static String followed(String at, String target, String rest) {
        if (target == null || target.isEmpty() || java.util.Arrays.asList(target.split("/")).contains("..")) {
            return "";
        }
        String base = target.startsWith("/") ? target : at.substring(0, at.lastIndexOf('/')) + "/" + target;
        return ShellPaths.normalize("/", base + rest);
    }

    /**
     * The file of a writable volume that {@code path} names when no link is on the way, neither in the layer up to
     * the mount point nor in the volume; the last components may be missing (a file a redirect is about to create).
     * This is what the built layer's view answers for such a path, and a shell's {@code > /usr/share/nginx/html/x}
     * or {@code cat} there then needs no layer. Null otherwise.
     */
    Path volumeFile(String absolutePath) {
        String path = ShellPaths.normalize("/", absolutePath);
        Mount mount = LayerMounts.mountAt(mounts, path);
        if (mount == null || mount.type() != Mount.Type.VOLUME || mount.readOnly() || !directoriesUpTo(mount.target())) {
            return null;
        }
        Path at = volumes.dataPath(mount.name());
        String rest = path.substring(mount.target().length());
        try {
            for (String name : rest.isEmpty() ? new String[0] : rest.substring(1).split("/")) {
                at = at.resolve(name);
                if (attributes(at).isSymbolicLink()) {
                    return null;
                }
            }
        } catch (NoSuchFileException e) {
            return volumes.dataPath(mount.name()).resolve(rest.isEmpty() ? "" : rest.substring(1)); // named, not looked at
        } catch (IOException e) {
            return null;
        }
        return at;
    }

    /**
     * Whether every parent of a mount point is a directory of the layer (or one its first build creates), not a
     * link and not inside another mount: the built view then reaches the mount by its path as written.
     */
    private boolean directoriesUpTo(String target) {
        for (int slash = target.indexOf('/', 1); slash > 0; slash = target.indexOf('/', slash + 1)) {
            String at = target.substring(0, slash);
            if (LayerMounts.mountAt(mounts, at) != null || underKernelMount(at)) {
                return false;
            }
            Found found = entryAt(at);
            if (found == null ? changes != null : found.kind() != FileSpec.Kind.DIRECTORY) {
                return false; // missing (or whited out): only the first build makes it, as a directory
            }
        }
        return true;
    }

    /** {@code rest} ("" or "/a/b") inside a volume whose data directory is {@code root}. */
    private static Optional<Found> inVolume(Path root, String rest) {
        Path at = root;
        try {
            PosixFileAttributes a = attributes(at);
            for (String name : rest.isEmpty() ? new String[0] : rest.substring(1).split("/")) {
                if (!a.isDirectory()) {
                    return null;
                }
                at = at.resolve(name);
                a = attributes(at);
            }
            return a.isSymbolicLink() || a.isOther() ? null : Optional.of(Found.of(at, a));
        } catch (NoSuchFileException e) {
            return at.equals(root) ? null : Optional.empty();
        } catch (IOException e) {
            return null;
        }
    }

    private static PosixFileAttributes attributes(Path p) throws IOException {
        return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean underKernelMount(String path) {
        return ShellPaths.isWithin(path, "/proc") || ShellPaths.isWithin(path, "/sys") || ShellPaths.isWithin(path, "/dev");
    }

    /** Whether the first build writes at {@code path} or into it: a daemon's file, a mount point, or their parents. */
    private boolean firstBuildWrites(String path) {
        return InitLayer.paths().stream().anyMatch(p -> ShellPaths.isWithin(p, path))
                || mounts.stream().anyMatch(m -> ShellPaths.isWithin(m.target(), path));
    }
}
