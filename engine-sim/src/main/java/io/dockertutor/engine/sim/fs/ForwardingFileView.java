package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import java.nio.file.Path;

/**
 * A file view in front of another one: every call goes to the view behind unless a subclass answers it itself
 * ({@link PermissionView} guards the paths the view behind hands out, {@link ProcFiles} answers {@code /proc}).
 */
abstract class ForwardingFileView implements FileView {
    private final FileView behind;

    ForwardingFileView(FileView behind) {
        this.behind = behind;
    }

    @Override
    public String home() {
        return behind.home();
    }

    @Override
    public Path resolve(String absoluteShellPath) throws OutsideViewException {
        return behind.resolve(absoluteShellPath);
    }

    @Override
    public Path resolveEntry(String absoluteShellPath) throws OutsideViewException {
        return behind.resolveEntry(absoluteShellPath);
    }

    @Override
    public String realShellPath(String absoluteShellPath) throws OutsideViewException {
        return behind.realShellPath(absoluteShellPath);
    }

    @Override
    public boolean mountPoint(String absoluteShellPath) {
        return behind.mountPoint(absoluteShellPath);
    }

    @Override
    public boolean holdsMountPoint(String absoluteShellPath) {
        return behind.holdsMountPoint(absoluteShellPath);
    }
}
