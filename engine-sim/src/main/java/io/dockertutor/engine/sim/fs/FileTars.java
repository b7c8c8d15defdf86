package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Image files as a tar stream and back: what {@code docker export} writes and {@code docker import} reads. Names have
 * no leading slash ({@code bin/sh}), directories end in {@code /}, as the daemon's archives do.
 *
 * <pre>{@code
 * byte[] tar = FileTars.write(Map.of("/hello.txt", FileSpec.file("hi\n", 0644)));
 * Optional<Map<String, FileSpec>> back = FileTars.read(tar);   // empty: not a tar stream
 * }</pre>
 */
public final class FileTars {
    private FileTars() {
    }

    public static byte[] write(Map<String, FileSpec> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, FileSpec> e : new TreeMap<>(files).entrySet()) {
                if (e.getKey().equals("/")) {
                    continue;
                }
                FileSpec f = e.getValue();
                String name = e.getKey().substring(1);
                TarArchiveEntry entry = switch (f.kind()) {
                    case DIRECTORY -> new TarArchiveEntry(name + "/");
                    case SYMLINK -> {
                        TarArchiveEntry l = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                        l.setLinkName(f.linkTarget());
                        yield l;
                    }
                    case FILE -> new TarArchiveEntry(name);
                };
                byte[] content = f.kind() == FileSpec.Kind.FILE ? f.content().getBytes(StandardCharsets.UTF_8) : new byte[0];
                entry.setMode((entry.isDirectory() ? 0040000 : entry.isSymbolicLink() ? 0120000 : 0100000) | f.mode());
                entry.setIds(f.uid(), f.gid());
                entry.setSize(content.length);
                entry.setModTime(ImageTree.timeOf(f).toMillis());
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The files of a tar stream, with the root directory; empty when the bytes are no tar stream. */
    public static Optional<Map<String, FileSpec>> read(byte[] bytes) {
        if (bytes.length < 512 || !TarArchiveInputStream.matches(bytes, bytes.length)) {
            return Optional.empty();
        }
        Map<String, FileSpec> files = new TreeMap<>();
        files.put("/", FileSpec.directory(0755));
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (TarArchiveEntry e = tar.getNextTarEntry(); e != null; e = tar.getNextTarEntry()) {
                String name = e.getName().replaceAll("^(\\./|/)+", "").replaceAll("/+$", "");
                if (name.isEmpty() || name.equals(".")) {
                    continue;
                }
                String path = "/" + name;
                int mode = e.getMode() & 07777;
                FileSpec spec = e.isDirectory() ? new FileSpec(FileSpec.Kind.DIRECTORY, "", mode, (int) e.getLongUserId(), (int) e.getLongGroupId(), null)
                        : e.isSymbolicLink() ? new FileSpec(FileSpec.Kind.SYMLINK, "", 0777, (int) e.getLongUserId(), (int) e.getLongGroupId(), e.getLinkName())
                        : new FileSpec(FileSpec.Kind.FILE, new String(tar.readAllBytes(), StandardCharsets.UTF_8), mode,
                                (int) e.getLongUserId(), (int) e.getLongGroupId(), null);
                for (String dir = parent(path); !dir.equals("/"); dir = parent(dir)) {
                    files.putIfAbsent(dir, FileSpec.directory(0755));
                }
                files.put(path, spec);
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(files);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
