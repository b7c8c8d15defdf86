package io.dockertutor.sh.builtins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Set;

/**
 * The marks the simulator's in-memory trees keep beside a file's POSIX permissions as user-defined attributes:
 * {@code sticky} (the bit POSIX permissions cannot hold, as /tmp's 1777) and {@code merged} (a directory overlayfs
 * merges from several layers). Read with one listing of the file's attribute view, so a file without marks (any file
 * of the host's workspace) costs no exception; a file system without user-defined attributes has none.
 */
final class UserMarks {
    static final String STICKY = "sticky";
    static final String MERGED = "merged";

    private UserMarks() {
    }

    /** The marks {@code p} itself carries (a link is not followed). */
    static Set<String> of(Path p) {
        UserDefinedFileAttributeView view = view(p);
        if (view == null) {
            return Set.of();
        }
        try {
            return Set.copyOf(view.list());
        } catch (IOException | UnsupportedOperationException e) {
            return Set.of(); // a file store without extended attributes
        }
    }

    /** Sets or clears {@code mark} on {@code p} where its file system keeps user-defined attributes. */
    static void set(Path p, String mark, boolean on) {
        UserDefinedFileAttributeView view = view(p);
        if (view == null) {
            return;
        }
        try {
            if (on) {
                view.write(mark, java.nio.ByteBuffer.wrap(new byte[] {1}));
            } else if (of(p).contains(mark)) {
                view.delete(mark);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a file store without extended attributes keeps no mark
        }
    }

    private static UserDefinedFileAttributeView view(Path p) {
        return Files.getFileAttributeView(p, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }
}
