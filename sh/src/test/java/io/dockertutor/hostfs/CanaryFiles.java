package io.dockertutor.hostfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The canary tests' two moves on the test machine's own files, neither ever following a link: describing an entry
 * (so a state recorded before can be compared after) and deleting a tree a test made. Test set-up only.
 */
public final class CanaryFiles {
    private CanaryFiles() {
    }

    /** {@code p} as a canary records it: kind with link target or content, and modification time. */
    public static String describe(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String what = a.isSymbolicLink() ? "link " + Files.readSymbolicLink(p)
                    : a.isDirectory() ? "dir" : "file " + Files.readString(p);
            return what + " @" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a tree without following a single link. */
    public static void delete(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> s = Files.list(p)) {
                    for (Path child : s.toList()) {
                        delete(child);
                    }
                }
            }
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
