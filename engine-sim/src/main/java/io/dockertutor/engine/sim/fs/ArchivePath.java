package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.PathStat;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * A path as the archive endpoints receive it: symbolic links on the way are followed, the last one only when the
 * path ends in {@code /} or {@code /.}; the name is the path's last element as typed ({@code a}, {@code .},
 * {@code /} for the root), which is also the first entry's name in the tar stream.
 */
final class ArchivePath {
    private final ContainerFiles files;
    private final String container;
    private final String typed;
    private final String normalized;
    private final boolean follow;
    private final String name;

    ArchivePath(ContainerFiles files, String container, String typed) {
        this.files = files;
        this.container = container;
        this.typed = typed;
        this.normalized = ShellPaths.normalize("/", typed);
        this.follow = typed.endsWith("/") || typed.endsWith("/.");
        String trimmed = typed.replaceAll("/+$", "");
        this.name = trimmed.isEmpty() ? "/" : trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    String normalized() {
        return normalized;
    }

    boolean follow() {
        return follow;
    }

    /** The tar's first entry name: the root's entries start with "/" ({@code /}, {@code /bin/}), as the daemon's. */
    String entryName() {
        return name.equals("/") ? "" : name;
    }

    PathStat stat() {
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
     * {@code PUT /containers/{id}/archive}: unpacks {@code tar} into this directory, called under the container's
     * files' lock. Errors are the daemon's: {@code Could not find the file DIR in container C},
     * {@code extraction point is not a directory}, {@code mounted volume is marked read-only}.
     */
    void extract(byte[] tar) {
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
