package io.dockertutor.sh.builtins;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * {@code tar -x}: members written below the working directory through the session's file view, never outside it.
 * As GNU tar does, a member named with {@code ..} is refused ({@code Member name contains '..'}), a leading
 * {@code /} is dropped, an existing file is replaced rather than written through, and directories get their
 * time last. Beyond GNU, a symbolic link whose target would lead out of the view is not created.
 */
final class TarExtraction {
    private static final int UMASK = 022;
    private final TarRun run;
    private final boolean toStdout;
    private final Deque<Runnable> directoryTimes = new ArrayDeque<>();
    private String base;

    TarExtraction(TarRun run, boolean toStdout) {
        this.run = run;
        this.toStdout = toStdout;
    }

    int extract(List<String> operands) throws TarRun.Fatal, IOException {
        base = run.workingDirectory();
        new TarReading(run).each(operands, this::member);
        directoryTimes.forEach(Runnable::run); // innermost first: setting a child's time touches no parent
        return run.status();
    }

    private void member(TarArchiveEntry entry, InputStream data) throws IOException {
        String original = entry.getName();
        String safe = run.saferName(original);
        if (TarRun.climbs(original)) {
            run.error(original + ": Member name contains '..'");
            return;
        }
        String name = stripped(safe);
        if (name == null) {
            return;
        }
        if (run.verbose) {
            (toStdout ? run.call.err() : run.call.out()).println(original);
        }
        if (toStdout) {
            if (!entry.isDirectory() && !entry.isSymbolicLink() && !entry.isLink()) {
                data.transferTo(run.call.out());
            }
            return;
        }
        String target = ShellPaths.normalize(base, name);
        FileView view = run.call.shell().files();
        try {
            if (entry.isDirectory()) {
                directory(view, target, entry);
            } else if (entry.isSymbolicLink()) {
                symbolicLink(view, target, name, entry);
            } else if (entry.isLink()) {
                hardLink(view, target, name, entry);
            } else if (entry.isFile()) {
                regularFile(view.resolveEntry(target), entry, data, view, target);
            }
        } catch (OutsideViewException e) {
            run.error(name + ": Cannot open: " + run.call.reason(e));
        } catch (IOException e) {
            run.error(name + ": Cannot open: " + Errors.describe(e));
        }
    }

    /** The name without the first {@code --strip-components} parts, or null when nothing is left. */
    private String stripped(String safe) {
        if (run.strip == 0) {
            return safe;
        }
        List<String> parts = TarReading.components(safe);
        return parts.size() <= run.strip ? null : String.join("/", parts.subList(run.strip, parts.size()));
    }

    private void directory(FileView view, String target, TarArchiveEntry entry)
            throws IOException, OutsideViewException {
        Path dir = view.resolveEntry(target);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
        }
        Path real = view.resolve(target);
        Files.createDirectories(real);
        directoryTimes.push(() -> attributes(real, entry, false));
    }

    private void regularFile(Path file, TarArchiveEntry entry, InputStream data, FileView view, String target)
            throws IOException, OutsideViewException {
        parents(view, target);
        Files.deleteIfExists(file); // a link in the way is replaced, never written through
        Files.copy(data, file);
        attributes(file, entry, false);
    }

    private void symbolicLink(FileView view, String target, String name, TarArchiveEntry entry)
            throws IOException, OutsideViewException {
        Path link = view.resolveEntry(target);
        parents(view, target);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, link.getFileSystem().getPath(entry.getLinkName()));
        try {
            view.resolve(target);
        } catch (OutsideViewException e) {
            Files.delete(link); // made only for the view's own walk to read, never followed
            run.error(name + ": Cannot create symlink to '" + entry.getLinkName() + "': " + run.call.reason(e));
            return;
        }
        attributes(link, entry, true);
    }

    private void hardLink(FileView view, String target, String name, TarArchiveEntry entry)
            throws IOException, OutsideViewException {
        String linkName = entry.getLinkName();
        String linked = TarRun.climbs(linkName) ? null : stripped(String.join("/", TarReading.components(linkName)));
        Path source = linked == null ? null : view.resolveEntry(ShellPaths.normalize(base, linked));
        if (source == null || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            run.error(name + ": Cannot hard link to '" + linkName + "': No such file or directory");
            return;
        }
        Path link = view.resolveEntry(target);
        parents(view, target);
        Files.deleteIfExists(link);
        try {
            Files.createLink(link, source);
        } catch (UnsupportedOperationException e) {
            Files.copy(source, link); // a file system without hard links keeps a copy
        }
    }

    private static void parents(FileView view, String target) throws IOException, OutsideViewException {
        String parent = target.substring(0, Math.max(1, target.lastIndexOf('/')));
        Files.createDirectories(view.resolve(parent));
    }

    /** The member's permissions (less the umask 022, as a user's tar applies it) and modification time. */
    private static void attributes(Path p, TarArchiveEntry entry, boolean link) {
        FileTime time = FileTime.from(entry.getLastModifiedDate().toInstant());
        try {
            if (!link) {
                Files.setPosixFilePermissions(p, permissions(entry.getMode() & 0777 & ~UMASK));
            }
            Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(time, null, null);
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without these attributes keeps its own
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = PosixFilePermission.values();
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(order[i]);
            }
        }
        return set;
    }
}
