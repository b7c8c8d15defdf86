package io.dockertutor.tutor.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what one command changed in a workspace, so that undo puts back that and nothing else. Before the command
 * it lists every entry (an {@code lstat} each) and keeps a copy of each regular file, read again only when its entry
 * changed: after the first command, a workspace nobody touches costs two listings per command and no reads. After
 * the command it lists again; the paths whose entry differs are the command's changes, with their earlier kind, mode
 * and content. Files changed by other programs between two commands are in neither difference.
 *
 * <pre>{@code
 * WorkspaceTracker tracker = new WorkspaceTracker(workspace);
 * Optional<WorkspaceTracker.Before> before = tracker.before();   // empty: too many files to follow
 * interpreter.run(command, ...);
 * FileChanges changes = tracker.after(before.get());
 * changes.undo();                                                 // later: just those paths, as they were
 * }</pre>
 */
public final class WorkspaceTracker {
    /**
     * Past this many entries the workspace is a whole project, and undo covers the engine only. Two listings of 5,000
     * entries cost about what copying 2,000 small files did before (the old limit): measured with a harness, see
     * the commit message.
     */
    public static final int MAX_ENTRIES = 5_000;
    static final long MAX_COPIED_BYTES = 16L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /**
     * A file written this recently may be written again within the file system's clock tick and keep its time and
     * size (the "racy" case git knows): its content is compared, not only its entry.
     */
    private static final long RECENT_MILLIS = 2_000;
    private static final Set<OpenOption> READ_NO_LINK = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private final Path root;
    private final int maxEntries;
    private final Map<Path, Copy> copies = new HashMap<>();
    private long copiedBytes;

    public WorkspaceTracker(Path root) {
        this(root, MAX_ENTRIES);
    }

    WorkspaceTracker(Path root, int maxEntries) {
        this.root = root;
        this.maxEntries = maxEntries;
    }

    private record Copy(Entry entry, byte[] bytes) {
    }

    /** The workspace just before a command. */
    public static final class Before {
        private final Map<Path, Entry> entries;
        private final long taken;

        private Before(Map<Path, Entry> entries, long taken) {
            this.entries = entries;
            this.taken = taken;
        }
    }

    /** Lists the workspace and copies the files not copied yet; empty when it is too large to follow. */
    public Optional<Before> before() {
        Map<Path, Entry> entries;
        try {
            entries = Scan.of(root, maxEntries);
        } catch (IOException e) {
            entries = null;
        }
        if (entries == null) {
            copies.clear();
            copiedBytes = 0;
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        for (Path gone : new ArrayList<>(copies.keySet())) {
            if (!entries.containsKey(gone)) {
                forget(gone);
            }
        }
        for (Map.Entry<Path, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (entry.kind() != Entry.Kind.FILE) {
                forget(e.getKey());
                continue;
            }
            Copy copy = copies.get(e.getKey());
            if (copy != null && copy.entry().equals(entry) && now - entry.modified() >= RECENT_MILLIS) {
                continue;
            }
            forget(e.getKey());
            if (entry.size() <= MAX_FILE_BYTES && copiedBytes + entry.size() <= MAX_COPIED_BYTES) {
                byte[] bytes = read(root.resolve(e.getKey()));
                if (bytes != null) {
                    copies.put(e.getKey(), new Copy(entry, bytes));
                    copiedBytes += bytes.length;
                }
            }
        }
        return Optional.of(new Before(entries, now));
    }

    /** Whether every regular file of {@code before} has its copy (none was past the size limits). */
    boolean copiedEveryFile(Before before) {
        return before.entries.entrySet().stream().allMatch(e -> e.getValue().kind() != Entry.Kind.FILE
                || (copies.containsKey(e.getKey()) && copies.get(e.getKey()).entry().equals(e.getValue())));
    }

    private void forget(Path path) {
        Copy old = copies.remove(path);
        if (old != null) {
            copiedBytes -= old.bytes().length;
        }
    }

    /** What the command changed since {@code before}; untracked when the workspace grew past the limit. */
    public FileChanges after(Before before) {
        Map<Path, Entry> now;
        try {
            now = Scan.of(root, maxEntries);
        } catch (IOException e) {
            now = null;
        }
        if (now == null) {
            return FileChanges.untracked(root);
        }
        Set<Path> paths = new HashSet<>(before.entries.keySet());
        paths.addAll(now.keySet());
        List<FileChanges.Change> changes = new ArrayList<>();
        for (Path path : paths) {
            Entry was = before.entries.get(path);
            Entry is = now.get(path);
            Copy copy = copies.get(path);
            byte[] earlier = was != null && copy != null && copy.entry().equals(was) ? copy.bytes() : null;
            boolean changed = !Objects.equals(was, is);
            if (!changed && is != null && is.kind() == Entry.Kind.FILE && earlier != null
                    && is.modified() >= before.taken - RECENT_MILLIS) {
                changed = !Arrays.equals(earlier, read(root.resolve(path)));
            }
            if (changed) {
                byte[] hash = is != null && is.kind() == Entry.Kind.FILE ? digest(read(root.resolve(path))) : null;
                changes.add(new FileChanges.Change(path, was, earlier, is, hash));
            }
        }
        return new FileChanges(root, changes);
    }

    /** A regular file's bytes, without following a link; null when it is larger than a copy may be or unreadable. */
    static byte[] read(Path path) {
        try (SeekableByteChannel ch = Files.newByteChannel(path, READ_NO_LINK); InputStream in = Channels.newInputStream(ch)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            return bytes.length > MAX_FILE_BYTES ? null : bytes;
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] digest(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
