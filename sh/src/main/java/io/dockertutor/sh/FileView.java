package io.dockertutor.sh;

import java.nio.file.Path;

/**
 * The files a shell may touch, addressed by shell paths (absolute, {@code /}-separated strings such as the
 * current directory). The host view maps the learner's workspace on the real disk and refuses everything
 * outside it; a container view maps a root directory on an in-memory file system. Builtins never build a
 * {@link Path} themselves: they ask {@link #resolve(String, String)}.
 */
public interface FileView {

    /** Where a session starts and what {@code ~} means, as a shell path. */
    String home();

    /**
     * The {@link Path} behind an absolute, normalized shell path.
     *
     * @throws OutsideViewException when the path (or a symbolic link on its way) leads outside the view
     */
    Path resolve(String absoluteShellPath) throws OutsideViewException;

    /**
     * As {@link #resolve(String)}, but a symbolic link in the last place is not followed: the link itself, for
     * commands that act on it ({@code rm}, {@code mv}, {@code ls -l}, {@code test -L}). Links on the way are.
     */
    default Path resolveEntry(String absoluteShellPath) throws OutsideViewException {
        return resolve(absoluteShellPath);
    }

    /**
     * The shell path that {@code absoluteShellPath} really names, every link on it followed (the last one too),
     * for commands that go on addressing what they found by shell path. A view without links answers it as given.
     */
    default String realShellPath(String absoluteShellPath) throws OutsideViewException {
        resolve(absoluteShellPath);
        return ShellPaths.normalize("/", absoluteShellPath);
    }

    /**
     * Whether something is mounted on this absolute, normalized shell path (a container's binds, volumes, procfs and
     * the daemon's {@code /etc/hosts}): the kernel refuses to unlink, rmdir or rename it with {@code EBUSY}.
     */
    default boolean mountPoint(String absoluteShellPath) {
        return false;
    }

    /** Whether a mount point lies strictly below this absolute, normalized shell path. */
    default boolean holdsMountPoint(String absoluteShellPath) {
        return false;
    }

    /** {@code typed} made absolute against {@code cwd}, with {@code .} and {@code ..} folded away lexically. */
    default String absolute(String cwd, String typed) {
        return ShellPaths.normalize(cwd, typed);
    }

    /**
     * As {@link #resolveEntry(String)} for a path as typed. A trailing slash ({@code ls -l link/}, {@code rm -r
     * link/}) names the directory a link leads to, as POSIX path resolution has it, so there the link is followed.
     */
    default Path resolveEntry(String cwd, String typed) throws OutsideViewException {
        String path = absolute(cwd, typed);
        return typed.endsWith("/") || typed.endsWith("/.") ? resolve(path) : resolveEntry(path);
    }

    /** Resolves a path as the learner typed it, relative to the shell's current directory. */
    default Path resolve(String cwd, String typed) throws OutsideViewException {
        return resolve(absolute(cwd, typed));
    }
}
