package io.dockertutor.sh.builtins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A file's mode bits as {@code chmod} sets them and {@code stat} shows them: the POSIX permissions plus the sticky
 * bit, which the simulator's in-memory trees keep beside them as the user-defined attribute {@code sticky} (as
 * {@link LongFormat} reads it). The set-id bits have no place in those trees and are not kept.
 */
final class FileModes {
    static final int STICKY = 01000;
    private static final PosixFilePermission[] ORDER = PosixFilePermission.values(); // owner read first

    private FileModes() {
    }

    /** The mode bits of {@code p} itself (a link is not followed): 0644, 01777. */
    static int of(Path p) {
        int mode = 0;
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            for (int i = 0; i < ORDER.length; i++) {
                if (perms.contains(ORDER[i])) {
                    mode |= 0400 >> i;
                }
            }
        } catch (UnsupportedOperationException | IOException e) {
            mode = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? 0755 : 0644;
        }
        if (Files.isSymbolicLink(p)) {
            return 0777;
        }
        return sticky(p) ? mode | STICKY : mode;
    }

    /** Sets the permissions of {@code p} (not through a link) and its sticky bit where the tree can keep it. */
    static void set(Path p, int mode) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < ORDER.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                perms.add(ORDER[i]);
            }
        }
        Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setPermissions(perms);
        UserMarks.set(p, UserMarks.STICKY, (mode & STICKY) != 0);
    }

    /**
     * {@code mkdir DIR}: on the host the kernel applies the learner's umask; an in-memory tree gives every new file
     * rw-r--r--, so there a new directory is made drwxr-xr-x as a container shell's umask 022 makes it.
     */
    static void createDirectory(Path p) throws IOException {
        Files.createDirectory(p);
        if (p.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            set(p, 0755);
        }
    }

    /**
     * A new file or directory in a container shell gets {@code base} (0666, 0777) through the shell's
     * {@code umask} as ash and dash give it ({@code umask 077; touch f}: 0600); the learner's own shell leaves the host's.
     */
    static void masked(io.dockertutor.sh.ShellSession shell, Path p, int base) throws IOException {
        if (shell.dialect() != io.dockertutor.sh.SyntaxDialect.BASH && shell.posix().umask() != 022) {
            set(p, base & ~shell.posix().umask());
        }
    }

    /** {@code mkdir -p DIR}: as {@link #createDirectory}, for each directory missing on the way. */
    static void createDirectories(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            createDirectories(parent);
        }
        if (!Files.isDirectory(p)) {
            createDirectory(p);
        }
    }

    /** {@code -rw-r--r--}, {@code drwxrwxrwt}, {@code lrwxrwxrwx}: the type letter and the nine permissions. */
    static String symbolic(Path p, BasicFileAttributes a) {
        int mode = of(p);
        char type = a.isDirectory() ? 'd' : a.isSymbolicLink() ? 'l' : a.isRegularFile() ? '-' : 'c';
        StringBuilder sb = new StringBuilder().append(type);
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            sb.append((mode & (0400 >> i)) != 0 ? letters.charAt(i) : '-');
        }
        if ((mode & STICKY) != 0) {
            sb.setCharAt(9, sb.charAt(9) == 'x' ? 't' : 'T');
        }
        return sb.toString();
    }

    private static boolean sticky(Path p) {
        return UserMarks.of(p).contains(UserMarks.STICKY);
    }
}
