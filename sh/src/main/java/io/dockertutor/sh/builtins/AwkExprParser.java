package io.dockertutor.sh.builtins;

import io.dockertutor.sh.builtins.AwkLexer.Token;
import io.dockertutor.sh.builtins.AwkLexer.Type;
import io.dockertutor.sh.builtins.AwkNode.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * awk's expressions by precedence, lowest first: assignment, {@code ?:}, {@code ||}, {@code &&}, {@code in},
 * {@code ~ !~}, comparisons, concatenation, {@code + -}, {@code * / %}, unary {@code ! - +}, {@code ^},
 * {@code ++ --}, {@code $}, grouping. Inside print's arguments an unparenthesized {@code >} redirects instead.
 */
class AwkExprParser {
    private static final Set<String> ASSIGN = Set.of("=", "+=", "-=", "*=", "/=", "%=", "^=");
    private static final Set<String> RELATIONAL = Set.of("<", "<=", "==", "!=", ">", ">=");

    /** The user functions the program calls (mawk insists each is defined). */
    final java.util.Set<String> called = new java.util.HashSet<>();
    final List<Token> tokens;
    final AwkDialect dialect;
    int at;
    int braces;
    int parens;

    AwkExprParser(List<Token> tokens, AwkDialect dialect) {
        this.tokens = tokens;
        this.dialect = dialect;
    }

    Token peek() {
        return tokens.get(at);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    Token advance() {
        Token t = tokens.get(at);
        if (t.type() != Type.EOF) {
            at++;
        }
        return t;
    }

    boolean accept(String text) {
        if (peek().is(text)) {
            advance();
            return true;
        }
        return false;
    }

    void expect(String text) {
        if (!accept(text)) {
            throw error(peek());
        }
    }

    void newlines() {
        while (peek().type() == Type.NEWLINE) {
            advance();
        }
    }

    /** The program's own complaint about {@code t}, in mawk's or busybox's words. */
    AwkError error(Token t) {
        if (dialect.busybox()) {
            boolean afterNewline = at > 0 && tokens.get(at - 1).type() == Type.NEWLINE;
            int line = t.type() == Type.EOF ? t.line() - 1 : t.line();
            return new AwkError(dialect.program() + ": cmd. line:" + line + ": "
                    + (afterNewline ? "Unexpected end of string" : "Unexpected token"), 1);
        }
        if (t.type() == Type.EOF && braces > 0) {
            return dialect.compile(t.line(), "missing } near end of file");
        }
        if (t.is(")") && parens == 0) {
            return dialect.compile(t.line(), "extra ')'");
        }
        if (t.is("}") && parens > 0) {
            return dialect.compile(t.line(), "missing ) near }");
        }
        if (t.is("}") && braces == 0) {
            return new AwkError(dialect.program() + ": line " + t.line() + ": extra '}'\n" + dialect.program() + ": line "
                    + t.line() + ": syntax error at or near end of line", 2);
        }
        String near = switch (t.type()) {
            case NEWLINE -> null;
            case EOF -> "end of file";
            case STRING -> "\"" + t.text() + "\"";
            case ERE -> "/" + t.text() + "/";
            default -> t.text();
        };
        return dialect.syntax(t.line(), near);
    }

    Expr expression(boolean noGt) {
        Expr left = ternary(noGt);
        Token t = peek();
        if (t.type() == Type.PUNCT && ASSIGN.contains(t.text()) && isLvalue(left)) {
            advance();
            newlines();
            Expr value = expression(noGt);
            String op = t.text().equals("=") ? "=" : t.text().substring(0, 1);
            return new AwkNode.Assign(left, op, value, t.line());
        }
        return left;
    }

    static boolean isLvalue(Expr e) {
        return e instanceof AwkNode.Var || e instanceof AwkNode.Field || e instanceof AwkNode.Index;
    }

    private Expr ternary(boolean noGt) {
        Expr test = or(noGt);
        if (!accept("?")) {
            return test;
        }
        newlines();
        Expr yes = expression(noGt);
        newlines();
        expect(":");
        newlines();
        Expr no = expression(noGt);
        return new AwkNode.Cond(test, yes, no);
    }

    private Expr or(boolean noGt) {
        Expr left = and(noGt);
        while (accept("||")) {
            newlines();
            left = new AwkNode.Or(left, and(noGt));
        }
        return left;
    }

    private Expr and(boolean noGt) {
        Expr left = in(noGt);
        while (accept("&&")) {
            newlines();
            left = new AwkNode.And(left, in(noGt));
        }
        return left;
    }

    private Expr in(boolean noGt) {
        Expr left = match(noGt);
        while (peek().is("in")) {
            advance();
            Token name = advance();
            if (name.type() != Type.NAME) {
                throw error(name);
            }
            List<Expr> subs = left instanceof AwkNode.Group g ? g.items() : List.of(left);
            left = new AwkNode.In(subs, name.text());
        }
        return left;
    }

    private Expr match(boolean noGt) {
        Expr left = compare(noGt);
        while (peek().is("~") || peek().is("!~")) {
            boolean negated = advance().text().equals("!~");
            left = new AwkNode.Match(negated, left, compare(noGt));
        }
        return left;
    }

    private Expr compare(boolean noGt) {
        Expr left = concat(noGt);
        Token t = peek();
        if (t.type() == Type.PUNCT && RELATIONAL.contains(t.text()) && !(noGt && t.is(">"))) {
            advance();
            return new AwkNode.Compare(t.text(), left, concat(noGt));
        }
        return left;
    }

    Expr concat(boolean noGt) {
        Expr left = additive();
        while (true) {
            if (peek().is("|") && peek(1).is("getline")) {
                advance();
                Token g = advance();
                left = new AwkNode.Getline(optionalTarget(), null, left, g.line());
            } else if (startsOperand(peek())) {
                left = new AwkNode.Concat(left, additive());
            } else {
                return left;
            }
        }
    }

    private static boolean startsOperand(Token t) {
        return switch (t.type()) {
            case NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN -> true;
            case PUNCT -> t.is("$") || t.is("(") || t.is("-") || t.is("+") || t.is("++") || t.is("--") || t.is("!");
            default -> false;
        };
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token op = advance();
            left = new AwkNode.Binary(op.text(), left, multiplicative(), op.line());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("%")) {
            Token op = advance();
            left = new AwkNode.Binary(op.text(), left, unary(), op.line());
        }
        return left;
    }

    private Expr unary() {
        if (accept("!")) {
            return new AwkNode.Not(unary());
        }
        if (peek().is("-") || peek().is("+")) {
            return new AwkNode.Unary(advance().text(), unary());
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        while (dialect.busybox() && peek().is("^")) {
            // busybox groups a ^ b ^ c from the left (recorded: 2 ^ 3 ^ 2 is 64)
            Token op = advance();
            Expr exponent = peek().is("-") || peek().is("+") ? new AwkNode.Unary(advance().text(), postfix()) : postfix();
            base = new AwkNode.Binary("^", base, exponent, op.line());
        }
        if (peek().is("^")) {
            Token op = advance();
            // right-associative, and the exponent may carry its own sign: 2^-1
            Expr exponent = peek().is("-") || peek().is("+") ? new AwkNode.Unary(advance().text(), power()) : power();
            return new AwkNode.Binary("^", base, exponent, op.line());
        }
        return base;
    }

    private Expr postfix() {
        Expr e = primary();
        if (isLvalue(e) && (peek().is("++") || peek().is("--"))) {
            return new AwkNode.IncDec(e, advance().text().equals("++"), false);
        }
        return e;
    }

    private Expr primary() {
        Token t = advance();
        switch (t.type()) {
            case NUMBER:
                return new AwkNode.Num(constant(t.text()));
            case STRING:
                return new AwkNode.Str(t.text());
            case ERE:
                try {
                    new AwkRegex(dialect).compile(t.text());
                } catch (AwkRegex.Bad e) {
                    throw dialect.busybox() ? e.busybox(dialect.program(), t.text())
                            : new AwkError(dialect.program() + ": line " + t.line() + ": " + e.mawk(t.text()), 2);
                }
                return new AwkNode.Regex(t.text());
            case NAME:
                if (accept("[")) {
                    List<Expr> subs = list("]");
                    return new AwkNode.Index(t.text(), subs);
                }
                return new AwkNode.Var(t.text());
            case FUNC_NAME:
                advance();
                called.add(t.text());
                return new AwkNode.Call(t.text(), list(")"), t.line());
            case BUILTIN:
                if (accept("(")) {
                    List<Expr> args = list(")");
                    if (!dialect.busybox() && AwkBuiltins.arity(t.text(), args.size()) != 0) {
                        throw dialect.compile(t.line(), "wrong number of arguments in call to " + t.text());
                    }
                    return new AwkNode.Builtin(t.text(), args, t.line());
                }
                if (t.text().equals("length")) {
                    return new AwkNode.Builtin("length", List.of(), t.line());
                }
                throw error(peek());
            default:
                break;
        }
        if (t.is("$")) {
            Expr index = peek().is("++") || peek().is("--") || peek().is("-") ? unaryIndex() : primary();
            return new AwkNode.Field(index, t.line());
        }
        if (t.is("++") || t.is("--")) {
            Expr target = primary();
            if (!isLvalue(target)) {
                throw error(peek());
            }
            return new AwkNode.IncDec(target, t.is("++"), true);
        }
        if (t.is("(")) {
            parens++;
            newlines();
            Expr e = expression(false);
            newlines();
            if (peek().is(",")) {
                List<Expr> items = new ArrayList<>(List.of(e));
                while (accept(",")) {
                    newlines();
                    items.add(expression(false));
                }
                e = new AwkNode.Group(items);
            }
            expect(")");
            parens--;
            return e;
        }
        if (t.is("getline")) {
            Expr target = optionalTarget();
            Expr file = accept("<") ? postfix() : null;
            return new AwkNode.Getline(target, file, null, t.line());
        }
        at--;
        throw error(t);
    }

    /** A numeric constant; busybox also reads C's hexadecimal ({@code 0x1A}) and octal ({@code 010}) forms. */
    private double constant(String text) {
        if (dialect.busybox() && text.matches("0[xX][0-9a-fA-F]+")) {
            return Long.parseLong(text.substring(2), 16);
        }
        if (dialect.busybox() && text.matches("0[0-7]+")) {
            return Long.parseLong(text, 8);
        }
        return AwkValue.toNumber(text);
    }

    private Expr unaryIndex() {
        Token t = advance();
        if (t.is("-")) {
            return new AwkNode.Unary("-", primary());
        }
        return new AwkNode.IncDec(primary(), t.is("++"), true);
    }

    private Expr optionalTarget() {
        if (peek().type() == Type.NAME || peek().is("$")) {
            return primary();
        }
        return null;
    }

    /** Comma-separated expressions up to {@code close} (consumed); none when it follows at once. */
    List<Expr> list(String close) {
        List<Expr> items = new ArrayList<>();
        parens++;
        newlines();
        if (!accept(close)) {
            do {
                newlines();
                items.add(expression(false));
                newlines();
            } while (accept(","));
            expect(close);
        }
        parens--;
        return items;
    }
}
