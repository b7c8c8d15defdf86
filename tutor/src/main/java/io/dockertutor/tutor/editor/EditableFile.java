package io.dockertutor.tutor.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A workspace file the editor may open, its bytes read: an ordinary text file of at most {@link #MAX_BYTES}, or a
 * new name in a directory that exists. Anything else is {@link Refused} with the message key that says why. The path
 * comes from the shell's confined view, which has followed every link already; it is opened without following one.
 */
record EditableFile(Path path, String name, byte[] bytes, boolean exists) {
    /** The largest file the editor opens: the README's bound for workspace files a lesson brings (1 MiB). */
    static final long MAX_BYTES = 1024 * 1024;

    /** Why a file cannot be edited: {@code key} is a message taking the command, the path typed and {@code detail}. */
    static final class Refused extends Exception {
        private final String key;
        private final String detail;

        Refused(String key, String detail) {
            super(key, null, false, false);
            this.key = key;
            this.detail = detail;
        }

        String key() {
            return key;
        }

        String detail() {
            return detail;
        }
    }

    /** {@code path} (as the learner typed it: {@code typed}) read for editing. */
    static EditableFile open(Path path, String typed) throws Refused, IOException {
        Optional<BasicFileAttributes> attributes = attributes(path);
        String name = copyName(path);
        if (attributes.isEmpty()) {
            Path parent = path.getParent();
            if (parent == null || !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                int slash = typed.lastIndexOf('/');
                throw new Refused("editor.noDirectory", slash <= 0 ? "/" : typed.substring(0, slash));
            }
            return new EditableFile(path, name, new byte[0], false);
        }
        BasicFileAttributes a = attributes.get();
        if (a.isDirectory()) {
            throw new Refused("editor.directory", typed);
        }
        if (!a.isRegularFile()) {
            throw new Refused("editor.notRegular", "");
        }
        if (a.size() > MAX_BYTES) {
            throw new Refused("editor.tooLarge", String.valueOf(a.size()));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("editor.tooLarge", String.valueOf(Files.size(path)));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new Refused("editor.binary", "");
            }
        }
        return new EditableFile(path, name, bytes, true);
    }

    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * The name of the private copy, which Nano shows in its title: the file's own name, except for what Nano would
     * read as a pattern or a home directory ({@code *}, {@code ?}, a leading {@code ~}).
     */
    private static String copyName(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "file" : fileName.toString().replace('*', '_').replace('?', '_');
        return name.startsWith("~") ? "_" + name.substring(1) : name;
    }
}
