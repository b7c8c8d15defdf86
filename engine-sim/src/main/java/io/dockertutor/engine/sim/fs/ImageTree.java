package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An image's files as a complete tree: every parent directory the catalog left implicit is added (0755), so that a
 * container's layer can be compared with it ({@code docker diff}) and written out onto a file system.
 * Files and links written from the image get {@link #IMAGE_TIME} as their time: any later write changes it, which is
 * how the diff tells a touched file from an untouched one, as overlayfs's copy-up does.
 *
 * <p>Immutable, and shared: {@link #of} builds one tree per image file map, however many containers stand on it
 * (the lower layer of overlayfs); each container keeps only its own changes ({@link LayerChanges}).
 */
final class ImageTree {
    /** When the image's files were "made"; the lab's stand-in images carry this date too. */
    static final FileTime IMAGE_TIME = FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z"));

    /** When {@code spec} was written: its own time if a build gave it one, else the image's. */
    static FileTime timeOf(FileSpec spec) {
        return spec.modified() == null ? IMAGE_TIME : FileTime.from(spec.modified());
    }

    private final NavigableMap<String, FileSpec> entries = new TreeMap<>();
    /** The names directly inside each directory ("" for the root), so a walk never scans a whole subtree. */
    private final Map<String, Set<String>> children = new HashMap<>();

    ImageTree(Map<String, FileSpec> files) {
        for (Map.Entry<String, FileSpec> e : files.entrySet()) {
            String path = e.getKey();
            if (path.isEmpty() || path.equals("/")) {
                continue;
            }
            entries.put(path, e.getValue());
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                entries.putIfAbsent(path.substring(0, slash), FileSpec.directory(0755));
            }
        }
        for (String path : entries.keySet()) {
            int slash = path.lastIndexOf('/');
            children.computeIfAbsent(path.substring(0, slash), k -> new TreeSet<>()).add(path.substring(slash + 1));
        }
        children.replaceAll((dir, names) -> Collections.unmodifiableSet(names));
    }

    /** The tree of {@code files}, built once per map however many containers ask (images share their map). */
    static ImageTree of(Map<String, FileSpec> files) {
        return SharedImageTrees.treeOf(files);
    }

    FileSpec get(String path) {
        return entries.get(path);
    }

    /** The names directly inside {@code dir} ("" for the root), in byte order. */
    Set<String> children(String dir) {
        return children.getOrDefault(dir, Set.of());
    }

    /** The entries under {@code dir} ("" for the root), keyed by their path relative to it ({@code /50x.html}). */
    NavigableMap<String, FileSpec> subtree(String dir) {
        NavigableMap<String, FileSpec> out = new TreeMap<>();
        under(dir).forEach(out::put);
        return out;
    }

    /** Keys in [dir/, dir0) are exactly those starting with "dir/": '0' follows '/'. */
    private Map<String, FileSpec> under(String dir) {
        Map<String, FileSpec> out = new java.util.LinkedHashMap<>();
        entries.subMap(dir + "/", true, dir + "0", false).forEach((k, v) -> out.put(k.substring(dir.length()), v));
        return out;
    }

    /** Writes every entry under {@code root} (paths relative to it), parents first. */
    void writeTo(Path root) throws IOException {
        writeEntries(entries, root);
    }

    static void writeEntries(Map<String, FileSpec> files, Path root) throws IOException {
        if (root.getParent() == null && !files.containsKey("/")) {
            Files.setPosixFilePermissions(root, permissions(0755)); // an image's / is drwxr-xr-x, root's
        }
        Map<Path, FileSpec> directories = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, FileSpec> e : files.entrySet()) {
            Path p = root.resolve(e.getKey().substring(1));
            write(p, e.getValue());
            if (e.getValue().kind() == FileSpec.Kind.DIRECTORY) {
                directories.put(p, e.getValue());
            }
        }
        // directory times are set last: creating their children changed them
        for (Map.Entry<Path, FileSpec> d : directories.entrySet()) {
            Files.setLastModifiedTime(d.getKey(), timeOf(d.getValue()));
        }
    }

    /** Creating a file with its mode in one call: a build writes an image's every file, so each lookup counts. */
    private static final Set<StandardOpenOption> NEW_FILE = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    private static void write(Path p, FileSpec spec) throws IOException {
        switch (spec.kind()) {
            case DIRECTORY -> Files.createDirectories(p);
            case SYMLINK -> {
                Files.createSymbolicLink(p, p.getFileSystem().getPath(spec.linkTarget()));
                Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(timeOf(spec), null, null);
            }
            case FILE -> {
                if (!createWithMode(p, spec)) {
                    Files.write(p, spec.content().getBytes(StandardCharsets.UTF_8));
                    Files.setPosixFilePermissions(p, permissions(spec.mode()));
                }
                Files.setLastModifiedTime(p, timeOf(spec));
            }
        }
        if (spec.kind() == FileSpec.Kind.DIRECTORY) {
            Files.setPosixFilePermissions(p, permissions(spec.mode()));
        }
        if (spec.kind() != FileSpec.Kind.SYMLINK && (spec.mode() & STICKY) != 0) {
            // POSIX permissions have no sticky bit: the tree keeps it beside them, where ls reads it
            Files.setAttribute(p, "user:" + STICKY_ATTRIBUTE, new byte[] {1});
        }
    }

    /** Writes a new regular file with its mode; false when one is there already (a volume's, written over). */
    private static boolean createWithMode(Path p, FileSpec spec) throws IOException {
        try (SeekableByteChannel out = Files.newByteChannel(p, NEW_FILE,
                PosixFilePermissions.asFileAttribute(permissions(spec.mode())))) {
            out.write(ByteBuffer.wrap(spec.content().getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    private static final int STICKY = 01000;
    /** The user-defined attribute marking a directory with the sticky bit (as /tmp's 1777): {@code ls} shows its t. */
    private static final String STICKY_ATTRIBUTE = "sticky";

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }

    static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }
}
