package io.dockertutor.gotext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The execution state of Go's text/template exec.go (its {@code state} struct): the variable stack, the node being
 * evaluated, and {@code errorf}, which places an error at that node's line and byte column as Go does.
 */
abstract class TemplateState {
    /** Go's missingVal: "no final pipeline value", distinct from nil. */
    static final Object MISSING = new Object();

    record Variable(String name, Object value) {
    }

    static final class ExecFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExecFailure(String message) {
            super(message, null, false, false);
        }
    }

    final String name;
    private final String text;
    final List<Variable> vars = new ArrayList<>();
    private Node node;

    TemplateState(String name, String text) {
        this.name = name;
        this.text = text;
    }

    final void at(Node n) {
        node = n;
    }

    final void pop(int mark) {
        vars.subList(mark, vars.size()).clear();
    }

    final void setTopVar(int n, Object value) {
        Variable v = vars.get(vars.size() - n);
        vars.set(vars.size() - n, new Variable(v.name(), value));
    }

    final void setVar(String varName, Object value) {
        for (int i = vars.size() - 1; i >= 0; i--) {
            if (vars.get(i).name().equals(varName)) {
                vars.set(i, new Variable(varName, value));
                return;
            }
        }
        errorf("undefined variable: " + varName);
    }

    final Object varValue(String varName) {
        for (int i = vars.size() - 1; i >= 0; i--) {
            if (vars.get(i).name().equals(varName)) {
                return vars.get(i).value();
            }
        }
        errorf("undefined variable: " + varName);
        return null;
    }

    /** Go's state.errorf: location is line:byte-column of the current node, context its String(). */
    final void errorf(String message) {
        if (node == null) {
            throw new ExecFailure("template: " + name + ": " + message);
        }
        int pos = Math.min(node.pos(), text.length());
        String before = text.substring(0, pos);
        int nl = before.lastIndexOf('\n');
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int col = before.substring(nl + 1).getBytes(StandardCharsets.UTF_8).length;
        throw new ExecFailure("template: " + name + ":" + line + ":" + col + ": executing " + GoQuote.quote(name)
                + " at <" + node + ">: " + message);
    }
}
