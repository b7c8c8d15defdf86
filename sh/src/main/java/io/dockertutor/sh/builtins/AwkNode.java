package io.dockertutor.sh.builtins;

import java.util.List;
import java.util.Map;

/** The parsed awk program: expressions, statements, pattern-action items and functions (see {@link AwkParser}). */
final class AwkNode {
    private AwkNode() {
    }

    sealed interface Expr permits Num, Str, Regex, Var, Field, Index, Assign, Cond, And, Or, Not, Binary, Compare,
            Match, Concat, Unary, IncDec, In, Call, Builtin, Getline, Group {
    }

    record Num(double value) implements Expr { }

    record Str(String value) implements Expr { }

    /** A regular expression constant; alone it means {@code $0 ~ /re/}. */
    record Regex(String source) implements Expr { }

    record Var(String name) implements Expr { }

    record Field(Expr index, int line) implements Expr { }

    record Index(String array, List<Expr> subscripts) implements Expr { }

    /** {@code op} is {@code =} or the arithmetic operator of {@code +=} and its kin. */
    record Assign(Expr target, String op, Expr value, int line) implements Expr { }

    record Cond(Expr test, Expr yes, Expr no) implements Expr { }

    record And(Expr left, Expr right) implements Expr { }

    record Or(Expr left, Expr right) implements Expr { }

    record Not(Expr operand) implements Expr { }

    /** {@code + - * / % ^}. */
    record Binary(String op, Expr left, Expr right, int line) implements Expr { }

    record Compare(String op, Expr left, Expr right) implements Expr { }

    record Match(boolean negated, Expr left, Expr regex) implements Expr { }

    record Concat(Expr left, Expr right) implements Expr { }

    /** Unary minus or plus. */
    record Unary(String op, Expr operand) implements Expr { }

    record IncDec(Expr target, boolean increment, boolean prefix) implements Expr { }

    record In(List<Expr> subscripts, String array) implements Expr { }

    record Call(String name, List<Expr> args, int line) implements Expr { }

    record Builtin(String name, List<Expr> args, int line) implements Expr { }

    /** {@code getline [target] [< file]}, or {@code command | getline [target]} when {@code command} is set. */
    record Getline(Expr target, Expr file, Expr command, int line) implements Expr { }

    /** A parenthesized list {@code (a, b)}: the subscripts of {@code in}, or print's arguments. */
    record Group(List<Expr> items) implements Expr { }

    sealed interface Stmt permits Simple, Print, If, While, Do, For, ForIn, Block, Next, NextFile, Exit, Return,
            Break, Continue, Delete {
    }

    record Simple(Expr expr) implements Stmt { }

    /** {@code print}/{@code printf}; {@code redirect} is null, {@code >}, {@code >>} or {@code |}. */
    record Print(boolean formatted, List<Expr> args, String redirect, Expr destination, int line) implements Stmt { }

    record If(Expr test, Stmt then, Stmt otherwise) implements Stmt { }

    record While(Expr test, Stmt body) implements Stmt { }

    record Do(Stmt body, Expr test) implements Stmt { }

    record For(Stmt init, Expr test, Stmt step, Stmt body) implements Stmt { }

    record ForIn(Expr variable, String array, Stmt body) implements Stmt { }

    record Block(List<Stmt> statements) implements Stmt { }

    record Next() implements Stmt { }

    record NextFile() implements Stmt { }

    record Exit(Expr status) implements Stmt { }

    record Return(Expr value) implements Stmt { }

    record Break() implements Stmt { }

    record Continue() implements Stmt { }

    /** {@code delete a[k]}, or {@code delete a} (every element) when {@code subscripts} is null. */
    record Delete(String array, List<Expr> subscripts) implements Stmt { }

    /** A pattern-action item; {@code to} is set for a range, {@code action} null prints the record. */
    record Item(Expr pattern, Expr to, Stmt action) { }

    record Function(String name, List<String> params, Stmt body) { }

    record Program(List<Stmt> begin, List<Item> main, List<Stmt> end, Map<String, Function> functions) { }
}
