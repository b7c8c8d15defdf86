package io.dockertutor.gotext;

import io.dockertutor.gotext.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** The scanning primitives of Go's template lexer (next, peek, backup, emit, accept) and its character classes. */
abstract class LexerInput {
    static final int EOF = -1;

    final String input;
    final List<Token> items = new ArrayList<>();
    int start;
    int pos;
    int line = 1;
    int startLine = 1;
    boolean done;

    LexerInput(String input) {
        this.input = input;
    }

    int next() {
        if (pos >= input.length()) {
            pos = input.length() + 1; // so backup() restores the end
            return EOF;
        }
        int cp = input.codePointAt(pos);
        pos += Character.charCount(cp);
        if (cp == '\n') {
            line++;
        }
        return cp;
    }

    int peek() {
        return pos >= input.length() ? EOF : input.codePointAt(pos);
    }

    void backup() {
        if (pos > input.length()) {
            pos = input.length();
            return;
        }
        int cp = input.codePointBefore(pos);
        pos -= Character.charCount(cp);
        if (cp == '\n') {
            line--;
        }
    }

    void emit(Kind kind) {
        items.add(new Token(kind, start, input.substring(start, pos), startLine));
        start = pos;
        startLine = line;
    }

    void ignore() {
        line += count(input, start, pos);
        start = pos;
        startLine = line;
    }

    boolean accept(String valid) {
        if (valid.indexOf(peekChar()) >= 0 && peek() != EOF) {
            next();
            return true;
        }
        return false;
    }

    char peekChar() {
        return pos < input.length() ? input.charAt(pos) : '\0';
    }

    void acceptRun(String valid) {
        while (peek() != EOF && valid.indexOf(peekChar()) >= 0) {
            next();
        }
    }

    void errorf(String message) {
        items.add(new Token(Kind.ERROR, start, message, startLine));
        done = true;
    }

    static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    static boolean isAlphaNumeric(int r) {
        return r == '_' || (r >= 0 && (Character.isLetter(r) || Character.getType(r) == Character.DECIMAL_DIGIT_NUMBER));
    }

    boolean hasLeftTrimMarker(int at) {
        return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
    }

    boolean hasRightTrimMarker(int at) {
        return at >= 0 && at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
    }

    int rightTrimLength(int from, int to) {
        int i = to;
        while (i > from && isSpace(input.charAt(i - 1))) {
            i--;
        }
        return to - i;
    }

    int leftTrimLength(int from) {
        int i = from;
        while (i < input.length() && isSpace(input.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
