package io.dockertutor.tutor.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Every entry under a directory, by path relative to it, read with one {@code lstat} each and no file opened: cheap
 * enough to take before and after every command. Links are entries, never followed, so the walk stays inside.
 */
final class Scan {
    private Scan() {
    }

    /** The entries under {@code root} (the root itself not included), or null past {@code limit} entries. */
    static Map<Path, Entry> of(Path root, int limit) throws IOException {
        Map<Path, Entry> entries = new HashMap<>();
        // Each directory with its path relative to the root: resolving names is cheaper than relativizing paths.
        Deque<Path[]> directories = new ArrayDeque<>();
        directories.push(new Path[] {root, null});
        while (!directories.isEmpty()) {
            Path[] next = directories.pop();
            Path dir = next[0];
            try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                for (Path child : children) {
                    Entry e;
                    try {
                        e = Entry.of(child, Entry.attributes(child));
                    } catch (java.nio.file.NoSuchFileException gone) {
                        continue;
                    }
                    Path relative = next[1] == null ? child.getFileName() : next[1].resolve(child.getFileName());
                    entries.put(relative, e);
                    if (entries.size() > limit) {
                        return null;
                    }
                    if (e.kind() == Entry.Kind.DIRECTORY) {
                        directories.push(new Path[] {child, relative});
                    }
                }
            } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException gone) {
                // Removed or replaced while we looked: what is there now is what the entries say.
            } catch (java.nio.file.AccessDeniedException unreadable) {
                // A directory we may not read is one whose contents no command of ours changed either.
            }
        }
        return entries;
    }
}
