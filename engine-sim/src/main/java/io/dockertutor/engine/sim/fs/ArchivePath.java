package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.PathStat;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * The daemon's archive endpoints on a container's files ({@link #stat}, {@link #archive}, {@link #extract}: what
 * {@code docker cp} calls), and the path as they receive it: symbolic links on the way are followed, the last one
 * only when the path ends in {@code /} or {@code /.}; the name is the path's last element as typed ({@code a},
 * {@code .}, {@code /} for the root), which is also the first entry's name in the tar stream. Each call holds the
 * container's files' lock.
 */
public final class ArchivePath {
    private final ContainerFiles files;
    private final String container;
    private final String typed;
    private final String normalized;
    private final boolean follow;
    private final String name;

    private ArchivePath(ContainerFiles files, String container, String typed) {
        this.files = files;
        this.container = container;
        this.typed = typed;
        this.normalized = ShellPaths.normalize("/", typed);
        this.follow = typed.endsWith("/") || typed.endsWith("/.");
        String trimmed = typed.replaceAll("/+$", "");
        this.name = trimmed.isEmpty() ? "/" : trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** {@code HEAD /containers/{id}/archive}; {@code container} is the name or id as the client gave it. */
    public static PathStat stat(ContainerFiles files, String container, String path) {
        synchronized (files) {
            return new ArchivePath(files, container, path).stat();
        }
    }

    /** {@code GET /containers/{id}/archive}: the tar stream {@code docker cp CONTAINER:PATH} receives. */
    public static byte[] archive(ContainerFiles files, String container, String path) {
        synchronized (files) {
            ArchivePath at = new ArchivePath(files, container, path);
            at.stat();
            try {
                // the root's entries start with "/" ("/", "/bin/"), as the daemon's
                return TarArchives.archive(files.readView(), at.normalized, at.name.equals("/") ? "" : at.name, at.follow);
            } catch (IOException | OutsideViewException e) {
                throw EngineException.serverError(e.getMessage());
            }
        }
    }

    /** {@code PUT /containers/{id}/archive}: unpacks {@code tar} into directory {@code dir}, with the daemon's errors. */
    public static void extract(ContainerFiles files, String container, String dir, byte[] tar) {
        synchronized (files) {
            new ArchivePath(files, container, dir).extract(tar);
        }
    }

    private PathStat stat() {
        LayerAtRest rest = files.atRest();
        java.util.Optional<LayerAtRest.Found> atRest = rest == null ? null : rest.lookup(normalized, follow);
        if (atRest != null) {
            LayerAtRest.Found f = atRest.orElseThrow(this::notFound);
            return new PathStat(name, f.size(), f.mode(), f.kind() == FileSpec.Kind.DIRECTORY, f.modified().toInstant(), "");
        }
        Path path;
        try {
            path = follow ? files.readView().resolve(normalized) : files.readView().resolveEntry(normalized);
        } catch (OutsideViewException e) {
            throw notFound();
        }
        LinkOption[] how = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            PosixFileAttributes a = Files.readAttributes(path, PosixFileAttributes.class, how);
            String target = "";
            long size = a.isDirectory() ? 4096 : a.size();
            if (a.isSymbolicLink()) {
                String raw = Files.readSymbolicLink(path).toString();
                size = raw.length();
                target = ShellPaths.normalize(ShellPaths.normalize(normalized, ".."), raw);
            }
            return new PathStat(name, size, ImageTree.mode(a.permissions()), a.isDirectory(),
                    a.lastModifiedTime().toInstant(), target);
        } catch (java.nio.file.NoSuchFileException e) {
            if (parentIsFile(path)) {
                throw EngineException.serverError("lstat " + normalized + ": not a directory");
            }
            throw notFound();
        } catch (IOException e) {
            throw EngineException.serverError("lstat " + normalized + ": " + e.getMessage());
        }
    }

    /**
     * Unpacks {@code tar} into this directory. Errors are the daemon's: {@code Could not find the file DIR in
     * container C}, {@code extraction point is not a directory}, {@code mounted volume is marked read-only}.
     */
    private void extract(byte[] tar) {
        if (!stat().directory()) {
            throw EngineException.badRequest("extraction point is not a directory");
        }
        // moby's checkWritablePath: a volume or bind decides by its own mode, anything else (tmpfs too) by the root's
        Mount mount = files.mountAt(normalized);
        boolean decidesByOwnMode = mount != null && mount.type() != Mount.Type.TMPFS;
        if (decidesByOwnMode && mount.readOnly()) {
            throw EngineException.badRequest("mounted volume is marked read-only");
        }
        if (!decidesByOwnMode && files.readOnlyRoot()) {
            throw EngineException.badRequest("container rootfs is marked read-only");
        }
        try {
            TarArchives.extract(files.view(), normalized, tar);
        } catch (FileSystemException e) {
            throw EngineException.serverError(e.getFile() + ": " + e.getReason());
        } catch (IOException | OutsideViewException e) {
            throw EngineException.serverError("extracting archive: " + e.getMessage());
        }
    }

    private static boolean parentIsFile(Path path) {
        for (Path p = path.getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return true;
            }
        }
        return false;
    }

    private EngineException notFound() {
        return EngineException.notFound("Could not find the file " + typed + " in container " + container);
    }
}
