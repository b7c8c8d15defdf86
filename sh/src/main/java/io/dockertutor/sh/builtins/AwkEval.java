package io.dockertutor.sh.builtins;

import io.dockertutor.sh.builtins.AwkNode.Expr;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluates awk expressions: arithmetic, comparisons by awk's number-or-string rules, assignment, calls, getline. */
final class AwkEval {
    private static final int MAX_CALL_DEPTH = 1000;

    private final AwkInterpreter state;
    private final AwkDialect dialect;
    private final Map<String, AwkNode.Function> functions;
    private final AwkBuiltins builtins;
    private AwkValue returned = AwkValue.UNINIT;
    private int depth;

    AwkEval(AwkInterpreter state, Map<String, AwkNode.Function> functions) {
        this.state = state;
        this.dialect = state.dialect;
        this.functions = functions;
        this.builtins = new AwkBuiltins(state, this);
    }

    boolean condition(Expr e) {
        return value(e).truth();
    }

    String convfmt() {
        return state.special("CONVFMT");
    }

    String str(Expr e) {
        return value(e).str(dialect, convfmt());
    }

    void returning(AwkValue v) {
        returned = v;
    }

    AwkValue value(Expr e) {
        if (e instanceof AwkNode.Num n) {
            return AwkValue.number(n.value());
        }
        if (e instanceof AwkNode.Str s) {
            return AwkValue.string(s.value());
        }
        if (e instanceof AwkNode.Regex r) {
            return AwkValue.bool(state.pattern(r.source()).matcher(state.recordText()).find());
        }
        if (e instanceof AwkNode.Var v) {
            return state.scalar(v.name());
        }
        if (e instanceof AwkNode.Field f) {
            return state.field(fieldIndex(f));
        }
        if (e instanceof AwkNode.Index i) {
            return state.array(i.array()).computeIfAbsent(subscript(i.subscripts()), k -> AwkValue.UNINIT);
        }
        if (e instanceof AwkNode.Assign a) {
            AwkValue v = value(a.value());
            if (!a.op().equals("=")) {
                v = AwkValue.number(arithmetic(a.op(), value(a.target()).num(), v.num(), a.line()));
            }
            assign(a.target(), v);
            return v;
        }
        if (e instanceof AwkNode.Cond c) {
            return condition(c.test()) ? value(c.yes()) : value(c.no());
        }
        if (e instanceof AwkNode.And a) {
            return AwkValue.bool(condition(a.left()) && condition(a.right()));
        }
        if (e instanceof AwkNode.Or o) {
            return AwkValue.bool(condition(o.left()) || condition(o.right()));
        }
        if (e instanceof AwkNode.Not n) {
            return AwkValue.bool(!condition(n.operand()));
        }
        if (e instanceof AwkNode.Binary b) {
            return AwkValue.number(arithmetic(b.op(), value(b.left()).num(), value(b.right()).num(), b.line()));
        }
        if (e instanceof AwkNode.Compare c) {
            return AwkValue.bool(compare(c.op(), value(c.left()), value(c.right())));
        }
        if (e instanceof AwkNode.Match m) {
            String text = str(m.left());
            boolean found = state.pattern(regexSource(m.regex())).matcher(text).find();
            return AwkValue.bool(found != m.negated());
        }
        if (e instanceof AwkNode.Concat c) {
            String left = str(c.left());
            return AwkValue.string(left + str(c.right()));
        }
        if (e instanceof AwkNode.Unary u) {
            double n = value(u.operand()).num();
            return AwkValue.number(u.op().equals("-") ? -n : n);
        }
        if (e instanceof AwkNode.IncDec d) {
            double old = value(d.target()).num();
            double now = d.increment() ? old + 1 : old - 1;
            assign(d.target(), AwkValue.number(now));
            return AwkValue.number(d.prefix() ? now : old);
        }
        if (e instanceof AwkNode.In i) {
            return AwkValue.bool(state.array(i.array()).containsKey(subscript(i.subscripts())));
        }
        if (e instanceof AwkNode.Call c) {
            return call(c);
        }
        if (e instanceof AwkNode.Builtin b) {
            return builtins.call(b);
        }
        if (e instanceof AwkNode.Getline g) {
            return getline(g);
        }
        if (e instanceof AwkNode.Group g) {
            return AwkValue.string(subscript(g.items()));
        }
        throw new IllegalStateException("expression " + e);
    }

    /** The regex a match operand stands for: a constant's own text, or any other value as a dynamic regex. */
    String regexSource(Expr e) {
        return e instanceof AwkNode.Regex r ? r.source() : str(e);
    }

    private int fieldIndex(AwkNode.Field f) {
        double n = value(f.index()).num();
        if (n < 0) {
            throw dialect.runtime(f.line(), "Access to negative field", "negative field index $" + (long) n,
                    state.special("FILENAME"), (long) state.scalar("FNR").num(), (long) state.scalar("NR").num());
        }
        return (int) Math.min(n, 100_000);
    }

    String subscript(List<Expr> subscripts) {
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < subscripts.size(); k++) {
            if (k > 0) {
                key.append(state.special("SUBSEP"));
            }
            key.append(str(subscripts.get(k)));
        }
        return key.toString();
    }

    void assign(Expr target, AwkValue v) {
        if (target instanceof AwkNode.Var var) {
            state.setScalar(var.name(), v);
        } else if (target instanceof AwkNode.Field f) {
            state.setField(fieldIndex(f), v);
        } else if (target instanceof AwkNode.Index i) {
            state.array(i.array()).put(subscript(i.subscripts()), v);
        }
    }

    private double arithmetic(String op, double a, double b, int line) {
        switch (op) {
            case "+":
                return a + b;
            case "-":
                return a - b;
            case "*":
                return a * b;
            case "^":
                return Math.pow(a, b);
            default:
                break;
        }
        if (b == 0 && dialect.busybox()) {
            throw dialect.runtime(line, "Division by zero", null, null, 0, 0);
        }
        double r = op.equals("/") ? a / b : a % b;
        return Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b) ? AwkValue.NEGATIVE_NAN : r;
    }

    /** Numbers compare as numbers; as soon as either side is a string (not input that looks numeric), as strings. */
    private boolean compare(String op, AwkValue a, AwkValue b) {
        int c;
        if (a.isNumeric() && b.isNumeric()) {
            c = Double.compare(a.num(), b.num());
            if (a.num() == b.num()) {
                c = 0;
            }
        } else {
            c = a.str(dialect, convfmt()).compareTo(b.str(dialect, convfmt()));
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "==" -> c == 0;
            default -> c != 0;
        };
    }

    private AwkValue call(AwkNode.Call c) {
        AwkNode.Function f = functions.get(c.name());
        if (f == null) {
            throw dialect.runtime(c.line(), "Call to undefined function", null, null, 0, 0);
        }
        if (depth >= MAX_CALL_DEPTH) {
            throw dialect.runtime(c.line(), "Function call nesting too deep", "function call nesting too deep",
                    state.special("FILENAME"), (long) state.scalar("FNR").num(), (long) state.scalar("NR").num());
        }
        Map<String, Object> frame = new HashMap<>();
        for (int k = 0; k < f.params().size(); k++) {
            Object arg = null;
            if (k < c.args().size()) {
                Expr a = c.args().get(k);
                arg = a instanceof AwkNode.Var v ? state.argument(v.name()) : value(a);
            }
            frame.put(f.params().get(k), arg);
        }
        for (int k = f.params().size(); k < c.args().size(); k++) {
            value(c.args().get(k));
        }
        Map<String, Object> saved = state.locals;
        state.locals = frame;
        depth++;
        returned = AwkValue.UNINIT;
        try {
            state.exec(f.body());
            return returned;
        } finally {
            returned = AwkValue.UNINIT;
            state.locals = saved;
            depth--;
        }
    }

    private AwkValue getline(AwkNode.Getline g) {
        if (g.command() != null) {
            throw state.refusal("\"" + str(g.command()) + "\" | getline");
        }
        String record;
        if (g.file() == null) {
            record = state.nextMainRecord();
        } else {
            try {
                record = state.nextFrom(str(g.file()));
            } catch (IOException | AwkError e) {
                return AwkValue.number(-1);
            }
        }
        if (record == null) {
            return AwkValue.ZERO;
        }
        if (g.target() == null) {
            state.setRecord(record);
        } else {
            assign(g.target(), AwkValue.input(record, dialect.busybox()));
        }
        return AwkValue.ONE;
    }

    /** printf's or sprintf's text; mawk's error when the arguments run out (what it printed first goes out). */
    String format(String name, List<AwkValue> values, String destination, String redirect, int line) {
        List<AwkValue> args = new ArrayList<>(values);
        String f = args.remove(0).str(dialect, convfmt());
        try {
            return AwkFormat.sprintf(dialect, f, args, convfmt());
        } catch (AwkFormat.StarUnsupported e) {
            throw dialect.runtime(line, "%*x formats are not supported", null, null, 0, 0);
        } catch (AwkFormat.TooFew e) {
            if (name.equals("printf")) {
                state.write(destination, redirect, e.partial());
            }
            throw dialect.runtime(0, null, "not enough arguments passed to " + name + "(\"" + f + "\")",
                    state.special("FILENAME"), (long) state.scalar("FNR").num(), (long) state.scalar("NR").num());
        }
    }
}
