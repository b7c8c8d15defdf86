package io.dockertutor.engine.sim.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Path lookups in an image's file map ({@link ImageSpec#files()}) that follow symbolic links the way the kernel
 * does, so that {@code /bin/sh} is found through Debian's {@code /bin -> usr/bin} and {@code $PATH} searches give
 * the answer a real container would ({@code exec: "ps": executable file not found in $PATH}).
 *
 * <pre>{@code
 * FileTree.findExecutable(image.files(), "nginx", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin")
 *         // Optional[/usr/sbin/nginx]
 * }</pre>
 */
public final class FileTree {

    /** Linux gives up after 40 links (ELOOP); so do we. */
    private static final int MAX_LINKS = 40;

    private FileTree() {
    }

    /**
     * The real path {@code path} names, every symbolic link on the way (the last one included) followed, or empty
     * when a component is missing, is not a directory, or the links loop. Relative links resolve against the
     * directory holding them; {@code /dev/stdout} and other paths outside the map resolve to themselves when
     * they are the final target.
     */
    public static Optional<String> resolve(Map<String, FileSpec> files, String path) {
        Deque<String> pending = new ArrayDeque<>();
        push(pending, path);
        String current = "";
        int links = 0;
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.isEmpty() ? "" : current.substring(0, current.lastIndexOf('/'));
                continue;
            }
            String next = current + "/" + name;
            FileSpec spec = files.get(next);
            if (spec == null) {
                return pending.isEmpty() && isDirectory(files, current) ? Optional.of(next) : Optional.empty();
            }
            if (spec.kind() == FileSpec.Kind.SYMLINK) {
                if (++links > MAX_LINKS) {
                    return Optional.empty();
                }
                String target = spec.linkTarget();
                if (target.startsWith("/")) {
                    current = "";
                }
                push(pending, target);
                continue;
            }
            if (!pending.isEmpty() && spec.kind() != FileSpec.Kind.DIRECTORY) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current.isEmpty() ? "/" : current);
    }

    /** The entry {@code path} names after following links, if the image has one there. */
    public static Optional<FileSpec> lookup(Map<String, FileSpec> files, String path) {
        return resolve(files, path).map(files::get);
    }

    /** Whether {@code path} names a file, directory or link of {@code files} (links followed), not merely a path under an existing directory. */
    public static boolean exists(Map<String, FileSpec> files, String path) {
        return lookup(files, path).isPresent();
    }

    /**
     * Where {@code command} is found: itself when it contains a slash, otherwise the first directory of
     * {@code pathVariable} (colon-separated, like {@code $PATH}) holding an executable file of that name.
     * The result is the path as searched ({@code /bin/sh}), not the link target.
     */
    public static Optional<String> findExecutable(Map<String, FileSpec> files, String command, String pathVariable) {
        if (command.contains("/")) {
            return isExecutable(files, command) ? Optional.of(command) : Optional.empty();
        }
        for (String dir : pathVariable.split(":")) {
            String candidate = (dir.isEmpty() ? "." : dir) + "/" + command;
            if (candidate.startsWith("/") && isExecutable(files, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isExecutable(Map<String, FileSpec> files, String path) {
        return lookup(files, path).map(FileSpec::executable).orElse(false);
    }

    private static boolean isDirectory(Map<String, FileSpec> files, String path) {
        return path.isEmpty() || (files.containsKey(path) && files.get(path).kind() == FileSpec.Kind.DIRECTORY);
    }

    private static void push(Deque<String> pending, String path) {
        String[] names = path.split("/");
        for (int i = names.length - 1; i >= 0; i--) {
            pending.push(names[i]);
        }
    }
}
