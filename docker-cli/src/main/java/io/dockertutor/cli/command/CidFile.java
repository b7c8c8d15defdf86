package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.cli.grammar.UsageError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code --cidfile} of {@code docker run} and {@code docker create}, as docker/cli's {@code cidFile}: the file is
 * made (never over an existing one, nor through a link) before the container, filled with its id after, and
 * removed when creating failed. It goes through the learner's files, so it stays inside the workspace.
 */
final class CidFile {
    private final Path path;

    private CidFile(Path path) {
        this.path = path;
    }

    /** The file named by {@code --cidfile}, created empty; null without the flag. */
    static CidFile create(ParsedCommand cmd, CliContext ctx, String verb) throws UsageError {
        String name = cmd.string("cidfile", "");
        if (name.isEmpty()) {
            return null;
        }
        Path p = ctx.files().resolveEntry(name);
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw failed(verb, "container ID file found, make sure the other container isn't running or delete " + name);
        }
        try {
            Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS).close();
        } catch (IOException e) {
            throw failed(verb, "failed to create the container ID file: open " + name + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file or directory" : "permission denied"));
        }
        return new CidFile(p);
    }

    /**
     * {@code newCIDFile}'s error as each command returns it: {@code create} plainly (exit 1), {@code run} through
     * {@code toStatusError} (127 for "no such file or directory", 126 for "permission denied", else 125).
     */
    private static UsageError failed(String verb, String message) {
        if (!verb.equals("run")) {
            return new UsageError(message + "\n", 1);
        }
        int status = message.contains("no such file or directory") ? 127 : message.contains("permission denied") ? 126 : 125;
        return OptionError.usage(verb, message, status);
    }

    void write(String id) {
        try {
            Files.write(path, id.getBytes(StandardCharsets.UTF_8), StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // docker reports nothing more here either: the container exists; the file stays empty
        }
    }

    void remove() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // as docker/cli: a cid file that cannot be removed is left behind
        }
    }
}
