package io.dockertutor.hostfs;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The one {@link FileView} every host path goes through: a shell-path subtree mapped onto a directory, plus
 * "virtual mounts" (shell-path prefix to a {@link Path} on any file system, e.g. an in-memory one). Paths are
 * resolved component by component in shell-path space, as the kernel does: each component is looked at without
 * following it, and a symbolic link's target is resolved again in the same space (an absolute target starts
 * from this view's {@code /}: the host's for the workspace, the container's own root for a container, which is
 * what Docker does for a link inside a bind-mounted directory). Whatever ends outside the view is refused; a
 * component outside it is only ever named, never looked at. The {@link Path} handed out has no link among its
 * parents, so callers that open it with {@link LinkOption#NOFOLLOW_LINKS} can never be led elsewhere.
 *
 * <pre>{@code
 * ConfinedFileView host = ConfinedFileView.workspace(Path.of("/home/me/ws")); // shell paths = real paths
 * host.mount("/var/lib/docker/volumes/data/_data", jimfs.getPath("/vols/data"));
 * Path file = host.resolve("/home/me/ws/link");     // the link's target, when inside the workspace
 * Path link = host.resolveEntry("/home/me/ws/link"); // the link itself (rm, mv, ls -l)
 * }</pre>
 */
public final class ConfinedFileView implements FileView {
    /** Linux's {@code MAXSYMLINKS}: more links than this on one path is {@code ELOOP}. */
    static final int MAX_LINKS = 40;

    private final String shellRoot;
    private final Path base;
    private final String home;
    private final String outsideKey;
    private final Map<String, java.util.function.Supplier<Path>> mounts = new ConcurrentSkipListMap<>();
    private final java.util.Set<String> mountPoints = new java.util.concurrent.ConcurrentSkipListSet<>();

    private ConfinedFileView(String shellRoot, Path base, String home, String outsideKey) {
        this.shellRoot = shellRoot;
        this.base = base;
        this.home = home;
        this.outsideKey = outsideKey;
    }

    /**
     * The learner's workspace on the real disk: shell paths are its real absolute paths. A workspace given
     * through a symbolic link is identified by its real path; the link's own path is accepted as another name.
     */
    public static ConfinedFileView workspace(Path workspace) {
        Path real = realOrAbsolute(workspace);
        String root = real.toString().replace('\\', '/');
        ConfinedFileView view = new ConfinedFileView(root, real, root, "path.outsideWorkspace");
        String given = workspace.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (!given.equals(root) && !ShellPaths.isWithin(given, root) && !ShellPaths.isWithin(root, given)) {
            view.mount(given, real);
        }
        return view;
    }

    /** A container's file system: shell path {@code /} is {@code root}; nothing above it exists. */
    public static ConfinedFileView containerRoot(Path root, String home) {
        return new ConfinedFileView("/", realOrAbsolute(root), home, "path.outsideRoot");
    }

    /** Exposes {@code target} (read and write) at the absolute shell path {@code prefix}. */
    public void mount(String prefix, Path target) {
        mountLazily(prefix, () -> target);
    }

    /**
     * Exposes what {@code target} answers, asked at each use of a path under {@code prefix}: a mount whose target
     * changes (an engine's data directory after an undo) or costs something to make (an in-memory file system that
     * most sessions never look at). While {@code target} answers null, the prefix is not mounted.
     */
    public void mountLazily(String prefix, java.util.function.Supplier<Path> target) {
        mounts.put(ShellPaths.normalize("/", prefix), target);
    }

    /** Marks a shell path as a mount point of the file system this view shows ({@link #mountPoint(String)}). */
    public void markMountPoint(String path) {
        mountPoints.add(ShellPaths.normalize("/", path));
    }

    @Override
    public boolean mountPoint(String absoluteShellPath) {
        return mountPoints.contains(ShellPaths.normalize("/", absoluteShellPath));
    }

    @Override
    public boolean holdsMountPoint(String absoluteShellPath) {
        String dir = ShellPaths.normalize("/", absoluteShellPath);
        return mountPoints.stream().anyMatch(m -> !m.equals(dir) && ShellPaths.isWithin(m, dir));
    }

    public void unmount(String prefix) {
        mounts.remove(ShellPaths.normalize("/", prefix));
    }

    @Override
    public String home() {
        return home;
    }

    /** The subtree's top as a shell path (the workspace's real absolute path, or "/"). */
    public String shellRoot() {
        return shellRoot;
    }

    /** Follows every link, the last one too: what {@code cat}, {@code ls DIR} or a bind source reach. */
    @Override
    public Path resolve(String absoluteShellPath) throws OutsideViewException {
        return hostOf(walk(absoluteShellPath, true));
    }

    /** Follows the links on the way but not a last one: what {@code rm}, {@code mv} or {@code ls -l} act on. */
    @Override
    public Path resolveEntry(String absoluteShellPath) throws OutsideViewException {
        return hostOf(walk(absoluteShellPath, false));
    }

    @Override
    public String realShellPath(String absoluteShellPath) throws OutsideViewException {
        String real = walk(absoluteShellPath, true);
        hostOf(real);
        return real;
    }

    /**
     * The kernel's path walk in shell-path space. Each component is looked at with {@code lstat}; a link (not
     * the last one unless {@code followLast}) is replaced by its target, an absolute target restarting at "/".
     * Components outside the view are named only: the walk never looks at a file it may not reach.
     */
    private String walk(String path, boolean followLast) throws OutsideViewException {
        Deque<String> pending = new ArrayDeque<>(segments(ShellPaths.normalize("/", path)));
        List<String> done = new ArrayList<>();
        int links = 0;
        while (!pending.isEmpty()) {
            String c = pending.pollFirst();
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            done.add(c);
            if (pending.isEmpty() && !followLast) {
                break;
            }
            Path host = hostPath(join(done));
            if (host == null || !isLink(host)) {
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new OutsideViewException("path.linkLoop");
            }
            String target;
            try {
                target = Files.readSymbolicLink(host).toString().replace('\\', '/');
            } catch (IOException e) {
                continue;
            }
            done.remove(done.size() - 1);
            if (target.startsWith("/")) {
                done.clear();
            }
            List<String> t = segments(target);
            for (int i = t.size() - 1; i >= 0; i--) {
                pending.addFirst(t.get(i));
            }
        }
        return join(done);
    }

    private static boolean isLink(Path host) {
        try {
            return Files.readAttributes(host, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isSymbolicLink();
        } catch (IOException | UnsupportedOperationException e) {
            return false; // missing: the rest of the path is named, not looked up
        }
    }

    private static List<String> segments(String path) {
        List<String> list = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                list.add(s);
            }
        }
        return list;
    }

    private static String join(List<String> segments) {
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }

    private Path hostOf(String shellPath) throws OutsideViewException {
        Path host = hostPath(shellPath);
        if (host == null) {
            throw outside();
        }
        return host;
    }

    /** Where a link-free shell path lives, or null when it lies outside the view. */
    private Path hostPath(String path) {
        String mount = longestMount(path);
        Path target = mount == null ? null : mounts.get(mount).get();
        if (target != null) {
            return under(target, relative(path, mount));
        }
        if (!ShellPaths.isWithin(path, shellRoot)) {
            return null;
        }
        return under(base, relative(path, shellRoot));
    }

    private static Path under(Path top, String rel) {
        return rel.isEmpty() ? top : top.resolve(rel);
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

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private OutsideViewException outside() {
        return new OutsideViewException(outsideKey, shellRoot);
    }
}
