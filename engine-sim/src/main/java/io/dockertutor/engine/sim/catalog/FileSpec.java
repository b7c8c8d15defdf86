package io.dockertutor.engine.sim.catalog;

/**
 * A file, directory or symbolic link that an image carries.
 *
 * @param kind       what it is
 * @param content    the file's text (empty for directories and links); binaries carry a short placeholder
 * @param mode       permission bits, e.g. {@code 0644}, {@code 0755}
 * @param uid        owner
 * @param gid        group
 * @param linkTarget for links, where it points
 * @param modified   when it was last written, for a file a build copied or ran into being; null: the image's own time
 */
public record FileSpec(Kind kind, String content, int mode, int uid, int gid, String linkTarget, java.time.Instant modified) {

    /** An entry with the image's own time, as the catalog and the images' trees describe them. */
    public FileSpec(Kind kind, String content, int mode, int uid, int gid, String linkTarget) {
        this(kind, content, mode, uid, gid, linkTarget, null);
    }

    public enum Kind { FILE, DIRECTORY, SYMLINK }

    /**
     * What an executable declared under {@code bin:} in the catalog holds instead of machine code: the ELF magic
     * that a real binary starts with, so {@code cat}/{@code head} of it look like binary noise, as they would.
     */
    public static final String BINARY_PLACEHOLDER = "\u007fELF\u0002\u0001\u0001";

    public static FileSpec file(String content, int mode) {
        return new FileSpec(Kind.FILE, content, mode, 0, 0, null);
    }

    public static FileSpec directory(int mode) {
        return new FileSpec(Kind.DIRECTORY, "", mode, 0, 0, null);
    }

    public static FileSpec binary() {
        return new FileSpec(Kind.FILE, BINARY_PLACEHOLDER, 0755, 0, 0, null);
    }

    public static FileSpec symlink(String target) {
        return new FileSpec(Kind.SYMLINK, "", 0777, 0, 0, target);
    }

    /** This entry written at {@code time} (COPY keeps a source's time, RUN's files get the step's). */
    public FileSpec withModified(java.time.Instant time) {
        return new FileSpec(kind, content, mode, uid, gid, linkTarget, time);
    }

    /** True for executables declared under {@code bin:} (their content is {@link #BINARY_PLACEHOLDER}). */
    public boolean isBinary() {
        return kind == Kind.FILE && BINARY_PLACEHOLDER.equals(content);
    }

    public boolean executable() {
        return kind == Kind.FILE && (mode & 0111) != 0;
    }
}
