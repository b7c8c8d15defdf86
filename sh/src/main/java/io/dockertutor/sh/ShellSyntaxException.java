package io.dockertutor.sh;

/**
 * A command line the shell would reject. {@link #getMessage()} is bash's wording after the shell name, e.g.
 * {@code syntax error near unexpected token '&&'}; {@link #incomplete()} tells the REPL to read another line;
 * {@link #in(SyntaxDialect)} gives the words busybox ash or dash use for the same error.
 */
public final class ShellSyntaxException extends Exception {
    /** Why input ended too early; {@code NONE} for a plain syntax error. */
    public enum Incomplete { NONE, QUOTE, CONTINUATION, HEREDOC, OPERATOR, COMPOUND }

    private final Incomplete incomplete;
    /** The token the parser stopped at ("done", ";;", "newline"); null at end of input or for other errors. */
    private final String token;
    /** The reserved word or operator the parser wanted there, if exactly one ("done", "then", ")"). */
    private final String expecting;
    /** More nesting than the parser accepts: the limit, else 0. */
    private final int nestingLimit;
    /** The line of the script the parser was on (dash names it). */
    private int line = 1;

    ShellSyntaxException(String message, Incomplete incomplete) {
        this(message, incomplete, null, null, 0);
    }

    private ShellSyntaxException(String message, Incomplete incomplete, String token, String expecting, int limit) {
        super(message, null, false, false);
        this.incomplete = incomplete;
        this.token = token;
        this.expecting = expecting;
        this.nestingLimit = limit;
    }

    static ShellSyntaxException unexpected(String token) {
        return unexpected(token, null);
    }

    static ShellSyntaxException unexpected(String token, String expecting) {
        return new ShellSyntaxException("syntax error near unexpected token '" + token + "'", Incomplete.NONE, token,
                expecting, 0);
    }

    static ShellSyntaxException endOfFile(Incomplete why) {
        return endOfFile(why, null);
    }

    static ShellSyntaxException endOfFile(Incomplete why, String expecting) {
        return new ShellSyntaxException("syntax error: unexpected end of file", why, null, expecting, 0);
    }

    static ShellSyntaxException tooDeep(int limit) {
        return new ShellSyntaxException("syntax error: nested too deeply (more than " + limit + " levels)",
                Incomplete.NONE, null, null, limit);
    }

    /** Sets the line the parser stopped on; answers this exception. */
    ShellSyntaxException atLine(int lineNumber) {
        this.line = lineNumber;
        return this;
    }

    public Incomplete incomplete() {
        return incomplete;
    }

    public boolean isIncomplete() {
        return incomplete != Incomplete.NONE;
    }

    /** Nesting past the parser's limit: a message of the tutor's own, in the learner's language. */
    public boolean tooDeeplyNested() {
        return nestingLimit > 0;
    }

    /**
     * The message after the shell's name, as {@code dialect} words it: bash's {@link #getMessage()}; busybox ash's
     * {@code syntax error: unexpected "done"} and {@code syntax error: unexpected end of file (expecting "fi")};
     * dash's {@code 1: Syntax error: "done" unexpected} (with the line). Nesting past the limit is worded by the caller.
     */
    public String in(SyntaxDialect dialect, ShellMessages messages) {
        if (tooDeeplyNested()) {
            return messages.format("syntax.tooDeep", nestingLimit);
        }
        if (dialect == SyntaxDialect.BASH || (token == null && incomplete == Incomplete.NONE)) {
            return getMessage();
        }
        if (incomplete == Incomplete.QUOTE && expecting == null) {
            return dialect == SyntaxDialect.ASH ? "syntax error: unterminated quoted string"
                    : line + ": Syntax error: Unterminated quoted string";
        }
        String found = token == null ? "end of file" : tokenName(token);
        String expected = expecting == null ? "" : " (expecting " + tokenName(expecting) + ")";
        return dialect == SyntaxDialect.ASH ? "syntax error: unexpected " + found + expected
                : line + ": Syntax error: " + found + " unexpected" + expected;
    }

    /** ash and dash name "newline" and "end of file" bare and quote every other token. */
    private static String tokenName(String token) {
        return token.equals("newline") || token.equals("end of file") ? token : "\"" + token + "\"";
    }
}
