package io.dockertutor.engine.sim.fs;

import io.dockertutor.hostfs.ConfinedFileView;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A container's mount table over its built layer, as the runtime sets it up: the root (read-only with
 * {@code --read-only}, the daemon's files with it), the binds, volumes and tmpfs mounts, then procfs and sysfs.
 * Mount points are created in the layer, as the daemon creates them (so they show in {@code docker diff}).
 */
final class LayerMounts {
    /** Where the n-th mount of the list, a tmpfs, keeps its files. */
    interface TmpfsDirs {
        Path dir(int n) throws IOException;
    }

    private LayerMounts() {
    }

    /**
     * The view a shell inside the container works through.
     */
    static ConfinedFileView attach(Path root, List<Mount> mounts, VolumeStore volumes, TmpfsDirs tmpfs,
                                   boolean readOnlyRoot) throws IOException {
        ConfinedFileView view = ConfinedFileView.containerRoot(root, "/");
        if (readOnlyRoot) {
            // the daemon's own files too: moby mounts /etc/hosts, /etc/hostname and /etc/resolv.conf writable only
            // when the root is (Writable: !ReadonlyRootfs)
            view.mount("/", ReadOnlyPath.of(root));
        }
        int n = 0;
        for (Mount m : mounts) {
            Path source = switch (m.type()) {
                case BIND -> m.hostPath();
                case VOLUME -> volumes.dataPath(m.name());
                case TMPFS -> tmpfs.dir(n);
            };
            n++;
            Path point = root.resolve(m.target().substring(1));
            if (m.type() == Mount.Type.BIND && !Files.exists(source)) {
                Files.createDirectories(source); // -v creates a missing host directory, as the daemon does
            }
            if (!Files.exists(point, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(point.getParent());
                if (Files.isDirectory(source)) {
                    Files.createDirectory(point);
                } else {
                    Files.createFile(point);
                }
            }
            view.mount(m.target(), m.readOnly() ? ReadOnlyPath.of(source) : source);
            view.markMountPoint(m.target());
        }
        // the runtime bind-mounts the daemon's files and mounts devtmpfs, shm, devpts and mqueue under /dev
        for (String point : List.of("/etc/hosts", "/etc/hostname", "/etc/resolv.conf", "/dev", "/dev/shm", "/dev/pts", "/dev/mqueue")) {
            if (Files.exists(root.resolve(point.substring(1)), LinkOption.NOFOLLOW_LINKS)) {
                view.markMountPoint(point);
            }
        }
        // The runtime mounts procfs on /proc (nothing can be created there: ENOENT) and sysfs read-only on /sys.
        kernelMount(view, mounts, root, "/proc", "No such file or directory");
        kernelMount(view, mounts, root, "/sys", "Read-only file system");
        return view;
    }

    private static void kernelMount(ConfinedFileView view, List<Mount> mounts, Path root, String at, String reason) {
        if (Files.isDirectory(root.resolve(at.substring(1)), LinkOption.NOFOLLOW_LINKS) && mountAt(mounts, at) == null) {
            view.mount(at, ReadOnlyPath.of(root.resolve(at.substring(1)), reason));
        }
        view.markMountPoint(at);
    }

    /** The mount holding a container path (the one with the longest target), or null for the layer. */
    static Mount mountAt(List<Mount> mounts, String path) {
        Mount best = null;
        for (Mount m : mounts) {
            if (ShellPaths.isWithin(path, m.target()) && (best == null || m.target().length() > best.target().length())) {
                best = m;
            }
        }
        return best;
    }
}
