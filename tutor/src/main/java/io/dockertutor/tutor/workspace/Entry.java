package io.dockertutor.tutor.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * One path of the workspace as {@code lstat} sees it: a symbolic link is an entry of its own, never its target.
 * {@code permissions} is null where the file system has none (Windows).
 */
record Entry(Kind kind, Set<PosixFilePermission> permissions, long size, long modified, Object fileKey, Path linkTarget) {
    enum Kind { FILE, DIRECTORY, LINK, OTHER }

    /** The entry at {@code path} now, or null when there is none. */
    static Entry at(Path path) throws IOException {
        try {
            return of(path, attributes(path));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    }

    static Entry of(Path path, BasicFileAttributes a) throws IOException {
        Set<PosixFilePermission> perms = a instanceof PosixFileAttributes p ? Set.copyOf(p.permissions()) : null;
        if (a.isSymbolicLink()) {
            return new Entry(Kind.LINK, null, 0, 0, null, Files.readSymbolicLink(path));
        }
        Kind kind = a.isDirectory() ? Kind.DIRECTORY : a.isRegularFile() ? Kind.FILE : Kind.OTHER;
        // A directory's size and time change with its entries, which are entries of their own.
        boolean dir = kind == Kind.DIRECTORY;
        return new Entry(kind, perms, dir ? 0 : a.size(), dir ? 0 : a.lastModifiedTime().toMillis(), a.fileKey(), null);
    }

    /** Whether this is the same thing with the same look: kind, mode, and for a link its target. */
    boolean sameShape(Entry other) {
        return other != null && kind == other.kind && Objects.equals(permissions, other.permissions)
                && Objects.equals(linkTarget, other.linkTarget) && (kind != Kind.FILE || size == other.size);
    }
}
