package io.dockertutor.sh;

import io.dockertutor.sh.Ast.Redirect;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one command's redirections left to right over its streams, opening files through the file view;
 * closes what it opened. A failure prints the shell's own message (bash {@code docker-tutor: x: No such file or
 * directory}, ash {@code sh: can't create x: nonexistent directory}, dash {@code sh: 1: cannot create x: Directory
 * nonexistent}); the caller ends the command with {@link #failedStatus}, and the script after a special builtin's.
 * A directory opens for reading, as open(2) lets it: the program's read fails ({@link DirectoryInput}).
 */
final class Redirections implements Closeable {
    private final ShellSession shell;
    private final Expander expander;
    private final PrintStream err;
    private final List<Closeable> opened = new ArrayList<>();

    Redirections(ShellSession shell, Expander expander, PrintStream err) {
        this.shell = shell;
        this.expander = expander;
        this.err = err;
    }

    /** The streams after all redirections, or null when one failed (its message already printed). */
    ShellExecutor.Streams apply(List<Redirect> redirects, ShellExecutor.Streams io) {
        InputStream in = io.in();
        OutputStream out = io.out();
        OutputStream errOut = io.err();
        boolean terminal = io.outIsTerminal();
        for (Redirect r : redirects) {
            switch (r.op()) {
                case HEREDOC -> {
                    if (r.fd() == 0) {
                        String body = expander.string(r.heredoc().body());
                        in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
                    }
                }
                case DUP_OUT -> {
                    if (r.fd() == 1 && r.dupFd() == 2) {
                        out = errOut;
                        terminal = false;
                    } else if (r.fd() == 2 && r.dupFd() == 1) {
                        errOut = out;
                    }
                }
                case IN -> {
                    String target = target(r);
                    if (target == null) {
                        return null;
                    }
                    InputStream opened = openIn(target);
                    if (opened == null) {
                        return null;
                    }
                    if (r.fd() == 0) {
                        in = opened;
                    }
                }
                default -> {
                    String target = target(r);
                    if (target == null) {
                        return null;
                    }
                    boolean append = r.op() == Ast.RedirectOp.APPEND || r.op() == Ast.RedirectOp.BOTH_APPEND;
                    OutputStream stream = openOut(target, append, out, errOut);
                    if (stream == null) {
                        return null;
                    }
                    boolean both = r.op() == Ast.RedirectOp.BOTH || r.op() == Ast.RedirectOp.BOTH_APPEND;
                    if (both || r.fd() == 1) {
                        out = stream;
                        terminal = false;
                    }
                    if (both || r.fd() == 2) {
                        errOut = stream;
                    }
                }
            }
        }
        return new ShellExecutor.Streams(in, out, errOut, terminal);
    }

    private String target(Redirect r) {
        List<String> fields = expander.fields(r.target());
        if (fields.size() != 1) {
            err.println(shell.name() + ": " + WordParser.rawText(r.target()) + ": ambiguous redirect");
            return null;
        }
        return fields.get(0);
    }

    private InputStream openIn(String target) {
        if (target.equals("/dev/null")) {
            return InputStream.nullInputStream();
        }
        if (target.isEmpty()) {
            refuse(target, false, "No such file or directory", true); // open("") is ENOENT, not the directory
            return null;
        }
        try {
            Path p = shell.files().resolve(shell.cwd(), target);
            if (Files.isDirectory(p)) {
                return new DirectoryInput(); // opened; the program's read fails, in its own words
            }
            InputStream s = Files.isRegularFile(p) ? new RegularFileInput(Files.newInputStream(p), Files.size(p))
                    : new BufferedInputStream(Files.newInputStream(p));
            opened.add(s);
            return s;
        } catch (OutsideViewException e) {
            refuse(target, false, e.reason(shell.locale()), false);
        } catch (IOException e) {
            refuse(target, false, describe(e), missing(e));
        }
        return null;
    }

    private OutputStream openOut(String target, boolean append, OutputStream out, OutputStream errOut) {
        switch (target) {
            case "/dev/null":
                return OutputStream.nullOutputStream();
            case "/dev/stdout":
                return out;
            case "/dev/stderr":
                return errOut;
            case "":
                refuse(target, true, "No such file or directory", true); // open("") is ENOENT, not the directory
                return null;
            default:
                break;
        }
        try {
            Path p = shell.files().resolve(shell.cwd(), target);
            if (Files.isDirectory(p)) {
                refuse(target, true, "Is a directory", false);
                return null;
            }
            // the view resolved every link already; O_NOFOLLOW keeps a link made since from being written through
            OutputStream s = new BufferedOutputStream(Files.newOutputStream(p, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING));
            opened.add(s);
            return s;
        } catch (OutsideViewException e) {
            refuse(target, true, e.reason(shell.locale()), false);
        } catch (IOException e) {
            refuse(target, true, describe(e), missing(e));
        }
        return null;
    }

    /**
     * A redirection the shell could not open. bash: {@code bash: F: REASON}; busybox ash and dash say what they tried
     * and have their own words for a missing file or directory (ENOENT and ENOTDIR): ash {@code sh: can't create F:
     * nonexistent directory}, {@code can't open F: no such file}; dash {@code sh: 1: cannot create F: Directory
     * nonexistent}, {@code cannot open F: No such file}; any other reason as strerror words it.
     */
    private void refuse(String target, boolean create, String reason, boolean missing) {
        switch (shell.dialect()) {
            case ASH -> err.println(shell.name() + ": can't " + (create ? "create " : "open ") + target + ": "
                    + (!missing ? reason : create ? "nonexistent directory" : "no such file"));
            case DASH -> err.println(shell.scriptName() + ": 1: cannot " + (create ? "create " : "open ") + target + ": "
                    + (!missing ? reason : create ? "Directory nonexistent" : "No such file"));
            case BASH -> err.println(shell.name() + ": " + target + ": " + reason);
        }
    }

    /**
     * The status of a command whose redirection failed, recorded on both shells: bash and busybox ash 1, dash 2;
     * ash's subshell {@code ( ... ) > F} 2 (the redirection fails in the forked child, which leaves as on any error).
     */
    static int failedStatus(ShellSession shell, boolean subshell) {
        return switch (shell.dialect()) {
            case BASH -> 1;
            case ASH -> subshell ? 2 : 1;
            case DASH -> 2;
        };
    }

    /**
     * POSIX's special builtins: a redirection error on one ends a non-interactive ash or dash (recorded: {@code :},
     * {@code exec}, {@code set}, {@code eval}, {@code export}); bash goes on.
     */
    static final java.util.Set<String> SPECIAL_BUILTINS = java.util.Set.of("break", ":", "continue", ".", "eval", "exec",
            "exit", "export", "readonly", "return", "set", "shift", "times", "trap", "unset");

    private static boolean missing(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.NotDirectoryException;
    }

    /** The strerror text coreutils and bash print for a failed file operation. */
    static String describe(IOException e) {
        return Strerror.of(e);
    }

    @Override
    public void close() {
        for (Closeable c : opened) {
            try {
                c.close();
            } catch (IOException e) {
                err.println(shell.name() + ": write error: " + describe(e));
            }
        }
    }
}
