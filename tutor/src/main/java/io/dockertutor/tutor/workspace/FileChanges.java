package io.dockertutor.tutor.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paths one command changed in a workspace, each with what it was before (kind, mode, content or link target)
 * and what the command left. {@link #undo()} puts back each path that still is what the command left; one that
 * something else changed since is kept as it is now and named in the outcome. Nothing else in the directory is
 * touched: other files keep their content, mode, times and hard links. No link is ever followed, and nothing is
 * written below a path that is not a real directory inside the workspace.
 */
public final class FileChanges {
    private static final Set<OpenOption> REWRITE = Set.of(StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
            LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW,
            LinkOption.NOFOLLOW_LINKS);

    private final Path root;
    private final List<Change> changes;
    private final boolean tracked;

    /**
     * One changed path. {@code before} or {@code after} is null where nothing was; {@code earlier} holds a file's
     * content before (null when it was too large to copy); {@code leftDigest} the SHA-256 of what the command left.
     */
    record Change(Path path, Entry before, byte[] earlier, Entry after, byte[] leftDigest) {
    }

    /**
     * What undo did with the files: whether they were followed at all, and the paths it kept because they changed
     * since, had no copy of, or failed on (with why).
     */
    public record Outcome(boolean tracked, List<Path> kept, List<Path> notCopied, Map<Path, IOException> failed) {
    }

    FileChanges(Path root, List<Change> changes) {
        this(root, changes, true);
    }

    private FileChanges(Path root, List<Change> changes, boolean tracked) {
        this.root = root;
        this.changes = List.copyOf(changes);
        this.tracked = tracked;
    }

    /** For a workspace too large to follow: undo leaves its files alone. */
    public static FileChanges untracked(Path root) {
        return new FileChanges(root, List.of(), false);
    }

    /** Whether the files were followed at all (false: undo covers the engine only). */
    public boolean tracked() {
        return tracked;
    }

    /** The changed paths, relative to the workspace. */
    public List<Path> paths() {
        return changes.stream().map(Change::path).toList();
    }

    /**
     * Puts back what the command changed: first what it made or turned into something else goes, deepest first,
     * then what was there comes back, shallowest first.
     */
    public Outcome undo() {
        if (!tracked) {
            return new Outcome(false, List.of(), List.of(), Map.of());
        }
        List<Path> kept = new ArrayList<>();
        List<Path> notCopied = new ArrayList<>();
        Map<Path, IOException> failed = new LinkedHashMap<>();
        Set<Path> skip = new HashSet<>();
        Set<Path> removed = new HashSet<>();
        List<Change> deepestFirst = new ArrayList<>(changes);
        deepestFirst.sort(Comparator.comparingInt((Change c) -> c.path().getNameCount()).reversed());
        for (Change c : deepestFirst) {
            boolean replaced = c.after() != null && (c.before() == null || c.before().kind() != c.after().kind()
                    || !sameNode(c.before(), c.after()));
            if (!replaced) {
                continue;
            }
            try {
                Path p = inside(c.path());
                Entry now = Entry.at(p);
                if (now == null || (c.before() != null && isAsBefore(c, p, now))) {
                    continue;
                }
                if (!isAsLeft(c, p, now)) {
                    kept.add(c.path());
                    skip.add(c.path());
                    continue;
                }
                if (c.before() != null && c.before().kind() == Entry.Kind.FILE && c.earlier() == null) {
                    // Without a copy of what was there, what the command left is better than nothing.
                    notCopied.add(c.path());
                    skip.add(c.path());
                    continue;
                }
                Files.delete(p);
                removed.add(c.path());
            } catch (DirectoryNotEmptyException e) {
                kept.add(c.path());
                skip.add(c.path());
            } catch (IOException e) {
                failed.put(c.path(), e);
                skip.add(c.path());
            }
        }
        List<Change> shallowestFirst = new ArrayList<>(deepestFirst);
        java.util.Collections.reverse(shallowestFirst);
        for (Change c : shallowestFirst) {
            if (c.before() == null || skip.contains(c.path())) {
                continue;
            }
            try {
                Path p = inside(c.path());
                Entry now = Entry.at(p);
                if (now != null && isAsBefore(c, p, now)) {
                    continue;
                }
                boolean asLeft = now == null ? c.after() == null || removed.contains(c.path()) : isAsLeft(c, p, now);
                if (!asLeft) {
                    kept.add(c.path());
                    continue;
                }
                if (c.before().kind() == Entry.Kind.FILE && c.earlier() == null) {
                    notCopied.add(c.path());
                    continue;
                }
                putBack(c, p, now);
            } catch (IOException e) {
                failed.put(c.path(), e);
            }
        }
        return new Outcome(true, kept, notCopied, failed);
    }

    private static boolean sameNode(Entry before, Entry after) {
        return before.kind() != Entry.Kind.FILE || java.util.Objects.equals(before.fileKey(), after.fileKey());
    }

    private void putBack(Change c, Path p, Entry now) throws IOException {
        Entry was = c.before();
        switch (was.kind()) {
            case DIRECTORY -> {
                if (now == null) {
                    Files.createDirectory(p);
                }
                permissions(p, was);
            }
            case LINK -> {
                if (now != null) {
                    Files.delete(p);
                }
                Files.createSymbolicLink(p, was.linkTarget());
            }
            case FILE -> {
                // The same file written over (a redirect) gets its bytes back in place, so its other hard links do too.
                try (SeekableByteChannel ch = Files.newByteChannel(p, now == null ? CREATE : REWRITE)) {
                    ByteBuffer bytes = ByteBuffer.wrap(c.earlier());
                    while (bytes.hasRemaining()) {
                        ch.write(bytes);
                    }
                }
                permissions(p, was);
                Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(FileTime.fromMillis(was.modified()), null, null);
            }
            case OTHER -> throw new IOException("not a regular file, a directory or a link");
        }
    }

    /** Sets a mode on what is checked to be no link: chmod itself would follow one. */
    private static void permissions(Path p, Entry was) throws IOException {
        if (was.permissions() != null && Entry.at(p) != null && Entry.at(p).kind() != Entry.Kind.LINK) {
            Files.setPosixFilePermissions(p, was.permissions());
        }
    }

    private boolean isAsBefore(Change c, Path p, Entry now) {
        if (!c.before().sameShape(now)) {
            return false;
        }
        return now.kind() != Entry.Kind.FILE || (c.earlier() != null && Arrays.equals(c.earlier(), WorkspaceTracker.read(p)));
    }

    private boolean isAsLeft(Change c, Path p, Entry now) {
        if (c.after() == null || !c.after().sameShape(now)) {
            return false;
        }
        return now.kind() != Entry.Kind.FILE || c.leftDigest() == null
                || Arrays.equals(c.leftDigest(), WorkspaceTracker.digest(WorkspaceTracker.read(p)));
    }

    /**
     * The path in the workspace, once every directory above it is checked to be a real directory and no link: a
     * link put in place of a parent since the command would otherwise lead the write outside.
     */
    private Path inside(Path relative) throws IOException {
        Path dir = root;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            dir = dir.resolve(relative.getName(i));
            Entry e = Entry.at(dir);
            if (e == null || e.kind() != Entry.Kind.DIRECTORY) {
                throw new NotDirectoryException(root.relativize(dir).toString());
            }
        }
        return root.resolve(relative);
    }
}
