package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files the daemon puts into every container before it starts (moby's {@code daemon/initlayer}): {@code
 * /.dockerenv}, {@code /etc/hostname}, {@code /etc/hosts}, {@code /etc/resolv.conf}, and {@code /etc/mtab} as a link
 * to {@code /proc/mounts}. They are in the container's tree but never in {@code docker diff}.
 */
public final class InitLayer {
    private static final String DOCKERENV = "/.dockerenv";
    private static final Map<String, String> DAEMON_FILES = Map.of(DOCKERENV, "", "/etc/hostname", "\n",
            "/etc/hosts", "127.0.0.1\tlocalhost\n", "/etc/resolv.conf", "nameserver 8.8.8.8\n");
    /** moby links it unless the image has one: {@code mount} and {@code df} read it. */
    private static final String MTAB = "/etc/mtab";
    private static final String MTAB_TARGET = "/proc/mounts";
    /** The paths {@code docker diff} leaves out: the daemon's files and the mtab link. */
    private static final Set<String> PATHS = Stream.concat(DAEMON_FILES.keySet().stream(), Stream.of(MTAB))
            .collect(Collectors.toUnmodifiableSet());

    private final Map<String, String> files;

    /** {@code contents} overrides the defaults ({@code /etc/hostname} with the container's id, ...). */
    InitLayer(Map<String, String> contents) {
        Map<String, String> all = new LinkedHashMap<>(DAEMON_FILES);
        all.putAll(contents == null ? Map.of() : contents);
        if (!DAEMON_FILES.keySet().containsAll(all.keySet())) {
            throw new IllegalArgumentException("not a daemon file: " + all.keySet());
        }
        this.files = new java.util.concurrent.ConcurrentHashMap<>(all);
    }

    /** The paths {@code docker diff} leaves out. */
    static Set<String> paths() {
        return PATHS;
    }

    /**
     * Adds the daemon's files to {@code tree} as {@code docker export} shows them: overlayfs exports the bind-mounted
     * files empty (0644), {@code /.dockerenv} empty with 0755, and the mtab link unless the image has its own mtab.
     */
    public static void addExported(Map<String, FileSpec> tree) {
        for (String path : DAEMON_FILES.keySet()) {
            if (path.equals(DOCKERENV)) {
                tree.put(path, FileSpec.file("", 0755));
            } else {
                tree.putIfAbsent(path.substring(0, path.lastIndexOf('/')), FileSpec.directory(0755));
                tree.put(path, FileSpec.file("", 0644));
            }
        }
        tree.putIfAbsent(MTAB, FileSpec.symlink(MTAB_TARGET));
    }

    /** The content of the daemon's file at {@code path}, or null when the daemon writes no file there. */
    String content(String path) {
        return files.get(path);
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
            Files.createSymbolicLink(mtab, root.getFileSystem().getPath(MTAB_TARGET));
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
