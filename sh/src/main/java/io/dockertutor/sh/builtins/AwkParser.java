package io.dockertutor.sh.builtins;

import io.dockertutor.sh.builtins.AwkLexer.Token;
import io.dockertutor.sh.builtins.AwkLexer.Type;
import io.dockertutor.sh.builtins.AwkNode.Expr;
import io.dockertutor.sh.builtins.AwkNode.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses an awk program: pattern-action items, BEGIN and END, functions, and the statements of actions. */
final class AwkParser extends AwkExprParser {
    private AwkParser(List<Token> tokens, AwkDialect dialect) {
        super(tokens, dialect);
    }

    static AwkNode.Program parse(String text, AwkDialect dialect) {
        AwkParser p = new AwkParser(AwkLexer.tokens(text, dialect), dialect);
        return p.program();
    }

    private AwkNode.Program program() {
        List<Stmt> begin = new ArrayList<>();
        List<AwkNode.Item> main = new ArrayList<>();
        List<Stmt> end = new ArrayList<>();
        Map<String, AwkNode.Function> functions = new LinkedHashMap<>();
        separators();
        while (peek().type() != Type.EOF) {
            Token t = peek();
            if (accept("BEGIN")) {
                begin.add(block());
            } else if (accept("END")) {
                end.add(block());
            } else if (accept("function")) {
                AwkNode.Function f = function();
                functions.put(f.name(), f);
            } else if (t.is("{")) {
                main.add(new AwkNode.Item(null, null, block()));
            } else {
                Expr pattern = expression(false);
                Expr to = null;
                if (accept(",")) {
                    newlines();
                    to = expression(false);
                }
                Stmt action = peek().is("{") ? block() : null;
                main.add(new AwkNode.Item(pattern, to, action));
            }
            Token after = peek();
            if (!(after.type() == Type.NEWLINE || after.is(";") || after.type() == Type.EOF || after.is("{")
                    || after.is("BEGIN") || after.is("END") || after.is("function") || tokens.get(at - 1).is("}"))) {
                throw error(after);
            }
            separators();
        }
        if (!dialect.busybox()) {
            for (String name : called) {
                if (!functions.containsKey(name)) {
                    throw dialect.compile(peek().line(), "function " + name + " never defined");
                }
            }
        }
        return new AwkNode.Program(begin, main, end, functions);
    }

    private void separators() {
        while (peek().type() == Type.NEWLINE || peek().is(";")) {
            advance();
        }
    }

    private AwkNode.Function function() {
        Token name = advance();
        if (name.type() != Type.NAME && name.type() != Type.FUNC_NAME) {
            throw error(name);
        }
        expect("(");
        List<String> params = new ArrayList<>();
        if (!accept(")")) {
            do {
                newlines();
                Token p = advance();
                if (p.type() != Type.NAME) {
                    throw error(p);
                }
                params.add(p.text());
            } while (accept(","));
            expect(")");
        }
        newlines();
        return new AwkNode.Function(name.text(), params, block());
    }

    private Stmt block() {
        newlines();
        if (!peek().is("{")) {
            throw error(peek());
        }
        advance();
        braces++;
        List<Stmt> body = new ArrayList<>();
        while (true) {
            while (peek().type() == Type.NEWLINE || peek().is(";")) {
                advance();
            }
            if (accept("}")) {
                braces--;
                return new AwkNode.Block(body);
            }
            if (peek().type() == Type.EOF) {
                throw error(peek());
            }
            body.add(statement());
        }
    }

    private Stmt statement() {
        Token t = peek();
        if (t.is("{")) {
            return block();
        }
        if (accept(";")) {
            return new AwkNode.Block(List.of());
        }
        if (accept("if")) {
            Expr test = condition();
            Stmt then = body();
            int mark = at;
            while (peek().type() == Type.NEWLINE || peek().is(";")) {
                advance();
            }
            if (accept("else")) {
                return new AwkNode.If(test, then, body());
            }
            at = mark;
            return new AwkNode.If(test, then, null);
        }
        if (accept("while")) {
            Expr test = condition();
            if (accept(";")) {
                return new AwkNode.While(test, new AwkNode.Block(List.of()));
            }
            return new AwkNode.While(test, body());
        }
        if (accept("do")) {
            Stmt body = body();
            while (peek().type() == Type.NEWLINE || peek().is(";")) {
                advance();
            }
            expect("while");
            Expr test = condition();
            terminator();
            return new AwkNode.Do(body, test);
        }
        if (accept("for")) {
            return forLoop();
        }
        Stmt s = simple();
        terminator();
        return s;
    }

    private Expr condition() {
        expect("(");
        parens++;
        newlines();
        Expr e = expression(false);
        newlines();
        expect(")");
        parens--;
        return e;
    }

    private Stmt body() {
        newlines();
        return statement();
    }

    private Stmt forLoop() {
        expect("(");
        parens++;
        if (peek().type() == Type.NAME && peek(1).is("in") && peek(2).type() == Type.NAME && peek(3).is(")")) {
            Expr variable = new AwkNode.Var(advance().text());
            advance();
            String array = advance().text();
            advance();
            parens--;
            return new AwkNode.ForIn(variable, array, body());
        }
        Stmt init = peek().is(";") ? null : simple();
        expect(";");
        newlines();
        Expr test = peek().is(";") ? null : expression(false);
        expect(";");
        newlines();
        Stmt step = peek().is(")") ? null : simple();
        expect(")");
        parens--;
        if (accept(";")) {
            return new AwkNode.For(init, test, step, new AwkNode.Block(List.of()));
        }
        return new AwkNode.For(init, test, step, body());
    }

    private void terminator() {
        Token t = peek();
        if (t.is(";") || t.type() == Type.NEWLINE) {
            advance();
        } else if (!t.is("}") && t.type() != Type.EOF) {
            throw error(t);
        }
    }

    private Stmt simple() {
        Token t = advance();
        if (t.is("print") || t.is("printf")) {
            return print(t);
        }
        if (t.is("next")) {
            return new AwkNode.Next();
        }
        if (t.is("nextfile")) {
            return new AwkNode.NextFile();
        }
        if (t.is("break")) {
            return new AwkNode.Break();
        }
        if (t.is("continue")) {
            return new AwkNode.Continue();
        }
        if (t.is("exit")) {
            return new AwkNode.Exit(ends() ? null : expression(false));
        }
        if (t.is("return")) {
            return new AwkNode.Return(ends() ? null : expression(false));
        }
        if (t.is("delete")) {
            Token name = advance();
            if (name.type() != Type.NAME) {
                throw error(name);
            }
            return new AwkNode.Delete(name.text(), accept("[") ? list("]") : null);
        }
        at--;
        return new AwkNode.Simple(expression(false));
    }

    /** Whether the simple statement ends here (no operand follows). */
    private boolean ends() {
        Token t = peek();
        return t.is(";") || t.is("}") || t.type() == Type.NEWLINE || t.type() == Type.EOF;
    }

    private Stmt print(Token keyword) {
        List<Expr> args = new ArrayList<>();
        if (!ends() && !peek().is(">") && !peek().is(">>") && !peek().is("|")) {
            do {
                newlines();
                args.add(expression(true));
            } while (accept(","));
        }
        if (args.size() == 1 && args.get(0) instanceof AwkNode.Group g) {
            args = g.items();
        }
        String redirect = null;
        Expr destination = null;
        if (peek().is(">") || peek().is(">>") || peek().is("|")) {
            redirect = advance().text();
            destination = concat(true);
        }
        if (keyword.is("printf") && args.isEmpty()) {
            throw error(peek());
        }
        return new AwkNode.Print(keyword.is("printf"), args, redirect, destination, keyword.line());
    }
}
