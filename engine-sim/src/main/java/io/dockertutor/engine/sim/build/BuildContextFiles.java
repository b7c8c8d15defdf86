package io.dockertutor.engine.sim.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The build context: the files under the context directory that {@code .dockerignore} lets through, by path relative
 * to the context ({@code src/main.go}), read once per build. Nothing is read through a symbolic link: a link is
 * sent as a link, as BuildKit's context transfer does, so {@code COPY} of a link copies the link and the file it
 * names (perhaps outside the workspace) is never opened.
 */
final class BuildContextFiles {
    /**
     * A file, directory or link of the context; directories have null content, links a target. {@code modified} is
     * the file's time on disk, which COPY and ADD keep in the image.
     */
    record Entry(byte[] content, boolean executable, String linkTarget, java.time.Instant modified) {
        boolean directory() {
            return content == null && linkTarget == null;
        }

        boolean link() {
            return linkTarget != null;
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();
    private final long ignoreFileSize;

    /** {@code dir} is the context's real path (no link on it), as the engine resolved it through the workspace view. */
    BuildContextFiles(Path dir) {
        Path ignoreFile = dir.resolve(".dockerignore");
        try {
            boolean hasIgnoreFile = Files.isRegularFile(ignoreFile, LinkOption.NOFOLLOW_LINKS);
            String ignoreText = hasIgnoreFile ? Files.readString(ignoreFile) : "";
            ignoreFileSize = hasIgnoreFile ? Files.size(ignoreFile) : 2;
            DockerIgnore ignore = new DockerIgnore(ignoreText);
            try (Stream<Path> walk = Files.walk(dir)) { // Files.walk never follows links unless asked
                walk.filter(p -> !p.equals(dir)).forEach(p -> {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (ignore.ignored(rel)) {
                        return;
                    }
                    try {
                        entries.put(rel, entry(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            return new Entry(null, false, Files.readSymbolicLink(p).toString().replace('\\', '/'),
                    a.lastModifiedTime().toInstant());
        }
        if (a.isDirectory()) {
            return new Entry(null, true, null, a.lastModifiedTime().toInstant());
        }
        return new Entry(Files.readAllBytes(p), Files.isExecutable(p), null, a.lastModifiedTime().toInstant());
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** What {@code [internal] load .dockerignore} reports transferring (2B without a file, as BuildKit does). */
    long ignoreFileSize() {
        return ignoreFileSize;
    }
}
