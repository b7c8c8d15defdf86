package io.dockertutor.sh.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits awk program text into tokens. A {@code /} starts a regular expression where an operand may begin and
 * divides after one; a name directly followed by {@code (} is a function call.
 */
final class AwkLexer {
    enum Type { NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN, KEYWORD, PUNCT, NEWLINE, EOF }

    record Token(Type type, String text, int line) {
        boolean is(String t) {
            return (type == Type.PUNCT || type == Type.KEYWORD) && text.equals(t);
        }
    }

    static final Set<String> KEYWORDS = Set.of("BEGIN", "END", "function", "func", "if", "else", "while", "for", "do",
            "break", "continue", "next", "nextfile", "exit", "return", "delete", "in", "getline", "print", "printf");
    static final Set<String> BUILTINS = Set.of("length", "substr", "index", "split", "sub", "gsub", "match", "sprintf",
            "tolower", "toupper", "int", "sqrt", "exp", "log", "sin", "cos", "atan2", "rand", "srand", "system", "close",
            "fflush");
    private static final List<String> OPERATORS = List.of("+=", "-=", "*=", "/=", "%=", "^=", "==", "<=", ">=", "!=",
            "++", "--", "&&", "||", ">>", "!~", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^",
            "!", ">", "<", "|", "?", ":", "~", "$", "=");

    private final String src;
    private final AwkDialect dialect;
    private int pos;
    private int line = 1;
    private Token previous;

    private AwkLexer(String src, AwkDialect dialect) {
        this.src = src;
        this.dialect = dialect;
    }

    static List<Token> tokens(String src, AwkDialect dialect) {
        AwkLexer lexer = new AwkLexer(src, dialect);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
            lexer.previous = t;
        } while (t.type() != Type.EOF);
        return out;
    }

    private Token next() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
        if (pos >= src.length()) {
            // mawk counts the end of the text as one more line
            return new Token(Type.EOF, null, line + 1);
        }
        char c = src.charAt(pos);
        int at = line;
        if (c == '\n') {
            pos++;
            line++;
            return new Token(Type.NEWLINE, null, at);
        }
        if (c == '"') {
            return new Token(Type.STRING, string(), at);
        }
        if (c == '/' && regexAllowed()) {
            return new Token(Type.ERE, regex(), at);
        }
        if (dialect.busybox() && (src.startsWith("0x", pos) || src.startsWith("0X", pos))) {
            int start = pos;
            pos += 2;
            while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
                pos++;
            }
            return new Token(Type.NUMBER, src.substring(start, pos), at);
        }
        if (Character.isDigit(c) || c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
            int start = pos;
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
                int mark = pos++;
                if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = mark;
                }
            }
            return new Token(Type.NUMBER, src.substring(start, pos), at);
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            String word = src.substring(start, pos);
            if (KEYWORDS.contains(word)) {
                return new Token(Type.KEYWORD, word.equals("func") ? "function" : word, at);
            }
            if (BUILTINS.contains(word)) {
                return new Token(Type.BUILTIN, word, at);
            }
            boolean call = pos < src.length() && src.charAt(pos) == '(';
            return new Token(call ? Type.FUNC_NAME : Type.NAME, word, at);
        }
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Type.PUNCT, op, at);
            }
        }
        pos++;
        throw dialect.syntax(at, String.valueOf(c));
    }

    private boolean regexAllowed() {
        if (previous == null) {
            return true;
        }
        return switch (previous.type()) {
            case NUMBER, STRING, ERE, NAME, BUILTIN -> false;
            case PUNCT -> !(previous.is(")") || previous.is("]") || previous.is("$") || previous.is("++")
                    || previous.is("--"));
            default -> true;
        };
    }

    private String string() {
        int start = ++pos;
        StringBuilder s = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw runaway(start, "string constant \"");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return s.toString();
            }
            if (c != '\\' || pos >= src.length()) {
                s.append(c);
                continue;
            }
            pos = escape(src, pos, s);
        }
    }

    /** Appends the escape whose letter is at {@code at} (after a backslash); returns where the text goes on. */
    static int escape(String text, int at, StringBuilder s) {
        char n = text.charAt(at);
        int k = "\"\\/ntrabfv".indexOf(n);
        if (k >= 0) {
            s.append("\"\\/\n\t\r\u0007\b\f\u000b".charAt(k));
            return at + 1;
        }
        if (n >= '0' && n <= '7') {
            int end = at;
            int v = 0;
            while (end < text.length() && end < at + 3 && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
                v = v * 8 + text.charAt(end++) - '0';
            }
            s.append((char) v);
            return end;
        }
        if (n == '\n') {
            return at + 1;
        }
        s.append('\\').append(n);
        return at + 1;
    }

    /** A string or regex that a newline or the end of the text cuts off (mawk quotes its first ten characters). */
    private AwkError runaway(int start, String what) {
        if (dialect.busybox()) {
            return new AwkError(dialect.program() + ": cmd. line:" + line + ": Unexpected end of string", 1);
        }
        String rest = src.substring(start, Math.min(src.length(), start + 10));
        return new AwkError(dialect.program() + ": line " + line + ": runaway " + what + rest + " ...", 2);
    }

    /** Whether regex text ends inside a bracket expression (mawk reads a / there as part of it). */
    private static boolean inBracket(CharSequence s) {
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (!in && c == '[') {
                in = true;
                i += i + 1 < s.length() && s.charAt(i + 1) == '^' ? 2 : 1;
                if (i < s.length() && s.charAt(i) != ']') {
                    i--;
                }
            } else if (in && c == ']') {
                in = false;
            }
        }
        return in;
    }

    private String regex() {
        int start = ++pos;
        StringBuilder s = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw runaway(start, "regular expression /");
            }
            char c = src.charAt(pos++);
            if (c == '/' && !(inBracket(s) && !dialect.busybox())) {
                return s.toString();
            }
            if (c == '\\' && pos < src.length() && src.charAt(pos) == '/') {
                s.append('/');
                pos++;
            } else if (c == '\\' && pos < src.length()) {
                s.append(c).append(src.charAt(pos++));
            } else {
                s.append(c);
            }
        }
    }
}
