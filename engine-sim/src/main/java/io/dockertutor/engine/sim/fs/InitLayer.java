package io.dockertutor.engine.sim.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files the daemon puts into every container before it starts (moby's {@code daemon/initlayer}): {@code
 * /.dockerenv}, {@code /etc/hostname}, {@code /etc/hosts}, {@code /etc/resolv.conf}, and {@code /etc/mtab} as a link
 * to {@code /proc/mounts}. They are in the container's tree but never in {@code docker diff}.
 */
final class InitLayer {
    private static final Map<String, String> DAEMON_FILES = Map.of("/.dockerenv", "", "/etc/hostname", "\n",
            "/etc/hosts", "127.0.0.1\tlocalhost\n", "/etc/resolv.conf", "nameserver 8.8.8.8\n");
    /** moby links it unless the image has one: {@code mount} and {@code df} read it. */
    private static final String MTAB = "/etc/mtab";

    private final Map<String, String> files;

    /** {@code contents} overrides the defaults ({@code /etc/hostname} with the container's id, ...). */
    InitLayer(Map<String, String> contents) {
        Map<String, String> all = new LinkedHashMap<>(DAEMON_FILES);
        all.putAll(contents == null ? Map.of() : contents);
        this.files = new java.util.concurrent.ConcurrentHashMap<>(all);
    }

    /** The paths {@code docker diff} leaves out. */
    Set<String> paths() {
        Set<String> paths = new java.util.HashSet<>(files.keySet());
        paths.add(MTAB);
        return paths;
    }

    /** The daemon's files as given, for a copy of the container. */
    Map<String, String> contents() {
        return Map.copyOf(files);
    }

    /** Replaces one of the daemon's files, as the daemon does when the container starts ({@code /etc/hosts}). */
    void replace(String path, String content) {
        files.put(path, content);
    }

    /** Writes the files into a freshly built layer whose image part is at {@code root}. */
    void writeTo(Path root) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey().substring(1));
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        // moby creates /.dockerenv with mode 0755 (daemon/initlayer); the others are bind mounts of 0644 files
        Files.setPosixFilePermissions(root.resolve(".dockerenv"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path mtab = root.resolve(MTAB.substring(1));
        if (!Files.exists(mtab, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(mtab, root.getFileSystem().getPath("/proc/mounts"));
        }
    }

    /**
     * Marks / and /etc, which this layer writes into, as directories overlayfs merges from several layers: it counts
     * one link for such a directory ({@code ls -ld /etc} shows 1). Built layers get the mark again each time.
     */
    void markMerged(Path root) throws IOException {
        for (Path merged : new Path[] {root, root.resolve("etc")}) {
            if (Files.isDirectory(merged, LinkOption.NOFOLLOW_LINKS)) {
                Files.setAttribute(merged, "user:merged", new byte[] {1}, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** Writes {@code content} at {@code p}, for a file the daemon replaces in a built layer. */
    static Void write(Path p, String content) {
        try {
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
