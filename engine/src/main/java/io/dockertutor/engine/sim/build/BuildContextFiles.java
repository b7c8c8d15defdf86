package io.dockertutor.engine.sim.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The build context: the files under the context directory that {@code .dockerignore} lets through, by path relative
 * to the context ({@code src/main.go}), read once per build.
 */
final class BuildContextFiles {
    /** A file or directory of the context; directories have null content. */
    record Entry(byte[] content, boolean executable) {
        boolean directory() {
            return content == null;
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();
    private final long ignoreFileSize;

    BuildContextFiles(Path dir) {
        Path ignoreFile = dir.resolve(".dockerignore");
        try {
            String ignoreText = Files.isRegularFile(ignoreFile) ? Files.readString(ignoreFile) : "";
            ignoreFileSize = Files.isRegularFile(ignoreFile) ? Files.size(ignoreFile) : 2;
            DockerIgnore ignore = new DockerIgnore(ignoreText);
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> !p.equals(dir)).forEach(p -> {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (ignore.ignored(rel)) {
                        return;
                    }
                    try {
                        entries.put(rel, Files.isDirectory(p) ? new Entry(null, true)
                                : new Entry(Files.readAllBytes(p), Files.isExecutable(p)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** What {@code [internal] load .dockerignore} reports transferring (2B without a file, as BuildKit does). */
    long ignoreFileSize() {
        return ignoreFileSize;
    }
}
