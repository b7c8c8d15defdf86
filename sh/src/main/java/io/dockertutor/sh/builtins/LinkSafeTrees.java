package io.dockertutor.sh.builtins;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copying and deleting whole trees, also between file systems (the disk and an in-memory mount), never through
 * a symbolic link: a link is copied as a link (as {@code cp -r} does), and only when its target, seen from where
 * the copy lands, stays inside the view; deleting a link deletes the link.
 */
final class LinkSafeTrees {
    private LinkSafeTrees() {
    }

    /** A link that was not copied because it would lead outside the view; the copy went on without it. */
    static final class LinkLeavesView extends IOException {
        final String shellPath;
        final OutsideViewException reason;

        LinkLeavesView(String shellPath, OutsideViewException reason) {
            super(shellPath);
            this.shellPath = shellPath;
            this.reason = reason;
        }
    }

    /**
     * Copies {@code from} to {@code to} (whose shell path is {@code toShell} in {@code view}). Links that would
     * lead outside are left out; the first of them is thrown once everything else was copied.
     */
    static void copy(Path from, Path to, String toShell, FileView view) throws IOException {
        List<LinkLeavesView> refused = new ArrayList<>();
        copy(from, to, toShell, view, refused, insideOf(to, from) ? to : null);
        if (!refused.isEmpty()) {
            throw refused.get(0);
        }
    }

    /**
     * Whether {@code inner} is {@code outer} or lies below it: copying or moving a directory there would go on
     * forever. (Both come from the view with no link among their parents, so comparing names is enough.)
     */
    static boolean insideOf(Path inner, Path outer) {
        return inner.getFileSystem() == outer.getFileSystem()
                && Files.isDirectory(outer, LinkOption.NOFOLLOW_LINKS)
                && inner.toAbsolutePath().normalize().startsWith(outer.toAbsolutePath().normalize());
    }

    /** {@code skip} is the copy's own destination when it lies inside the source: never copied into itself. */
    private static void copy(Path from, Path to, String toShell, FileView view, List<LinkLeavesView> refused,
            Path skip) throws IOException {
        if (Files.isSymbolicLink(from)) {
            Files.deleteIfExists(to);
            Path target = Files.readSymbolicLink(from);
            Files.createSymbolicLink(to, to.getFileSystem().getPath(target.toString()));
            try {
                view.resolve(toShell);
            } catch (OutsideViewException e) {
                Files.delete(to); // created only to be read by the view's own walk, never followed
                refused.add(new LinkLeavesView(toShell, e));
            }
        } else if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(to)) {
                Files.delete(to);
            }
            if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(to);
            }
            for (Path child : children(from)) {
                if (skip != null && child.toAbsolutePath().normalize().equals(skip.toAbsolutePath().normalize())) {
                    continue;
                }
                String name = child.getFileName().toString();
                copy(child, to.resolve(name), toShell + "/" + name, view, refused, skip);
            }
        } else {
            if (Files.isSymbolicLink(to)) {
                Files.delete(to); // a link found inside a copied tree is replaced, never written through
            }
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
    }

    static void delete(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            for (Path child : children(p)) {
                delete(child);
            }
        }
        Files.delete(p);
    }

    static void move(Path from, Path to, String toShell, FileView view) throws IOException {
        if (from.getFileSystem() == to.getFileSystem()) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        } else {
            copy(from, to, toShell, view);
            delete(from);
        }
    }

    static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> list = new ArrayList<>(s.toList());
            list.sort((a, b) -> Bytewise.compare(a.getFileName().toString(), b.getFileName().toString()));
            return list;
        }
    }
}
