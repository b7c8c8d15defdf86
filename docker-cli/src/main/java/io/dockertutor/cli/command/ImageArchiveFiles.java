package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where {@code docker save}, {@code export}, {@code load} and {@code import} read and write their tar streams: a file
 * of the learner's workspace ({@code -o}, {@code -i}, a path argument) or the standard streams, with the client's own
 * errors ({@code cowardly refusing to save to a terminal}, {@code open x.tar: no such file or directory}).
 */
final class ImageArchiveFiles {
    static final String REFUSE_TERMINAL = "cowardly refusing to save to a terminal. Use the -o flag or redirect";

    private ImageArchiveFiles() {
    }

    /** True when the stream may be written: a file was named, or standard output is no terminal. */
    static boolean writable(ParsedCommand cmd, CliContext ctx) {
        if (cmd.string("output", "").isEmpty() && ctx.terminal()) {
            ctx.err().println(REFUSE_TERMINAL);
            return false;
        }
        return true;
    }

    static void write(ParsedCommand cmd, CliContext ctx, byte[] tar) {
        String output = cmd.string("output", "");
        if (output.isEmpty()) {
            ctx.out().write(tar, 0, tar.length);
            ctx.out().flush();
            return;
        }
        try {
            Files.write(ctx.files().resolve(output), tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes of {@code typed} ({@code -} or empty: standard input); null after printing the client's error. The
     * client streams them as the body of {@code POST path?query}, which names a directory's failed read.
     */
    static byte[] read(String typed, CliContext ctx, String path, Map<String, List<String>> query) {
        boolean stdin = typed == null || typed.isEmpty() || typed.equals("-");
        try {
            if (stdin) {
                return ctx.in() == null ? new byte[0] : ctx.in().readAllBytes();
            }
            Path file = ctx.files().resolve(typed);
            if (Files.isDirectory(file)) {
                ctx.err().println(RequestBodyError.directory(ctx, "POST", path, query, typed));
                return null;
            }
            return Files.readAllBytes(file);
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            ctx.err().println(RequestBodyError.directory(ctx, "POST", path, query, "/dev/stdin"));
            return null;
        } catch (NoSuchFileException e) {
            ctx.err().println("open " + typed + ": no such file or directory");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
