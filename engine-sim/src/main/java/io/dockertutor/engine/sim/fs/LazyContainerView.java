package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import java.nio.file.Path;

/**
 * A view of a container's files that builds its layer only when a path is first resolved
 * ({@link ContainerFiles#view()}): a program that never touches a file ({@code echo hi}, {@code sh -c 'exit 1'})
 * costs no layer, and neither does one that only writes or reads a volume's files
 * ({@code sh -c "echo hi > /usr/share/nginx/html/hi.html"}).
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
        Path inVolume = volumeFile(absoluteShellPath);
        return inVolume != null ? inVolume : files.view().resolve(absoluteShellPath);
    }

    @Override
    public Path resolveEntry(String absoluteShellPath) throws OutsideViewException {
        Path inVolume = volumeFile(absoluteShellPath);
        return inVolume != null ? inVolume : files.view().resolveEntry(absoluteShellPath);
    }

    /** A volume's file reached without a link, while the layer is at rest ({@link LayerAtRest#volumeFile}), or null. */
    private Path volumeFile(String absoluteShellPath) {
        LayerAtRest rest = files.atRest();
        return rest == null ? null : rest.volumeFile(absoluteShellPath);
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
