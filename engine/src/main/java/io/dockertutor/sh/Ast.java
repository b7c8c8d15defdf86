package io.dockertutor.sh;

import java.util.List;

/**
 * The parsed form of a command line, as small immutable records: a script is and-or lists, an and-or list is
 * pipelines joined by {@code &&}/{@code ||}, a pipeline is simple commands joined by {@code |}.
 * Words keep their quoting so expansion can decide what splits and what globs.
 */
public final class Ast {
    private Ast() {
    }

    /** Commands separated by {@code ;} or newlines. */
    public record Script(List<AndOr> items) {
    }

    /** Pipelines joined by operators; {@code ops.get(i)} sits between pipeline i and i+1. */
    public record AndOr(List<Pipeline> pipelines, List<String> ops) {
    }

    /** Commands joined by {@code |}. */
    public record Pipeline(List<SimpleCommand> commands) {
    }

    /** {@code NAME=value ... word ... redirections}. */
    public record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects) {
    }

    /** {@code NAME=value} before the command name. */
    public record Assignment(String name, Word value) {
    }

    /** Redirection operators. */
    public enum RedirectOp { OUT, APPEND, IN, DUP_OUT, BOTH, BOTH_APPEND, HEREDOC }

    /**
     * One redirection: {@code fd op target}; {@code dupFd} for {@code 2>&1}; {@code heredoc} for here-documents.
     */
    public record Redirect(int fd, RedirectOp op, Word target, int dupFd, HereDoc heredoc) {
    }

    /** A here-document's body; {@code expand} is false when the delimiter was quoted. */
    public static final class HereDoc {
        private final String delimiter;
        private final boolean stripTabs;
        private final boolean expand;
        private Word body;

        HereDoc(String delimiter, boolean stripTabs, boolean expand) {
            this.delimiter = delimiter;
            this.stripTabs = stripTabs;
            this.expand = expand;
        }

        public String delimiter() {
            return delimiter;
        }

        public boolean stripTabs() {
            return stripTabs;
        }

        public boolean expand() {
            return expand;
        }

        /** The body, as literal text or (when {@link #expand()}) with expansions; filled when its line is read. */
        public Word body() {
            return body == null ? new Word(List.of()) : body;
        }

        void body(Word body) {
            this.body = body;
        }
    }

    /** A word: parts concatenated without separators. */
    public record Word(List<Part> parts) {
    }

    /** A piece of a word. */
    public sealed interface Part permits Literal, Quoted, DoubleQuoted, Param, CommandSub, Tilde {
    }

    /** Unquoted text: subject to globbing. */
    public record Literal(String text) implements Part {
    }

    /** Single-quoted or backslash-escaped text: taken as is. */
    public record Quoted(String text) implements Part {
    }

    /** A double-quoted run: expansions inside do not split or glob. */
    public record DoubleQuoted(List<Part> parts) implements Part {
    }

    /** {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}}; {@code op} is empty, ":-", "-", ":=", "=", ":+", "+" or "#". */
    public record Param(String name, String op, Word arg) implements Part {
    }

    /** {@code $(...)} or backquotes. */
    public record CommandSub(Script script) implements Part {
    }

    /** A leading {@code ~}: the view's home. */
    public record Tilde() implements Part {
    }
}
