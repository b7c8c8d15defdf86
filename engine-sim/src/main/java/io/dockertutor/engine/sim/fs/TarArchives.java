package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Tar streams of {@code GET/PUT /containers/{id}/archive}, walked through a container's {@link FileView} so mounts
 * are included, as {@code docker cp} sees them. Entries are named as the daemon names them: the path's base name,
 * then what lies inside ({@code a/}, {@code a/b/f}); mode bits carry the file type as Go's archive/tar writes them.
 */
final class TarArchives {
    private static final int DIR = 0040000;
    private static final int REG = 0100000;
    private static final int LNK = 0120000;

    private TarArchives() {
    }

    /**
     * @param shellPath the path in the container (normalized)
     * @param name      the first entry's name ({@code a}, {@code .}, or empty for the root)
     * @param follow    follow a final symbolic link (the path ended in {@code /} or {@code /.})
     */
    static byte[] archive(FileView view, String shellPath, String name, boolean follow)
            throws IOException, OutsideViewException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            add(tar, view, shellPath, name, follow);
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, FileView view, String shellPath, String name, boolean follow)
            throws IOException, OutsideViewException {
        // a link inside the container is archived as a link unless the path asked to follow it
        Path path = follow ? view.resolve(shellPath) : view.resolveEntry(shellPath);
        LinkOption[] how = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        PosixFileAttributes attrs = Files.readAttributes(path, PosixFileAttributes.class, how);
        int perms = ImageTree.mode(attrs.permissions());
        TarArchiveEntry entry;
        if (attrs.isSymbolicLink()) {
            entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
            entry.setMode(LNK | 0777);
        } else if (attrs.isDirectory()) {
            entry = new TarArchiveEntry(name + "/");
            entry.setMode(DIR | perms);
        } else {
            entry = new TarArchiveEntry(name);
            entry.setMode(REG | perms);
            entry.setSize(attrs.size());
        }
        entry.setModTime(attrs.lastModifiedTime());
        entry.setUserName("root");
        entry.setGroupName("root");
        tar.putArchiveEntry(entry);
        if (attrs.isRegularFile()) { // TarArchiveEntry.isFile() is true for a link too: never read through one
            Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
        if (attrs.isDirectory()) {
            List<String> names;
            try (Stream<Path> s = Files.list(path)) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            for (String child : names) {
                add(tar, view, ShellPaths.normalize(shellPath, child), name + "/" + child, false);
            }
        }
    }

    /** Unpacks {@code tar} into the directory {@code dir} of the view; entries may not climb out of it. */
    static void extract(FileView view, String dir, byte[] tar) throws IOException, OutsideViewException {
        Map<String, Path> extracted = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replaceFirst("^(\\./|/)+", "");
                String target = ShellPaths.normalize(dir, name.isEmpty() ? "." : name);
                if (!ShellPaths.isWithin(target, dir)) {
                    continue; // like the daemon, never write outside the extraction point
                }
                // an existing entry is replaced, never written through, as the daemon's Untar does
                Path path = entry.isDirectory() ? view.resolve(target) : view.resolveEntry(target);
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(path, path.getFileSystem().getPath(entry.getLinkName()));
                        continue;
                    } else if (entry.isLink()) {
                        Path source = extracted.get(entry.getLinkName().replaceFirst("^(\\./|/)+", ""));
                        if (source != null) {
                            Files.copy(source, path);
                        }
                    } else {
                        Files.copy(in, path);
                    }
                }
                extracted.put(name, path);
                Files.setPosixFilePermissions(path, ImageTree.permissions(entry.getMode() & 0777));
                Files.setLastModifiedTime(path, FileTime.from(entry.getModTime().toInstant()));
            }
        }
    }
}
