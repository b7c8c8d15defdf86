package io.dockertutor.sh;

import java.util.List;

/**
 * The parsed form of a command line, as small immutable records: a script is and-or lists, an and-or list is
 * pipelines joined by {@code &&}/{@code ||}, a pipeline is commands joined by {@code |}; a command is a simple
 * command or a compound one ({@code if}, loops, {@code case}, groups, a function definition) holding scripts.
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

    /** Commands joined by {@code |}; {@code negated} for a leading {@code !}. */
    public record Pipeline(List<Unit> commands, boolean negated) {
        public Pipeline(List<Unit> commands) {
            this(commands, false);
        }
    }

    /** One command of a pipeline: simple or compound. */
    public sealed interface Unit permits SimpleCommand, Compound, FunctionDef {
    }

    /** {@code NAME=value ... word ... redirections}. */
    public record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects)
            implements Unit {
    }

    /** A compound command with the redirections written after its closing word ({@code done > log}). */
    public record Compound(Clause clause, List<Redirect> redirects) implements Unit {
    }

    /** {@code name() { ...; }}: defines a function when run. */
    public record FunctionDef(String name, Compound body) implements Unit {
    }

    /** The compound commands. */
    public sealed interface Clause permits IfClause, LoopClause, ForClause, CaseClause, Group {
    }

    /** {@code if c1; then b1; elif c2; then b2; else e; fi}: {@code conditions.size() == bodies.size()}. */
    public record IfClause(List<Script> conditions, List<Script> bodies, Script otherwise) implements Clause {
    }

    /** {@code while cond; do body; done}, or {@code until} when {@code until}. */
    public record LoopClause(boolean until, Script condition, Script body) implements Clause {
    }

    /** {@code for name in words; do body; done}; {@code words} null for "the positional parameters". */
    public record ForClause(String name, List<Word> words, Script body) implements Clause {
    }

    /** {@code case word in pattern|pattern) body;; ... esac}. */
    public record CaseClause(Word subject, List<CaseItem> items) implements Clause {
    }

    /** One {@code pattern|pattern) body ;;} of a {@code case}. */
    public record CaseItem(List<Word> patterns, Script body) {
    }

    /** {@code { list; }}, or {@code ( list )} when {@code subshell}: variables and cd do not leak out of it. */
    public record Group(Script body, boolean subshell) implements Clause {
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
    public sealed interface Part permits Literal, Quoted, DoubleQuoted, Param, CommandSub, Arith, Tilde {
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

    /** {@code $((expression))}: the expression's text after its own expansions; evaluated as integers. */
    public record Arith(Word expression) implements Part {
    }

    /** A leading {@code ~}: the view's home. */
    public record Tilde() implements Part {
    }
}
