package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.sim.catalog.FileSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's root file system as image files: its image's files with the writable layer's changes on top, as
 * {@code docker commit} and {@code docker export} take them. Mounted content (volumes, binds, tmpfs) is not part of
 * the layer and so not of the snapshot; the daemon's own files ({@code /etc/hosts}, ...) stay as the image has them.
 *
 * <pre>{@code
 * Map<String, FileSpec> files = LayerSnapshot.of(container.files, container.imageFiles);
 * }</pre>
 */
public final class LayerSnapshot {
    private LayerSnapshot() {
    }

    public static Map<String, FileSpec> of(ContainerFiles container, Map<String, FileSpec> imageFiles) {
        return container.using(() -> {
            Map<String, FileSpec> out = new TreeMap<>(imageFiles);
            List<FileChange> changes = container.diff();
            Path root = container.resolve("/");
            for (FileChange c : changes) {
                if (c.kind() == 'D') {
                    String prefix = c.path() + "/";
                    out.keySet().removeIf(p -> p.equals(c.path()) || p.startsWith(prefix));
                }
            }
            for (FileChange c : changes) {
                if (c.kind() != 'D') {
                    out.put(c.path(), read(root.resolve(c.path().substring(1)), imageFiles.get(c.path())));
                }
            }
            return out;
        });
    }

    private static FileSpec read(Path p, FileSpec old) {
        try {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            int uid = old == null ? 0 : old.uid();
            int gid = old == null ? 0 : old.gid();
            if (a.isSymbolicLink()) {
                return new FileSpec(FileSpec.Kind.SYMLINK, "", 0777, uid, gid, Files.readSymbolicLink(p).toString());
            }
            int mode = ImageTree.mode(a.permissions());
            if (a.isDirectory()) {
                return new FileSpec(FileSpec.Kind.DIRECTORY, "", mode, uid, gid, null);
            }
            return new FileSpec(FileSpec.Kind.FILE, new String(Files.readAllBytes(p), StandardCharsets.UTF_8), mode, uid, gid, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
