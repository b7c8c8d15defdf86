package io.dockertutor.shell.repl;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The learner's workspace directory held in memory, so that undo and reset can put the files back. Lesson
 * workspaces are a handful of small files; a directory past the limits (a learner practising in a big project)
 * is not copied at all, and undo then says it only covers the engine.
 */
final class WorkspaceSnapshot {
    static final int MAX_FILES = 2_000;
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final Set<Path> directories;
    private final Map<Path, byte[]> files;
    private final Map<Path, Path> links;

    private WorkspaceSnapshot(Path root, Set<Path> directories, Map<Path, byte[]> files, Map<Path, Path> links) {
        this.root = root;
        this.directories = directories;
        this.files = files;
        this.links = links;
    }

    /** A copy of {@code root}, or empty when it is larger than the limits or cannot be read. */
    static Optional<WorkspaceSnapshot> take(Path root) {
        Set<Path> dirs = new java.util.LinkedHashSet<>();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Map<Path, Path> links = new LinkedHashMap<>();
        long[] bytes = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    dirs.add(root.relativize(dir));
                    return dirs.size() + files.size() > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isSymbolicLink()) {
                        links.put(root.relativize(file), Files.readSymbolicLink(file));
                    } else if (attrs.isRegularFile()) {
                        bytes[0] += attrs.size();
                        if (bytes[0] > MAX_BYTES) {
                            return FileVisitResult.TERMINATE;
                        }
                        files.put(root.relativize(file), Files.readAllBytes(file));
                    }
                    return dirs.size() + files.size() > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes[0] > MAX_BYTES || dirs.size() + files.size() > MAX_FILES) {
            return Optional.empty();
        }
        return Optional.of(new WorkspaceSnapshot(root, dirs, files, links));
    }

    /** Makes the directory hold exactly what it held when the snapshot was taken. */
    void restore() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Path rel = root.relativize(p);
                boolean keep = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? directories.contains(rel) : false;
                if (!keep && !p.equals(root)) {
                    Files.delete(p);
                }
            }
        }
        for (Path d : directories) {
            Files.createDirectories(root.resolve(d));
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            Files.write(root.resolve(f.getKey()), f.getValue());
        }
        for (Map.Entry<Path, Path> l : links.entrySet()) {
            Files.createSymbolicLink(root.resolve(l.getKey()), l.getValue());
        }
    }
}
