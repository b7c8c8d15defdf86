package io.dockertutor.engine.sim.fs;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;

/** In-memory file systems and whole-tree operations on them (copy for snapshots, sizes for prune and df). */
final class MemoryTrees {
    private MemoryTrees() {
    }

    /**
     * A new, empty in-memory Unix file system that keeps permissions and times. Its blocks are small and freed ones
     * are not cached: a container's files are mostly a few bytes each, and Jimfs's default 8 KB block per file made
     * a built busybox layer 3 MB.
     */
    static FileSystem newMemoryFileSystem() {
        return Jimfs.newFileSystem(CONFIGURATION);
    }

    private static final int BLOCK_SIZE = 512;
    /** Immutable, so built once: building it was a good part of each new file system's cost. */
    private static final Configuration CONFIGURATION = Configuration.unix().toBuilder()
            .setAttributeViews("basic", "owner", "posix", "unix", "user").setWorkingDirectory("/")
            .setBlockSize(BLOCK_SIZE).setMaxCacheSize(0).build();

    /**
     * Copies the content of directory {@code from} into directory {@code to} (which exists), keeping links as links,
     * permissions and modification times, so that a copy diffs like its original.
     */
    static void copyContent(Path from, Path to) throws IOException {
        Deque<Path> dirs = new ArrayDeque<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(target);
                dirs.push(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (attrs.isSymbolicLink()) {
                    Path link = Files.readSymbolicLink(file);
                    Files.createSymbolicLink(target, target.getFileSystem().getPath(link.toString()));
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    copyAttributes(file, target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        while (!dirs.isEmpty()) {
            Path dir = dirs.pop();
            copyAttributes(dir, to.resolve(from.relativize(dir).toString()));
        }
    }

    private static void copyAttributes(Path from, Path to) throws IOException {
        PosixFileAttributes attrs = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(to, attrs.permissions());
        Files.setLastModifiedTime(to, attrs.lastModifiedTime());
    }

    /** The bytes of the regular files under {@code dir} (links not followed). */
    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        long[] total = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    total[0] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return total[0];
    }

    /** True when the directory has no entries (or does not exist). */
    static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a tree; links are removed, not followed. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
