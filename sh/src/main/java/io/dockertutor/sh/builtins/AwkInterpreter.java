package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.builtins.AwkNode.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed awk program: BEGIN, the pattern-action items over every input record, END; the statements of
 * actions. Variables, fields and input are {@link AwkState}'s, expressions {@link AwkEval}'s.
 */
final class AwkInterpreter extends AwkState {
    private static final int NORMAL = 0;
    private static final int BREAK = 1;
    private static final int CONTINUE = 2;
    private static final int RETURN = 3;

    /** {@code next}: the rest of the items are skipped for this record. */
    static final class Next extends RuntimeException {
        Next() {
            super(null, null, false, false);
        }
    }

    /** {@code exit}: straight to END (or out, from END). */
    static final class Exit extends RuntimeException {
        Exit() {
            super(null, null, false, false);
        }
    }

    private final AwkNode.Program program;
    private final AwkEval eval;
    private int status;

    AwkInterpreter(Invocation call, AwkDialect dialect, AwkNode.Program program, List<String> operands) {
        super(call, dialect, operands);
        this.program = program;
        this.eval = new AwkEval(this, program.functions());
    }

    AwkEval eval() {
        return eval;
    }

    /** Runs the program; its exit status. */
    int run() {
        try {
            try {
                for (Stmt s : program.begin()) {
                    exec(s);
                }
                if (!program.main().isEmpty() || !program.end().isEmpty()) {
                    records();
                }
            } catch (Exit e) {
                // exit in BEGIN or a main action still runs END
            }
            try {
                for (Stmt s : program.end()) {
                    exec(s);
                }
            } catch (Exit e) {
                // exit in END ends the program
            }
        } finally {
            closeAll();
        }
        return status;
    }

    private void records() {
        boolean[] inRange = new boolean[program.main().size()];
        String r;
        while ((r = nextMainRecord()) != null) {
            step();
            setRecord(r);
            try {
                for (int k = 0; k < program.main().size(); k++) {
                    AwkNode.Item item = program.main().get(k);
                    if (selects(item, inRange, k)) {
                        if (item.action() == null) {
                            write(null, null, recordText() + special("ORS"));
                        } else {
                            exec(item.action());
                        }
                    }
                }
            } catch (Next n) {
                // on to the next record
            }
        }
    }

    private boolean selects(AwkNode.Item item, boolean[] inRange, int k) {
        if (item.pattern() == null) {
            return true;
        }
        if (item.to() == null) {
            return eval.condition(item.pattern());
        }
        if (!inRange[k]) {
            if (!eval.condition(item.pattern())) {
                return false;
            }
            inRange[k] = true;
        }
        if (eval.condition(item.to())) {
            inRange[k] = false;
        }
        return true;
    }

    /** Sets the status {@code exit} leaves with. */
    void exitWith(int code) {
        status = code;
    }

    int exec(Stmt s) {
        if (s instanceof AwkNode.Simple e) {
            eval.value(e.expr());
        } else if (s instanceof AwkNode.Print p) {
            print(p);
        } else if (s instanceof AwkNode.Block b) {
            for (Stmt inner : b.statements()) {
                int flow = exec(inner);
                if (flow != NORMAL) {
                    return flow;
                }
            }
        } else if (s instanceof AwkNode.If i) {
            if (eval.condition(i.test())) {
                return exec(i.then());
            }
            return i.otherwise() == null ? NORMAL : exec(i.otherwise());
        } else if (s instanceof AwkNode.While w) {
            while (eval.condition(w.test())) {
                step();
                int flow = exec(w.body());
                if (flow == BREAK) {
                    break;
                }
                if (flow == RETURN) {
                    return flow;
                }
            }
        } else if (s instanceof AwkNode.Do d) {
            do {
                step();
                int flow = exec(d.body());
                if (flow == BREAK) {
                    break;
                }
                if (flow == RETURN) {
                    return flow;
                }
            } while (eval.condition(d.test()));
        } else if (s instanceof AwkNode.For f) {
            return forLoop(f);
        } else if (s instanceof AwkNode.ForIn f) {
            Map<String, AwkValue> array = array(f.array());
            for (String key : new ArrayList<>(array.keySet())) {
                if (!array.containsKey(key)) {
                    continue;
                }
                step();
                eval.assign(f.variable(), AwkValue.input(key));
                int flow = exec(f.body());
                if (flow == BREAK) {
                    break;
                }
                if (flow == RETURN) {
                    return flow;
                }
            }
        } else {
            return control(s);
        }
        return NORMAL;
    }

    private int forLoop(AwkNode.For f) {
        if (f.init() != null) {
            exec(f.init());
        }
        while (f.test() == null || eval.condition(f.test())) {
            step();
            int flow = exec(f.body());
            if (flow == BREAK) {
                break;
            }
            if (flow == RETURN) {
                return flow;
            }
            if (f.step() != null) {
                exec(f.step());
            }
        }
        return NORMAL;
    }

    private int control(Stmt s) {
        if (s instanceof AwkNode.Break) {
            return BREAK;
        }
        if (s instanceof AwkNode.Continue) {
            return CONTINUE;
        }
        if (s instanceof AwkNode.Next) {
            throw new Next();
        }
        if (s instanceof AwkNode.NextFile) {
            skipFile();
            throw new Next();
        }
        if (s instanceof AwkNode.Exit e) {
            if (e.status() != null) {
                status = (int) eval.value(e.status()).num() & 0xFF;
            }
            throw new Exit();
        }
        if (s instanceof AwkNode.Return r) {
            eval.returning(r.value() == null ? AwkValue.UNINIT : eval.value(r.value()));
            return RETURN;
        }
        if (s instanceof AwkNode.Delete d) {
            Map<String, AwkValue> array = array(d.array());
            if (d.subscripts() == null) {
                array.clear();
            } else {
                array.remove(eval.subscript(d.subscripts()));
            }
            return NORMAL;
        }
        throw new IllegalStateException("statement " + s);
    }

    private void print(AwkNode.Print p) {
        String destination = p.destination() == null ? null : eval.value(p.destination()).str(dialect, special("CONVFMT"));
        if ("|".equals(p.redirect())) {
            throw refusal("print | \"" + destination + "\"");
        }
        List<AwkValue> values = new ArrayList<>();
        for (AwkNode.Expr e : p.args()) {
            values.add(eval.value(e));
        }
        String text;
        if (p.formatted()) {
            text = eval.format("printf", values, destination, p.redirect(), p.line());
        } else if (values.isEmpty()) {
            text = recordText() + special("ORS");
        } else {
            StringBuilder line = new StringBuilder();
            String ofmt = special("OFMT");
            for (int i = 0; i < values.size(); i++) {
                line.append(i == 0 ? "" : special("OFS")).append(values.get(i).str(dialect, ofmt));
            }
            text = line.append(special("ORS")).toString();
        }
        write(destination, p.redirect(), text);
    }
}
