package io.dockertutor.cli.command;

import io.dockertutor.sh.ShellPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The tar streams of {@code docker cp} on the learner's side, as moby's {@code pkg/archive} makes and reads them:
 * entries named from the source's base name (children in lexical order), 512-byte records with no padding to
 * a larger block (Go's archive/tar), so the byte count docker reports ({@code Successfully copied 2.05kB}) matches.
 */
final class HostArchive {
    private HostArchive() {
    }

    /** {@code archive.TarResource}: {@code source} under the name {@code base} ({@code .} for a directory's contents). */
    static byte[] tar(Path source, String base) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, 512)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            add(tar, source, base);
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, Path file, String name) throws IOException {
        boolean dir = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
        if (!name.equals(".")) {
            TarArchiveEntry entry;
            if (Files.isSymbolicLink(file)) {
                // a link is archived as a link, never read through: its target may lie outside the workspace
                entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(file).toString());
            } else {
                entry = new TarArchiveEntry(dir ? name + "/" : name);
                entry.setSize(dir ? 0 : Files.size(file));
            }
            // moby truncates times to whole seconds, so no PAX record is needed (and the size stays Go's)
            long seconds = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().getEpochSecond();
            entry.setModTime(FileTime.from(seconds, java.util.concurrent.TimeUnit.SECONDS));
            entry.setMode((dir ? 040000 : 0100000) | mode(file));
            tar.putArchiveEntry(entry);
            if (!dir && !Files.isSymbolicLink(file)) {
                Files.copy(file, tar);
            }
            tar.closeArchiveEntry();
        }
        if (dir) {
            List<Path> children;
            try (Stream<Path> s = Files.list(file)) {
                children = s.sorted().toList();
            }
            for (Path child : children) {
                add(tar, child, name.equals(".") ? child.getFileName().toString() : name + "/" + child.getFileName());
            }
        }
    }

    private static int mode(Path file) {
        try {
            int m = 0;
            for (var p : Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)) {
                m |= 1 << (8 - p.ordinal());
            }
            return m;
        } catch (IOException | UnsupportedOperationException e) {
            return Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? 0755 : 0644;
        }
    }

    /** Whether the stream's top entry is a directory (what docker learns from the archive's stat header). */
    static boolean topIsDirectory(byte[] tar) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry e = in.getNextEntry();
            return e != null && e.isDirectory();
        }
    }

    /** A symbolic link of the archive that was not restored, because it would lead outside the workspace. */
    record SkippedLink(String path, String target) {
    }

    /**
     * {@code archive.Untar} after {@code RebaseArchiveEntries(oldBase, newBase)}: writes the entries under the
     * directory whose shell path is {@code dirShell}, the top one renamed when {@code newBase} differs. Every
     * entry's parent is resolved through {@code files} (so through the one confined view), an existing entry is
     * replaced rather than written through (as moby removes it first), times are set on the entry itself, and
     * a link whose target would lead outside the workspace is not restored: it is answered in the list.
     */
    static List<SkippedLink> untar(byte[] tar, String oldBase, String newBase, String dirShell, HostFiles files)
            throws IOException {
        List<SkippedLink> skipped = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = ShellPaths.normalize("/", rebase(e.getName(), oldBase, newBase)).substring(1);
                if (name.isEmpty() || escapes(rebase(e.getName(), oldBase, newBase))) {
                    continue; // the destination itself, or a path escaping it: moby's Untar refuses those too
                }
                String shell = dirShell.equals("/") ? "/" + name : dirShell + "/" + name;
                Path target = files.resolveEntry(shell);
                Files.createDirectories(target.getParent());
                boolean keepDirectory = e.isDirectory() && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
                if (!keepDirectory && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(target);
                }
                if (e.isDirectory()) {
                    if (!keepDirectory) {
                        Files.createDirectory(target);
                    }
                } else if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(target, target.getFileSystem().getPath(e.getLinkName()));
                    try {
                        files.resolve(shell);
                    } catch (OutsideWorkspace outside) {
                        Files.delete(target); // made only for the view's walk to read; never followed
                        skipped.add(new SkippedLink(shell, e.getLinkName()));
                        continue;
                    }
                } else {
                    try (var out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS)) {
                        in.transferTo(out);
                    }
                }
                setTime(target, FileTime.from(e.getModTime().toInstant()));
            }
        }
        return skipped;
    }

    private static boolean escapes(String name) {
        int depth = 0;
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                depth--;
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** moby's {@code Lchtimes}: the entry's own time, a link's included, never its target's. */
    private static void setTime(Path target, FileTime time) {
        try {
            Files.getFileAttributeView(target, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(time, null, null);
        } catch (IOException | UnsupportedOperationException e) {
            // a link's time where the platform cannot set it: left as made, as archive.Untar ignores it too
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(p)) {
                for (Path child : s.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(p);
    }

    /** {@code RebaseArchiveEntries} on a whole stream: the same entries, the top one renamed. */
    static byte[] retar(byte[] tar, String oldBase, String newBase) throws IOException {
        if (oldBase.equals(newBase) || oldBase.equals(".")) {
            return tar;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar));
             TarArchiveOutputStream out = new TarArchiveOutputStream(bytes, 512)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                e.setName(rebase(e.getName(), oldBase, newBase));
                out.putArchiveEntry(e);
                in.transferTo(out);
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String rebase(String name, String oldBase, String newBase) {
        if (oldBase.equals(newBase) || oldBase.isEmpty()) {
            return name;
        }
        if (name.equals(oldBase) || name.equals(oldBase + "/")) {
            return newBase + name.substring(oldBase.length());
        }
        if (name.startsWith(oldBase + "/")) {
            return newBase + name.substring(oldBase.length());
        }
        return name;
    }
}
