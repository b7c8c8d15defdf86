package io.dockertutor.sh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link FileView} that maps one shell-path subtree onto a directory and refuses everything else, plus
 * optional "virtual mounts" (shell-path prefix to a {@link Path} on any file system, e.g. an in-memory one).
 * Symbolic links are followed and checked: a link whose target leaves the subtree (or the mount) is refused.
 *
 * <pre>{@code
 * FileView host = ConfinedFileView.workspace(Path.of("/home/me/ws"));       // shell paths = real paths
 * host.mount("/var/lib/docker/volumes/data/_data", jimfs.getPath("/vols/data"));
 * FileView box = ConfinedFileView.containerRoot(jimfs.getPath("/c/abc"), "/root"); // "/" = /c/abc
 * }</pre>
 */
public final class ConfinedFileView implements FileView {
    private final String shellRoot;
    private final Path base;
    private final String home;
    private final String outsideKey;
    private final Map<String, Path> mounts = new ConcurrentSkipListMap<>();

    private ConfinedFileView(String shellRoot, Path base, String home, String outsideKey) {
        this.shellRoot = shellRoot;
        this.base = base;
        this.home = home;
        this.outsideKey = outsideKey;
    }

    /** The learner's workspace on the real disk: shell paths are its real absolute paths. */
    public static ConfinedFileView workspace(Path workspace) {
        Path real = realOrAbsolute(workspace);
        String root = real.toString().replace('\\', '/');
        return new ConfinedFileView(root, real, root, "path.outsideWorkspace");
    }

    /** A container's file system: shell path {@code /} is {@code root}; nothing above it exists. */
    public static ConfinedFileView containerRoot(Path root, String home) {
        return new ConfinedFileView("/", realOrAbsolute(root), home, "path.outsideRoot");
    }

    /** Exposes {@code target} (read and write) at the absolute shell path {@code prefix}. */
    public void mount(String prefix, Path target) {
        mounts.put(ShellPaths.normalize("/", prefix), target);
    }

    public void unmount(String prefix) {
        mounts.remove(ShellPaths.normalize("/", prefix));
    }

    @Override
    public String home() {
        return home;
    }

    /** The subtree's top as a shell path (the workspace's absolute path, or "/"). */
    public String shellRoot() {
        return shellRoot;
    }

    @Override
    public Path resolve(String absoluteShellPath) throws OutsideViewException {
        String path = ShellPaths.normalize("/", absoluteShellPath);
        String mount = longestMount(path);
        if (mount != null) {
            Path target = mounts.get(mount);
            return checked(target, relative(path, mount));
        }
        if (!ShellPaths.isWithin(path, shellRoot)) {
            throw outside();
        }
        return checked(base, relative(path, shellRoot));
    }

    private String longestMount(String path) {
        String best = null;
        for (String prefix : mounts.keySet()) {
            if (ShellPaths.isWithin(path, prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best;
    }

    private static String relative(String path, String prefix) {
        if (path.equals(prefix)) {
            return "";
        }
        return prefix.equals("/") ? path.substring(1) : path.substring(prefix.length() + 1);
    }

    private Path checked(Path top, String rel) throws OutsideViewException {
        Path candidate = rel.isEmpty() ? top : top.resolve(rel);
        Path realTop = realOrAbsolute(top);
        try {
            Path real = realPath(candidate, 0);
            if (real == null || !real.startsWith(realTop)) {
                throw outside();
            }
        } catch (IOException | UncheckedIOException e) {
            throw outside();
        }
        return candidate;
    }

    /** The real location a path names, following links even when the final target does not exist yet. */
    private static Path realPath(Path p, int depth) throws IOException {
        if (depth > 40) {
            return null; // a link loop: treated as leaving the view
        }
        if (Files.exists(p)) {
            return p.toRealPath();
        }
        if (Files.isSymbolicLink(p)) {
            Path target = Files.readSymbolicLink(p);
            Path parent = p.toAbsolutePath().getParent();
            return realPath(parent == null ? target : parent.resolve(target).normalize(), depth + 1);
        }
        Path parent = p.toAbsolutePath().getParent();
        if (parent == null || p.getFileName() == null) {
            return p.toAbsolutePath();
        }
        Path realParent = realPath(parent, depth + 1);
        return realParent == null ? null : realParent.resolve(p.getFileName().toString());
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath(LinkOption.NOFOLLOW_LINKS).toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private OutsideViewException outside() {
        return new OutsideViewException(outsideKey, shellRoot);
    }
}
