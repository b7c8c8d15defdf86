package io.dockertutor.gotext;

import io.dockertutor.gotext.Token.Kind;
import java.util.List;

/** The token side of Go's template parser: three-token lookahead, and errors that carry the token's line. */
abstract class TokenStream {
    /** Thrown internally to unwind like Go's panic in Tree.errorf. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    final String name;
    private final List<Token> items;
    private int nextItem;
    private final Token[] token = new Token[3];
    private int peekCount;
    /** Line of the action being parsed, for "in action started at" notes; 0 outside actions. */
    int actionLine;

    TokenStream(String name, List<Token> items) {
        this.name = name;
        this.items = items;
    }

    Token lexNext() {
        if (nextItem < items.size()) {
            return items.get(nextItem++);
        }
        return items.get(items.size() - 1);
    }

    Token next() {
        if (peekCount > 0) {
            peekCount--;
        } else {
            token[0] = lexNext();
        }
        return token[peekCount];
    }

    void backup() {
        peekCount++;
    }

    void backup2(Token t1) {
        token[1] = t1;
        peekCount = 2;
    }

    void backup3(Token t2, Token t1) {
        token[1] = t1;
        token[2] = t2;
        peekCount = 3;
    }

    Token peek() {
        if (peekCount > 0) {
            return token[peekCount - 1];
        }
        peekCount = 1;
        token[0] = lexNext();
        return token[0];
    }

    Token nextNonSpace() {
        Token t;
        do {
            t = next();
        } while (t.kind() == Kind.SPACE);
        return t;
    }

    Token peekNonSpace() {
        Token t = nextNonSpace();
        backup();
        return t;
    }

    void errorf(String message) {
        throw new Failure("template: " + name + ":" + token[0].line() + ": " + message);
    }

    Token expect(Kind expected, String context) {
        Token t = nextNonSpace();
        if (t.kind() != expected) {
            unexpected(t, context);
        }
        return t;
    }

    void unexpected(Token t, String context) {
        if (t.kind() == Kind.ERROR) {
            String extra = "";
            if (actionLine != 0 && actionLine != t.line()) {
                extra = " in action started at " + name + ":" + actionLine;
                if (t.val().endsWith(" action")) {
                    extra = extra.substring(" in action".length());
                }
            }
            errorf(t + extra);
        }
        errorf("unexpected " + t + " in " + context);
    }


    String unquote(String lit) {
        try {
            return GoQuote.unquote(lit);
        } catch (IllegalArgumentException e) {
            errorf(e.getMessage());
            return null;
        }
    }

    Node.NumberNode number(Token t) {
        try {
            return GoNumbers.parseLiteral(t.pos(), t.val(), t.kind() == Kind.CHAR_CONSTANT, t.kind() == Kind.COMPLEX);
        } catch (IllegalArgumentException e) {
            errorf(e.getMessage());
            return null;
        }
    }
}
