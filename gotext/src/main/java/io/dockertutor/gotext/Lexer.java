package io.dockertutor.gotext;

import io.dockertutor.gotext.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A port of Go's text/template/parse lexer (lex.go). It scans the whole input up front; Go's lexer is
 * lazy, but since the parser reads items strictly in order the reported errors are the same.
 */
final class Lexer extends LexerInput {
    private static final Map<String, Kind> KEYWORDS = Map.ofEntries(
            Map.entry(".", Kind.DOT), Map.entry("block", Kind.BLOCK), Map.entry("break", Kind.BREAK),
            Map.entry("continue", Kind.CONTINUE), Map.entry("define", Kind.DEFINE), Map.entry("else", Kind.ELSE),
            Map.entry("end", Kind.END), Map.entry("if", Kind.IF), Map.entry("range", Kind.RANGE),
            Map.entry("nil", Kind.NIL), Map.entry("template", Kind.TEMPLATE), Map.entry("with", Kind.WITH));

    private int parenDepth;

    private Lexer(String input) {
        super(input);
    }

    static List<Token> lex(String input) {
        Lexer l = new Lexer(input);
        l.lexText();
        return l.items;
    }

    // --- states -----------------------------------------------------------

    private void lexText() {
        while (!done) {
            int x = input.indexOf("{{", pos);
            if (x < 0) {
                pos = input.length();
                if (pos > start) {
                    line += count(input, start, pos);
                    emit(Kind.TEXT);
                }
                emit(Kind.EOF);
                return;
            }
            pos = x;
            int trim = hasLeftTrimMarker(pos + 2) ? rightTrimLength(start, pos) : 0;
            pos -= trim;
            if (pos > start) {
                line += count(input, start, pos);
                emit(Kind.TEXT);
            }
            pos += trim;
            ignore();
            lexLeftDelim();
        }
    }

    private void lexLeftDelim() {
        pos += 2;
        boolean trimSpace = hasLeftTrimMarker(pos);
        int afterMarker = trimSpace ? 2 : 0;
        if (input.startsWith("/*", pos + afterMarker)) {
            pos += afterMarker;
            ignore();
            lexComment();
            return;
        }
        emit(Kind.LEFT_DELIM);
        pos += afterMarker;
        ignore();
        parenDepth = 0;
        lexInsideAction();
    }

    private void lexComment() {
        pos += 2;
        int i = input.indexOf("*/", pos);
        if (i < 0) {
            errorf("unclosed comment");
            return;
        }
        pos = i + 2;
        int delim = atRightDelim();
        if (delim == 0) {
            errorf("comment ends before closing delimiter");
            return;
        }
        if (delim == 2) {
            pos += 2;
        }
        pos += 2;
        if (delim == 2) {
            pos += leftTrimLength(pos);
        }
        ignore();
    }

    /** 0: not at a right delimiter; 1: at "}}"; 2: at " -}}". */
    private int atRightDelim() {
        if (hasRightTrimMarker(pos) && input.startsWith("}}", pos + 2)) {
            return 2;
        }
        return input.startsWith("}}", pos) ? 1 : 0;
    }

    private void lexRightDelim() {
        boolean trimSpace = hasRightTrimMarker(pos);
        if (trimSpace) {
            pos += 2;
            ignore();
        }
        pos += 2;
        emit(Kind.RIGHT_DELIM);
        if (trimSpace) {
            pos += leftTrimLength(pos);
            ignore();
        }
    }

    private void lexInsideAction() {
        while (!done) {
            if (atRightDelim() != 0) {
                if (parenDepth == 0) {
                    lexRightDelim();
                    return;
                }
                errorf("unclosed left paren");
                return;
            }
            int r = next();
            if (r == EOF) {
                errorf("unclosed action");
            } else if (isSpace(r)) {
                backup();
                if (lexSpace()) {
                    return;
                }
            } else if (r == '=') {
                emit(Kind.ASSIGN);
            } else if (r == ':') {
                if (next() != '=') {
                    errorf("expected :=");
                } else {
                    emit(Kind.DECLARE);
                }
            } else if (r == '|') {
                emit(Kind.PIPE);
            } else if (r == '"') {
                lexQuote();
            } else if (r == '`') {
                lexRawQuote();
            } else if (r == '$') {
                lexVariable();
            } else if (r == '\'') {
                lexChar();
            } else if (r == '.' && pos < input.length() && (input.charAt(pos) < '0' || input.charAt(pos) > '9')) {
                lexFieldOrVariable(Kind.FIELD);
            } else if (r == '.' || r == '+' || r == '-' || (r >= '0' && r <= '9')) {
                backup();
                lexNumber();
            } else if (isAlphaNumeric(r)) {
                backup();
                lexIdentifier();
            } else if (r == '(') {
                emit(Kind.LEFT_PAREN);
                parenDepth++;
            } else if (r == ')') {
                emit(Kind.RIGHT_PAREN);
                parenDepth--;
                if (parenDepth < 0) {
                    errorf("unexpected right paren " + GoQuote.unicodeVerb(r));
                }
            } else if (r < 0x80 && GoQuote.isPrint(r)) {
                emit(Kind.CHAR);
            } else {
                errorf("unrecognized character in action: " + GoQuote.unicodeVerb(r));
            }
        }
    }

    /** Returns true when the spaces were followed by " -}}" and the action is over. */
    private boolean lexSpace() {
        int numSpaces = 0;
        while (isSpace(peek())) {
            next();
            numSpaces++;
        }
        if (hasRightTrimMarker(pos - 1) && input.startsWith("}}", pos - 1 + 2)) {
            backup();
            if (numSpaces == 1) {
                lexRightDelim();
                return true;
            }
        }
        emit(Kind.SPACE);
        return false;
    }

    private void lexIdentifier() {
        int r;
        do {
            r = next();
        } while (isAlphaNumeric(r));
        backup();
        String word = input.substring(start, pos);
        if (!atTerminator()) {
            errorf("bad character " + GoQuote.unicodeVerb(r));
            return;
        }
        Kind kw = KEYWORDS.get(word);
        if (kw != null) {
            emit(kw);
        } else if (word.equals("true") || word.equals("false")) {
            emit(Kind.BOOL);
        } else {
            emit(Kind.IDENTIFIER);
        }
    }

    private void lexVariable() {
        if (atTerminator()) {
            emit(Kind.VARIABLE);
            return;
        }
        lexFieldOrVariable(Kind.VARIABLE);
    }

    private void lexFieldOrVariable(Kind kind) {
        if (atTerminator()) {
            emit(kind == Kind.VARIABLE ? Kind.VARIABLE : Kind.DOT);
            return;
        }
        int r;
        do {
            r = next();
        } while (isAlphaNumeric(r));
        backup();
        if (!atTerminator()) {
            errorf("bad character " + GoQuote.unicodeVerb(r));
            return;
        }
        emit(kind);
    }

    private boolean atTerminator() {
        int r = peek();
        if (isSpace(r)) {
            return true;
        }
        return switch (r) {
            case EOF, '.', ',', '|', ':', ')', '(' -> true;
            default -> input.startsWith("}}", pos);
        };
    }

    private void lexChar() {
        lexEscaped('\'', "unterminated character constant", Kind.CHAR_CONSTANT);
    }

    private void lexNumber() {
        if (!scanNumber()) {
            errorf("bad number syntax: " + GoQuote.quote(input.substring(start, Math.min(pos, input.length()))));
            return;
        }
        int sign = peek();
        if (sign == '+' || sign == '-') {
            if (!scanNumber() || input.charAt(pos - 1) != 'i') {
                errorf("bad number syntax: " + GoQuote.quote(input.substring(start, Math.min(pos, input.length()))));
                return;
            }
            emit(Kind.COMPLEX);
        } else {
            emit(Kind.NUMBER);
        }
    }

    private boolean scanNumber() {
        accept("+-");
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (accept("oO")) {
                digits = "01234567_";
            } else if (accept("bB")) {
                digits = "01_";
            }
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (digits.length() == 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length() == 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (isAlphaNumeric(peek())) {
            next();
            return false;
        }
        return true;
    }

    private void lexQuote() {
        lexEscaped('"', "unterminated quoted string", Kind.STRING);
    }

    /** A character constant or quoted string: backslash escapes, no newline, ends at {@code close}. */
    private void lexEscaped(char close, String unterminated, Kind kind) {
        while (true) {
            int r = next();
            if (r == '\\') {
                int e = next();
                if (e != EOF && e != '\n') {
                    continue;
                }
                errorf(unterminated);
                return;
            }
            if (r == EOF || r == '\n') {
                errorf(unterminated);
                return;
            }
            if (r == close) {
                break;
            }
        }
        emit(kind);
    }

    private void lexRawQuote() {
        while (true) {
            int r = next();
            if (r == EOF) {
                errorf("unterminated raw quoted string");
                return;
            }
            if (r == '`') {
                break;
            }
        }
        emit(Kind.RAW_STRING);
    }

}
