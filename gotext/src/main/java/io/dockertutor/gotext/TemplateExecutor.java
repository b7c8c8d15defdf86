package io.dockertutor.gotext;

import io.dockertutor.gotext.Node.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A port of Go's text/template exec.go walk: control structures, pipelines and output. Expression
 * evaluation (fields, calls, arguments) lives in the {@link Evaluator} base class.
 */
final class TemplateExecutor extends Evaluator {
    private static final RuntimeException BREAK = new ControlFlow();
    private static final RuntimeException CONTINUE = new ControlFlow();
    private static final int MAX_DEPTH = 100000;

    private static final class ControlFlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ControlFlow() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder out;
    private final Map<String, ListNode> trees;
    private int depth;
    private long steps;

    TemplateExecutor(String name, String text, Map<String, ListNode> trees, Map<String, TemplateFunction> funcs,
             boolean missingKeyError, StringBuilder out) {
        super(name, text, funcs, missingKeyError);
        this.trees = trees;
        this.out = out;
    }

    void execute(Object data) throws TemplateException {
        vars.add(new Variable("$", data));
        try {
            walk(data, trees.get(name));
        } catch (ExecFailure f) {
            throw new TemplateException(f.getMessage());
        } catch (StackOverflowError e) {
            throw new TemplateException("template: " + name + ": exceeded maximum template depth (" + MAX_DEPTH + ")");
        }
    }

    private void walk(Object dot, Node node) {
        at(node);
        if (++steps > FormatOutputLimit.MAX_STEPS) {
            throw new FormatOutputLimit(true);
        }
        if (node instanceof ActionNode a) {
            Object val = evalPipeline(dot, a.pipe());
            if (a.pipe().decl().isEmpty()) {
                at(a);
                printValue(val);
            }
        } else if (node instanceof BreakNode) {
            throw BREAK;
        } else if (node instanceof ContinueNode) {
            throw CONTINUE;
        } else if (node instanceof BranchNode b) {
            if (b.keyword().equals("range")) {
                walkRange(dot, b);
            } else {
                walkIfOrWith(b, dot);
            }
        } else if (node instanceof ListNode l) {
            for (Node n : l.nodes()) {
                walk(dot, n);
            }
        } else if (node instanceof TemplateNode t) {
            walkTemplate(dot, t);
        } else if (node instanceof TextNode t) {
            out.append(t.text());
            FormatOutputLimit.check(out.length());
        } else {
            errorf("unknown node: " + node);
        }
    }

    private void printValue(Object val) {
        if (val == null) {
            out.append("<no value>");
        } else if (val instanceof TemplateStruct t && t.printed() != null) {
            // a formatter context: its methods are the fields templates see, fmt prints its real Go fields
            GoFmt.appendV(out, t.printed(), false, 0);
        } else if (val instanceof TemplateObject o && o.goTypeName().startsWith("*")) {
            // text/template's printableValue indirects a pointer before fmt sees it: {{.State}} prints {...}, not &{...}.
            GoFmt.appendV(out, new Indirect(o), false, 0);
        } else {
            GoFmt.appendV(out, val, false, 0);
        }
        FormatOutputLimit.check(out.length());
    }

    private void walkIfOrWith(BranchNode b, Object dot) {
        int mark = vars.size();
        try {
            Object val = evalPipeline(dot, b.pipe());
            if (GoValues.isTrue(val)) {
                walk(b.keyword().equals("with") ? val : dot, b.list());
            } else if (b.elseList() != null) {
                walk(dot, b.elseList());
            }
        } finally {
            pop(mark);
        }
    }

    private void walkRange(Object dot, BranchNode r) {
        at(r);
        int outer = vars.size();
        try {
            Object val = evalPipeline(dot, r.pipe());
            int mark = vars.size();
            boolean ran = false;
            switch (GoValues.kind(val)) {
                case SLICE -> {
                    if (val instanceof List<?> list) {
                        boolean wrap = !GoValues.typeName(list).equals("[]string");
                        for (int i = 0; i < list.size(); i++) {
                            Object elem = wrap ? Static.iface(list.get(i)) : list.get(i);
                            if (oneIteration(r, mark, i, elem)) {
                                break;
                            }
                        }
                        ran = !list.isEmpty();
                    }
                }
                case MAP -> {
                    if (val instanceof Map<?, ?> map) {
                        boolean wrap = !GoValues.typeName(map).equals("map[string]string");
                        for (Object key : GoFmt.sortedKeys(map)) {
                            Object elem = wrap ? Static.iface(map.get(key)) : map.get(key);
                            if (oneIteration(r, mark, key, elem)) {
                                break;
                            }
                        }
                        ran = !map.isEmpty();
                    }
                }
                case INT -> {
                    // Go 1.22 added range over an integer.
                    long n = ((Number) val).longValue();
                    if (!r.pipe().decl().isEmpty() && r.pipe().decl().size() > 1) {
                        errorf("can't use " + GoFmt.v(val) + " to iterate over more than one variable");
                    }
                    for (int i = 0; i < n; i++) {
                        if (oneIterationInt(r, mark, i)) {
                            break;
                        }
                    }
                    ran = n > 0;
                }
                case INVALID -> ran = false;
                default -> errorf("range can't iterate over " + GoFmt.v(val));
            }
            if (!ran && r.elseList() != null) {
                walk(dot, r.elseList());
            }
        } finally {
            pop(outer);
        }
    }

    private boolean oneIterationInt(BranchNode r, int mark, int i) {
        if (!r.pipe().decl().isEmpty()) {
            setTopVar(1, i);
        }
        return body(r, mark, i);
    }

    /** Runs the body once; returns true when {{break}} ended the loop. */
    private boolean oneIteration(BranchNode r, int mark, Object index, Object elem) {
        if (!r.pipe().decl().isEmpty()) {
            setTopVar(1, elem);
        }
        if (r.pipe().decl().size() > 1) {
            setTopVar(2, index);
        }
        return body(r, mark, elem);
    }

    private boolean body(BranchNode r, int mark, Object elem) {
        try {
            walk(elem, r.list());
        } catch (ControlFlow c) {
            if (c == BREAK) {
                return true;
            }
        } finally {
            pop(mark);
        }
        return false;
    }

    private void walkTemplate(Object dot, TemplateNode t) {
        at(t);
        ListNode tree = trees.get(t.name());
        if (tree == null) {
            errorf("template " + GoQuote.quote(t.name()) + " not defined");
        }
        Object newDot = t.pipe() == null ? null : evalPipeline(dot, t.pipe());
        List<Variable> saved = new ArrayList<>(vars);
        vars.clear();
        vars.add(new Variable("$", newDot));
        depth++;
        try {
            walk(newDot, tree);
        } finally {
            depth--;
            vars.clear();
            vars.addAll(saved);
        }
    }

    /** The struct a pointer points to, as printValue hands it to fmt. */
    private record Indirect(TemplateObject target) implements TemplateObject {
        @Override
        public String goTypeName() {
            return target.goTypeName().substring(1);
        }

        @Override
        public java.util.List<String> fieldNames() {
            return target.fieldNames();
        }

        @Override
        public Object field(String name) {
            return target.field(name);
        }
    }
}
