package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import java.nio.file.Path;

/**
 * A view of a container's files that builds its layer only when a path is first resolved
 * ({@link ContainerFiles#view()}): a program that never touches a file ({@code echo hi}, {@code sh -c 'exit 1'})
 * costs no layer.
 */
final class LazyContainerView implements FileView {
    private final ContainerFiles files;

    LazyContainerView(ContainerFiles files) {
        this.files = files;
    }

    @Override
    public String home() {
        return "/";
    }

    @Override
    public Path resolve(String absoluteShellPath) throws OutsideViewException {
        return files.view().resolve(absoluteShellPath);
    }

    @Override
    public Path resolveEntry(String absoluteShellPath) throws OutsideViewException {
        return files.view().resolveEntry(absoluteShellPath);
    }

    @Override
    public boolean mountPoint(String absoluteShellPath) {
        return files.view().mountPoint(absoluteShellPath);
    }

    @Override
    public boolean holdsMountPoint(String absoluteShellPath) {
        return files.view().holdsMountPoint(absoluteShellPath);
    }

    @Override
    public String realShellPath(String absoluteShellPath) throws OutsideViewException {
        return files.view().realShellPath(absoluteShellPath);
    }
}
