package io.dockertutor.cli.docker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
            return Files.isDirectory(file) ? 0755 : 0644;
        }
    }

    /** Whether the stream's top entry is a directory (what docker learns from the archive's stat header). */
    static boolean topIsDirectory(byte[] tar) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry e = in.getNextEntry();
            return e != null && e.isDirectory();
        }
    }

    /**
     * {@code archive.Untar} after {@code RebaseArchiveEntries(oldBase, newBase)}: writes the entries under
     * {@code dir}, the top one renamed when {@code newBase} differs.
     */
    static void untar(byte[] tar, String oldBase, String newBase, Path dir) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = rebase(e.getName(), oldBase, newBase);
                Path target = dir.resolve(name).normalize();
                if (!target.startsWith(dir.normalize())) {
                    continue; // a path escaping the destination: moby's Untar refuses it too
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
                Files.setLastModifiedTime(target, FileTime.from(e.getModTime().toInstant()));
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
