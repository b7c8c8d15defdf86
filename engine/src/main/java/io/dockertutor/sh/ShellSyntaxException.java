package io.dockertutor.sh;

/**
 * A command line bash would reject. {@link #getMessage()} is bash's wording after the shell name, e.g.
 * {@code syntax error near unexpected token '&&'}; {@link #incomplete()} tells the REPL to read another line.
 */
public final class ShellSyntaxException extends Exception {
    /** Why input ended too early; {@code NONE} for a plain syntax error. */
    public enum Incomplete { NONE, QUOTE, CONTINUATION, HEREDOC, OPERATOR }

    private final Incomplete incomplete;

    ShellSyntaxException(String message, Incomplete incomplete) {
        super(message, null, false, false);
        this.incomplete = incomplete;
    }

    static ShellSyntaxException unexpected(String token) {
        return new ShellSyntaxException("syntax error near unexpected token '" + token + "'", Incomplete.NONE);
    }

    static ShellSyntaxException endOfFile(Incomplete why) {
        return new ShellSyntaxException("syntax error: unexpected end of file", why);
    }

    public Incomplete incomplete() {
        return incomplete;
    }

    public boolean isIncomplete() {
        return incomplete != Incomplete.NONE;
    }
}
