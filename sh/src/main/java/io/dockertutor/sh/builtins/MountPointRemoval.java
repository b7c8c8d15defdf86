package io.dockertutor.sh.builtins;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code rm -r} of a tree with mount points in it ({@code rm -rf /etc} in a container, where the daemon's
 * {@code /etc/hosts}, {@code /etc/hostname} and {@code /etc/resolv.conf} are bind mounts): as busybox's and
 * coreutils' removal goes depth first, everything else goes, each mount point answers {@code EBUSY}, and the
 * directories above one stay without a word of their own.
 */
final class MountPointRemoval {
    /** The kernel's {@code EBUSY}, what unlink, rmdir and rename answer for a mount point. */
    static final String BUSY = "Device or resource busy";

    private MountPointRemoval() {
    }

    /** Whether {@code shellPath} is a mount point or has one below it, so that {@link #remove} must walk it. */
    static boolean concerns(FileView files, String shellPath) {
        return files.mountPoint(shellPath) || files.holdsMountPoint(shellPath);
    }

    /** Removes {@code shellPath} ({@code typed} as the learner wrote it) and what it holds; false if anything stayed. */
    static boolean remove(Invocation call, String typed, String shellPath) throws IOException, OutsideViewException {
        FileView files = call.shell().files();
        Path p = files.resolveEntry(shellPath);
        boolean directory = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        if (directory && concerns(files, shellPath)) {
            boolean all = true;
            String prefix = typed.endsWith("/") ? typed : typed + "/";
            for (Path child : LinkSafeTrees.children(p)) {
                String name = child.getFileName().toString();
                all &= remove(call, prefix + name, shellPath.equals("/") ? "/" + name : shellPath + "/" + name);
            }
            if (!all) {
                return false;
            }
        }
        if (files.mountPoint(shellPath)) {
            AppletFileErrors.REMOVE.print(call, "rm", typed, BUSY);
            return false;
        }
        LinkSafeTrees.delete(p);
        return true;
    }
}
