package io.dockertutor.sh;

import io.dockertutor.sh.Ast.Arith;
import io.dockertutor.sh.Ast.CommandSub;
import io.dockertutor.sh.Ast.DoubleQuoted;
import io.dockertutor.sh.Ast.Literal;
import io.dockertutor.sh.Ast.Param;
import io.dockertutor.sh.Ast.Part;
import io.dockertutor.sh.Ast.Quoted;
import io.dockertutor.sh.Ast.Script;
import io.dockertutor.sh.Ast.Tilde;
import io.dockertutor.sh.Ast.Word;
import io.dockertutor.sh.ShellSyntaxException.Incomplete;
import java.util.ArrayList;
import java.util.List;

/** Parses one word (quotes, escapes, {@code $} expansions, backquotes) at the {@link ShellParser}'s position. */
final class WordParser {
    private static final String WORD_END = " \t\r\n;&|<>()";
    private static final String SPECIAL_PARAMS = "?$#!@*-0123456789";

    private final ShellParser p;

    WordParser(ShellParser p) {
        this.p = p;
    }

    Word parseWord() throws ShellSyntaxException {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (!p.eof()) {
            char c = p.peek();
            if (WORD_END.indexOf(c) >= 0) {
                break;
            }
            if (c == '\\') {
                if (p.pos + 1 >= p.src.length()) {
                    throw ShellSyntaxException.endOfFile(Incomplete.CONTINUATION);
                }
                char n = p.src.charAt(p.pos + 1);
                p.pos += 2;
                if (n != '\n') {
                    flush(lit, parts, false);
                    parts.add(new Quoted(String.valueOf(n)));
                }
            } else if (c == '\'') {
                int end = p.src.indexOf('\'', p.pos + 1);
                if (end < 0) {
                    throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
                }
                flush(lit, parts, false);
                parts.add(new Quoted(p.src.substring(p.pos + 1, end)));
                p.pos = end + 1;
            } else if (c == '"') {
                flush(lit, parts, false);
                parts.add(parseDoubleQuoted());
            } else if (c == '$' || c == '`') {
                Part part = c == '$' ? parseDollar() : parseBackquote();
                if (part == null) {
                    lit.append('$');
                    p.pos++;
                } else {
                    flush(lit, parts, false);
                    parts.add(part);
                }
            } else if (c == '~' && parts.isEmpty() && lit.length() == 0 && tildeEnds(p.peekAt(1))) {
                parts.add(new Tilde());
                p.pos++;
            } else {
                lit.append(c);
                p.pos++;
            }
        }
        flush(lit, parts, false);
        return new Word(List.copyOf(parts));
    }

    private static boolean tildeEnds(char next) {
        return next == '/' || next == '\0' || WORD_END.indexOf(next) >= 0;
    }

    private static void flush(StringBuilder lit, List<Part> parts, boolean quoted) {
        if (lit.length() > 0) {
            parts.add(quoted ? new Quoted(lit.toString()) : new Literal(lit.toString()));
            lit.setLength(0);
        }
    }

    private DoubleQuoted parseDoubleQuoted() throws ShellSyntaxException {
        p.enter();
        p.pos++;
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (true) {
            if (p.eof()) {
                throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
            }
            char c = p.peek();
            if (c == '"') {
                p.pos++;
                break;
            }
            if (c == '\\') {
                char n = p.peekAt(1);
                if (n == '\0' && p.pos + 1 >= p.src.length()) {
                    throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
                }
                if ("$`\"\\".indexOf(n) >= 0) {
                    lit.append(n);
                    p.pos += 2;
                } else if (n == '\n') {
                    p.pos += 2;
                } else {
                    lit.append('\\');
                    p.pos++;
                }
            } else if (c == '$' || c == '`') {
                expansion(c, lit, parts, true);
            } else {
                lit.append(c);
                p.pos++;
            }
        }
        flush(lit, parts, true);
        p.leave();
        return new DoubleQuoted(List.copyOf(parts));
    }

    /** {@code $...} or a backquote: an expansion part, or a lone {@code $} kept as a literal character. */
    private void expansion(char c, StringBuilder lit, List<Part> parts, boolean quoted) throws ShellSyntaxException {
        Part part = c == '$' ? parseDollar() : parseBackquote();
        if (part == null) {
            lit.append('$');
            p.pos++;
        } else {
            flush(lit, parts, quoted);
            parts.add(part);
        }
    }

    /** At a {@code $}: the expansion it starts, or null when the {@code $} is a plain character. */
    private Part parseDollar() throws ShellSyntaxException {
        char n = p.peekAt(1);
        if (n == '(' && p.peekAt(2) == '(') {
            return parseArithmetic();
        }
        if (n == '(') {
            p.pos += 2;
            Script s = p.parseScript(true);
            p.pos++; // the ')' parseScript stopped at
            return new CommandSub(s);
        }
        if (n == '{') {
            p.pos += 2;
            p.enter();
            Param braced = parseBraced();
            p.leave();
            return braced;
        }
        if (SPECIAL_PARAMS.indexOf(n) >= 0 && n != '\0') {
            p.pos += 2;
            return new Param(String.valueOf(n), "", null);
        }
        if (Character.isLetter(n) || n == '_') {
            int start = p.pos + 1;
            int i = start;
            while (i < p.src.length() && isNameChar(p.src.charAt(i))) {
                i++;
            }
            p.pos = i;
            return new Param(p.src.substring(start, i), "", null);
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private Param parseBraced() throws ShellSyntaxException {
        int start = p.pos;
        boolean length = false;
        if (!p.eof() && p.peek() == '#' && p.peekAt(1) != '}') {
            length = true;
            p.pos++;
        }
        int nameStart = p.pos;
        if (!p.eof() && SPECIAL_PARAMS.indexOf(p.peek()) >= 0) {
            p.pos++;
        } else {
            while (!p.eof() && isNameChar(p.peek())) {
                p.pos++;
            }
        }
        String name = p.src.substring(nameStart, p.pos);
        if (p.eof()) {
            throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
        }
        if (p.peek() == '}' && !name.isEmpty()) {
            p.pos++;
            return new Param(name, length ? "#" : "", null);
        }
        String op = null;
        for (String candidate : new String[] {":-", ":=", ":+", ":?", "-", "=", "+", "?"}) {
            if (!length && !name.isEmpty() && p.startsWith(candidate)) {
                op = candidate;
                break;
            }
        }
        if (op == null) {
            int close = p.src.indexOf('}', p.pos);
            if (close < 0) {
                throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
            }
            p.pos = close + 1;
            throw new ShellSyntaxException("${" + p.src.substring(start, close) + "}: bad substitution",
                    ShellSyntaxException.Incomplete.NONE);
        }
        p.pos += op.length();
        return new Param(name, op, parseBraceArgument());
    }

    private Word parseBraceArgument() throws ShellSyntaxException {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (true) {
            if (p.eof()) {
                throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
            }
            char c = p.peek();
            if (c == '}') {
                p.pos++;
                break;
            }
            if (c == '\'' || c == '"' || c == '\\') {
                flush(lit, parts, false);
                parts.add(c == '"' ? parseDoubleQuoted() : quotedPiece(c));
            } else if (c == '$' || c == '`') {
                expansion(c, lit, parts, false);
            } else {
                lit.append(c);
                p.pos++;
            }
        }
        flush(lit, parts, false);
        return new Word(List.copyOf(parts));
    }

    private Quoted quotedPiece(char c) throws ShellSyntaxException {
        if (c == '\\') {
            if (p.pos + 1 >= p.src.length()) {
                throw ShellSyntaxException.endOfFile(Incomplete.CONTINUATION);
            }
            p.pos += 2;
            return new Quoted(String.valueOf(p.src.charAt(p.pos - 1)));
        }
        int end = p.src.indexOf('\'', p.pos + 1);
        if (end < 0) {
            throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
        }
        Quoted q = new Quoted(p.src.substring(p.pos + 1, end));
        p.pos = end + 1;
        return q;
    }

    private CommandSub parseBackquote() throws ShellSyntaxException {
        StringBuilder inner = new StringBuilder();
        int i = p.pos + 1;
        while (true) {
            if (i >= p.src.length()) {
                throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
            }
            char c = p.src.charAt(i);
            if (c == '`') {
                break;
            }
            if (c == '\\' && i + 1 < p.src.length() && "`\\$".indexOf(p.src.charAt(i + 1)) >= 0) {
                inner.append(p.src.charAt(i + 1));
                i += 2;
            } else {
                inner.append(c);
                i++;
            }
        }
        p.pos = i + 1;
        return new CommandSub(ShellParser.parse(inner.toString(), p.depth + 1).script());
    }

    /** A here-document body with expansions: only {@code $}, backquotes and backslash before {@code $`\} count. */
    static Word parseHeredocBody(String text, int depth) throws ShellSyntaxException {
        return new Word(List.of(new DoubleQuoted(expansionsOnly(text, depth + 1))));
    }

    /**
     * {@code $((expression))}: the text up to the matching {@code ))}, with its {@code $} expansions and backquotes
     * parsed (they run before the arithmetic); parentheses are only counted here, the evaluator reads them.
     */
    private Arith parseArithmetic() throws ShellSyntaxException {
        int open = 0;
        int i = p.pos + 3;
        while (true) {
            if (i >= p.src.length()) {
                throw ShellSyntaxException.endOfFile(Incomplete.QUOTE, "))");
            }
            char c = p.src.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                if (open == 0) {
                    if (i + 1 >= p.src.length()) {
                        throw ShellSyntaxException.endOfFile(Incomplete.QUOTE, "))");
                    }
                    if (p.src.charAt(i + 1) != ')') {
                        throw ShellSyntaxException.unexpected(")", "))");
                    }
                    break;
                }
                open--;
            }
            i++;
        }
        String expression = p.src.substring(p.pos + 3, i);
        p.pos = i + 2;
        p.enter();
        Arith arith = new Arith(new Word(expansionsOnly(expression, p.depth)));
        p.leave();
        return arith;
    }

    /** Text where only {@code $}, backquotes and backslash before {@code $`\} and newline are special. */
    private static List<Part> expansionsOnly(String text, int depth) throws ShellSyntaxException {
        ShellParser sub = new ShellParser(text, depth);
        WordParser wp = sub.words();
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (!sub.eof()) {
            char c = sub.peek();
            if (c == '\\' && "$`\\\n".indexOf(sub.peekAt(1)) >= 0 && sub.pos + 1 < text.length()) {
                if (sub.peekAt(1) != '\n') {
                    lit.append(sub.peekAt(1));
                }
                sub.pos += 2;
            } else if (c == '$' || c == '`') {
                Part part = c == '$' ? wp.parseDollar() : wp.parseBackquote();
                if (part == null) {
                    lit.append('$');
                    sub.pos++;
                } else {
                    flush(lit, parts, true);
                    parts.add(part);
                }
            } else {
                lit.append(c);
                sub.pos++;
            }
        }
        flush(lit, parts, true);
        return List.copyOf(parts);
    }

    /** The word's characters with quotes removed and expansions left as written (for here-document delimiters). */
    static String rawText(Word w) {
        StringBuilder sb = new StringBuilder();
        for (Part part : w.parts()) {
            if (part instanceof Literal l) {
                sb.append(l.text());
            } else if (part instanceof Quoted q) {
                sb.append(q.text());
            } else if (part instanceof DoubleQuoted dq) {
                sb.append(rawText(new Word(dq.parts())));
            } else if (part instanceof Param pa) {
                sb.append('$').append(pa.name());
            } else if (part instanceof Tilde) {
                sb.append('~');
            }
        }
        return sb.toString();
    }
}
