package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;

/**
 * A non-root process's view of the container's files: the image's directories belong to root (755, /root 700), so
 * a change outside a world-writable directory (/tmp is 1777) fails with {@code Permission denied}, as the kernel
 * answers: {@code touch: /x: Permission denied}, {@code sh: can't create /y: Permission denied}. What the user makes
 * under a world-writable directory is theirs to change. Mounts (volumes, binds, tmpfs) keep their own rules.
 * The paths it hands out read through unchanged ({@link ReadOnlyPath} with the EACCES reason).
 */
final class PermissionView extends ForwardingFileView {
    private static final String DENIED = "Permission denied";
    private final ContainerFiles files;
    private final Map<String, FileSpec> image;
    private final int uid;

    /** @param image the image's files, whose owners decide too: a directory the image gave the user is theirs */
    PermissionView(FileView inner, ContainerFiles files, Map<String, FileSpec> image, int uid) {
        super(inner);
        this.files = files;
        this.image = image;
        this.uid = uid;
    }

    @Override
    public Path resolve(String absoluteShellPath) throws OutsideViewException {
        return guard(realShellPath(absoluteShellPath), super.resolve(absoluteShellPath));
    }

    @Override
    public Path resolveEntry(String absoluteShellPath) throws OutsideViewException {
        return guard(absoluteShellPath, super.resolveEntry(absoluteShellPath));
    }

    private Path guard(String shellPath, Path path) throws OutsideViewException {
        String normal = ShellPaths.normalize("/", shellPath);
        if (files.mountAt(normal) != null || normal.equals("/proc") || normal.startsWith("/proc/")
                || normal.equals("/sys") || normal.startsWith("/sys/") || underWorldWritable(normal)) {
            return path;
        }
        return ReadOnlyPath.of(path, DENIED);
    }

    /**
     * Whether a directory above {@code shellPath} lets everyone write (the sticky /tmp and what is made in it) or
     * belongs to the user in the image.
     */
    private boolean underWorldWritable(String shellPath) throws OutsideViewException {
        String dir = parent(shellPath);
        while (dir != null && !dir.equals("/")) {
            if (FileTree.lookup(image, dir).map(f -> f.uid() == uid && f.kind() == FileSpec.Kind.DIRECTORY).orElse(false)) {
                return true;
            }
            Path p = super.resolve(dir);
            try {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_WRITE)) {
                    return true;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
            dir = parent(dir);
        }
        return false;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return path.equals("/") ? null : slash <= 0 ? "/" : path.substring(0, slash);
    }
}
