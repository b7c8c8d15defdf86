package io.dockertutor.sh;

import io.dockertutor.sh.Ast.AndOr;
import io.dockertutor.sh.Ast.HereDoc;
import io.dockertutor.sh.Ast.Pipeline;
import io.dockertutor.sh.Ast.Redirect;
import io.dockertutor.sh.Ast.Script;
import io.dockertutor.sh.Ast.Unit;
import io.dockertutor.sh.ShellSyntaxException.Incomplete;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the bash subset, reading characters directly because bash's tokens depend on
 * context (quotes, {@code $(...)}, here-documents). Lists, pipelines and here-document bodies are read here;
 * compound commands by {@link CompoundParser}, simple commands and redirections by {@link SimpleCommandParser},
 * words by {@link WordParser}; characters, nesting and here-document bodies by {@link ShellSourceCursor}. Every construct that nests counts one level, and past {@link #MAX_NESTING} the
 * text is a syntax error: deep or unbalanced input never runs the Java stack out.
 */
final class ShellParser extends ShellSourceCursor {

    private static final List<String> RESERVED = List.of("!", "{", "}", "case", "do", "done", "elif", "else", "esac",
            "fi", "for", "if", "in", "then", "until", "while");

    private static final List<String> CLOSING = List.of("}", "do", "done", "elif", "else", "esac", "fi", "then");

    private final CompoundParser compounds = new CompoundParser(this);
    private final SimpleCommandParser simple = new SimpleCommandParser(this);
    private final WordParser words = new WordParser(this);

    WordParser words() {
        return words;
    }

    ShellParser(String src) {
        super(src, 0);
    }

    /** A parser for text nested inside another (backquotes, here-document bodies): it inherits the depth. */
    ShellParser(String src, int depth) {
        super(src, depth);
    }

    /** The result of a whole parse: the script, and whether a here-document still waits for its terminator. */
    record Parsed(Script script, boolean heredocPending, HereDoc openHeredoc) {
    }

    static Parsed parse(String text) throws ShellSyntaxException {
        return parse(text, 0);
    }

    static Parsed parse(String text, int depth) throws ShellSyntaxException {
        ShellParser p = new ShellParser(text, depth);
        Script s;
        try {
            s = p.parseScript(false);
        } catch (ShellSyntaxException e) {
            throw e.atLine(p.lineAt(Math.min(p.pos, text.length())));
        }
        p.endOfInput();
        return new Parsed(s, p.heredocAtEof(), p.openHeredoc());
    }

    /** The outermost script: ends only at end of input. */
    Script parseScript(boolean inSubst) throws ShellSyntaxException {
        return inSubst ? parseList(Ender.PAREN, List.of(), false) : parseList(Ender.EOF, List.of(), false);
    }

    /** What ends a list besides one of its closing reserved words. */
    enum Ender { EOF, PAREN, CASE_ITEM, KEYWORD }

    /**
     * A list of and-or lists up to {@code end}: end of input (the whole script), a {@code )} ({@code $(...)} and
     * subshells), a {@code ;;} or {@code esac} (a {@code case} item), or one of {@code closers} in command position
     * ({@code then}, {@code do}, {@code done}, {@code fi}...; the first is the one named when input ends early).
     * The closer itself is left for the caller to read.
     */
    Script parseList(Ender end, List<String> closers, boolean nonEmpty) throws ShellSyntaxException {
        enter();
        List<AndOr> items = new ArrayList<>();
        while (true) {
            skipSeparatingWhitespace();
            if (eof()) {
                if (end == Ender.PAREN) {
                    throw ShellSyntaxException.endOfFile(Incomplete.QUOTE, ")");
                }
                if (end != Ender.EOF) {
                    throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, closers.isEmpty() ? "esac" : closers.get(0));
                }
                break;
            }
            char c = peek();
            if (c == ')' && end == Ender.PAREN) {
                break;
            }
            if (end == Ender.CASE_ITEM && startsWith(";;")) {
                break;
            }
            String reserved = reservedAt();
            if (reserved != null && (closers.contains(reserved)
                    || (end == Ender.KEYWORD && !items.isEmpty() && CLOSING.contains(reserved)))) {
                break; // a wrong closer ends the list too: the caller names the one it expected, as ash does
            }
            if (c == ';' || c == '&' || c == '|' || c == ')') {
                throw ShellSyntaxException.unexpected(tokenAt());
            }
            items.add(parseAndOr());
            skipBlanks();
            if (eof()) {
                continue;
            }
            c = peek();
            if (c == ';') {
                if (peekAt(1) == ';') {
                    if (end == Ender.CASE_ITEM) {
                        continue;
                    }
                    throw ShellSyntaxException.unexpected(";;");
                }
                pos++;
            } else if (c == '&' && peekAt(1) != '&') {
                pos++; // no job control: a background command simply runs in the foreground
            } else if (c != '\n' && c != '#' && c != ')') {
                throw ShellSyntaxException.unexpected(tokenAt());
            }
        }
        if (nonEmpty && items.isEmpty()) {
            throw ShellSyntaxException.unexpected(tokenAt());
        }
        depth--;
        return new Script(List.copyOf(items));
    }

    private AndOr parseAndOr() throws ShellSyntaxException {
        List<Pipeline> pipelines = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        pipelines.add(parsePipeline());
        while (true) {
            skipBlanks();
            if (!startsWith("&&") && !startsWith("||")) {
                break;
            }
            ops.add(src.substring(pos, pos + 2));
            pos += 2;
            skipAfterOperator();
            pipelines.add(parsePipeline());
        }
        return new AndOr(List.copyOf(pipelines), List.copyOf(ops));
    }

    private Pipeline parsePipeline() throws ShellSyntaxException {
        boolean negated = false;
        while ("!".equals(reservedAt())) {
            negated = !negated;
            pos++;
            skipBlanks();
        }
        List<Unit> commands = new ArrayList<>();
        commands.add(parseCommand());
        while (true) {
            skipBlanks();
            if (eof() || peek() != '|' || peekAt(1) == '|') {
                break;
            }
            pos++;
            skipAfterOperator();
            commands.add(parseCommand());
        }
        return new Pipeline(List.copyOf(commands), negated);
    }

    /** After {@code &&}, {@code ||} or {@code |} bash reads on past newlines; end of input means "more to come". */
    private void skipAfterOperator() throws ShellSyntaxException {
        skipSeparatingWhitespace();
        if (eof()) {
            throw ShellSyntaxException.endOfFile(Incomplete.OPERATOR, null);
        }
    }

    /** A compound command when a reserved word or {@code (} opens one, a function definition, else a simple command. */
    private Unit parseCommand() throws ShellSyntaxException {
        skipBlanks();
        if (!eof() && peek() == '(') {
            return compounds.parse("(");
        }
        String reserved = reservedAt();
        if (reserved != null) {
            if (CompoundParser.OPENERS.contains(reserved)) {
                return compounds.parse(reserved);
            }
            throw ShellSyntaxException.unexpected(reserved);
        }
        String function = functionNameAt();
        if (function != null) {
            return compounds.function(function);
        }
        return simple.parseSimple();
    }

    /** {@code name()} (blanks allowed before and inside the parentheses) at the position, or null. */
    private String functionNameAt() {
        int i = pos;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')
                && src.charAt(i) < 128) {
            i++;
        }
        if (i == pos || Character.isDigit(src.charAt(pos))) {
            return null;
        }
        int j = i;
        while (j < src.length() && (src.charAt(j) == ' ' || src.charAt(j) == '\t')) {
            j++;
        }
        if (j >= src.length() || src.charAt(j) != '(') {
            return null;
        }
        j++;
        while (j < src.length() && (src.charAt(j) == ' ' || src.charAt(j) == '\t')) {
            j++;
        }
        if (j >= src.length() || src.charAt(j) != ')') {
            return null;
        }
        String name = src.substring(pos, i);
        pos = j + 1;
        return name;
    }

    /** The reserved word at the position when it stands alone ({@code done;}, {@code fi}, <code>}</code>), or null. */
    String reservedAt() {
        if (eof()) {
            return null;
        }
        char first = peek();
        if ("!{}cdefiuwt".indexOf(first) < 0) {
            return null;
        }
        for (String word : RESERVED) {
            if (src.startsWith(word, pos)) {
                char after = peekAt(word.length());
                if (after == '\0' || " \t\r\n;&|()<>".indexOf(after) >= 0) {
                    return word;
                }
            }
        }
        return null;
    }

    /** Redirections after a compound command's closing word. */
    List<Redirect> trailingRedirects() throws ShellSyntaxException {
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (eof() || !(simple.isRedirectStart() || startsWith("&>"))) {
                return List.copyOf(redirects);
            }
            redirects.add(simple.parseRedirect());
        }
    }

    /** The token bash would name in "syntax error near unexpected token". */
    String tokenAt() {
        if (eof()) {
            return "newline";
        }
        String reserved = reservedAt();
        if (reserved != null) {
            return reserved;
        }
        for (String op : new String[] {"&&", "||", ";;", ">>", "<<", "&>"}) {
            if (startsWith(op)) {
                return op;
            }
        }
        char c = peek();
        if (c == '\n') {
            return "newline";
        }
        int end = pos;
        while (end < src.length() && " \t\r\n;&|()<>".indexOf(src.charAt(end)) < 0 && end - pos < 40) {
            end++;
        }
        return end == pos ? String.valueOf(c) : src.substring(pos, end);
    }
}
