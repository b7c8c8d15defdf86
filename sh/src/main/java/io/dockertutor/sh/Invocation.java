package io.dockertutor.sh;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run of a {@link Command}: its name and arguments (already expanded), its three streams, the environment
 * it was given, and the {@link ShellSession} session (current directory, file view, network, language).
 * {@code out} and {@code err} are UTF-8 {@link PrintStream}s that never throw.
 */
public final class Invocation {
    private final String name;
    private final List<String> args;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final ShellSession shell;
    private final boolean outIsTerminal;

    Invocation(String name, List<String> args, InputStream in, OutputStream out, OutputStream err,
               Map<String, String> env, ShellSession shell, boolean outIsTerminal) {
        this.name = name;
        this.args = List.copyOf(args);
        this.in = in;
        this.out = out instanceof PrintStream ps ? ps : new PrintStream(out, false, StandardCharsets.UTF_8);
        this.err = err == out ? this.out
                : err instanceof PrintStream ps ? ps : new PrintStream(err, false, StandardCharsets.UTF_8);
        this.env = Map.copyOf(env);
        this.shell = shell;
        this.outIsTerminal = outIsTerminal;
    }

    /** The command name as typed (after {@code sudo} was dropped). */
    public String name() {
        return name;
    }

    /** The arguments after the name. */
    public List<String> args() {
        return args;
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** The exported variables plus this command's own {@code NAME=value} prefixes. */
    public Map<String, String> env() {
        return env;
    }

    public ShellSession shell() {
        return shell;
    }

    /** True when standard output is the learner's terminal (not a pipe or a file): {@code clear}, curl's meter. */
    public boolean outIsTerminal() {
        return outIsTerminal;
    }

    /** A path as typed, resolved against the current directory through the session's file view. */
    public Path resolve(String typed) throws OutsideViewException {
        return shell.files().resolve(shell.cwd(), typed);
    }

    /** As {@link #resolve(String)}, a last symbolic link not followed: the link itself ({@code rm}, {@code mv}). */
    public Path resolveEntry(String typed) throws OutsideViewException {
        return shell.files().resolveEntry(shell.cwd(), typed);
    }

    /** The reason a path is refused, in the session's language. */
    public String reason(OutsideViewException e) {
        return e.reason(shell.locale());
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
