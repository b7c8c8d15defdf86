package io.dockertutor.gotext;

import io.dockertutor.gotext.Node.*;
import io.dockertutor.gotext.TemplateFunction.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expression evaluation of Go's text/template exec.go: pipelines, commands, field chains, function
 * calls and argument conversion, with Go's error texts and error positions.
 */
abstract class Evaluator extends TemplateState {
    private final Map<String, TemplateFunction> funcs;
    private final boolean missingKeyError;

    Evaluator(String name, String text, Map<String, TemplateFunction> funcs, boolean missingKeyError) {
        super(name, text);
        this.funcs = funcs;
        this.missingKeyError = missingKeyError;
    }

    // --- pipelines and commands -----------------------------------------------------

    final Object evalPipeline(Object dot, PipeNode pipe) {
        if (pipe == null) {
            return null;
        }
        at(pipe);
        Object value = MISSING;
        for (CommandNode cmd : pipe.cmds()) {
            value = Static.unwrap(evalCommand(dot, cmd, value));
        }
        for (VariableNode v : pipe.decl()) {
            if (pipe.isAssign()) {
                setVar(v.ident().get(0), value);
            } else {
                vars.add(new Variable(v.ident().get(0), value));
            }
        }
        return value;
    }

    private void notAFunction(List<Node> args, Object fin) {
        if (args.size() > 1 || fin != MISSING) {
            errorf("can't give argument to non-function " + args.get(0));
        }
    }

    private Object evalCommand(Object dot, CommandNode cmd, Object fin) {
        Node first = cmd.args().get(0);
        if (first instanceof FieldNode f) {
            return evalFieldNode(dot, f, cmd.args(), fin);
        } else if (first instanceof ChainNode c) {
            return evalChainNode(dot, c, cmd.args(), fin);
        } else if (first instanceof IdentifierNode id) {
            return evalFunction(dot, id, cmd, cmd.args(), fin);
        } else if (first instanceof PipeNode p) {
            notAFunction(cmd.args(), fin);
            return evalPipeline(dot, p);
        } else if (first instanceof VariableNode v) {
            return evalVariableNode(dot, v, cmd.args(), fin);
        }
        at(first);
        notAFunction(cmd.args(), fin);
        if (first instanceof BoolNode b) {
            return b.value();
        } else if (first instanceof DotNode) {
            return dot;
        } else if (first instanceof NilNode) {
            errorf("nil is not a command");
        } else if (first instanceof NumberNode n) {
            return idealConstant(n);
        } else if (first instanceof StringNode s) {
            return s.text();
        }
        errorf("can't evaluate command " + GoQuote.quote(first.toString()));
        return null;
    }

    private Object idealConstant(NumberNode c) {
        at(c);
        String t = c.text();
        boolean hexInt = t.length() > 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')
                && !t.matches(".*[pP].*");
        boolean runeInt = t.startsWith("'");
        if (c.isFloat() && !hexInt && !runeInt && t.matches(".*[.eEpP].*")) {
            return c.float64();
        }
        if (c.isInt()) {
            long v = c.int64();
            return v == (int) v ? (Object) (int) v : (Object) v;
        }
        if (c.isUint()) {
            errorf(t + " overflows int");
        }
        return null;
    }

    private Object evalFieldNode(Object dot, FieldNode f, List<Node> args, Object fin) {
        at(f);
        return evalFieldChain(dot, dot, f, f.ident(), args, fin);
    }

    private Object evalChainNode(Object dot, ChainNode chain, List<Node> args, Object fin) {
        at(chain);
        if (chain.node() instanceof NilNode) {
            errorf("indirection through explicit nil in " + chain);
        }
        Object pipe = evalArg(dot, null, chain.node());
        return evalFieldChain(dot, pipe, chain, chain.field(), args, fin);
    }

    private Object evalVariableNode(Object dot, VariableNode v, List<Node> args, Object fin) {
        at(v);
        Object value = varValue(v.ident().get(0));
        if (v.ident().size() == 1) {
            notAFunction(args == null ? List.of(v) : args, fin);
            return value;
        }
        return evalFieldChain(dot, value, v, v.ident().subList(1, v.ident().size()), args, fin);
    }

    private Object evalFieldChain(Object dot, Object receiver, Node n, List<String> ident, List<Node> args, Object fin) {
        int last = ident.size() - 1;
        for (int i = 0; i < last; i++) {
            receiver = evalField(dot, ident.get(i), n, null, MISSING, receiver);
        }
        return evalField(dot, ident.get(last), n, args, fin, receiver);
    }

    private Object evalFunction(Object dot, IdentifierNode id, Node cmd, List<Node> args, Object fin) {
        at(id);
        TemplateFunction fn = funcs.get(id.ident());
        if (fn == null) {
            errorf(GoQuote.quote(id.ident()) + " is not a defined function");
        }
        boolean andOr = fn == TemplateFunctions.AND || fn == TemplateFunctions.OR;
        return evalCall(dot, fn, andOr, cmd, id.ident(), args, fin);
    }

    private Object evalField(Object dot, String field, Node n, List<Node> args, Object fin, Object receiver) {
        if (receiver == null) {
            if (missingKeyError) {
                errorf("nil data; no entry for key " + GoQuote.quote(field));
            }
            return null;
        }
        String typ = receiver instanceof Static s ? s.goType() : GoValues.typeName(receiver);
        Object value = Static.unwrap(receiver);
        if (value == null || value instanceof TypedNil tn && !tn.isMap() && !tn.isSlice()) {
            errorf("nil pointer evaluating " + typ + "." + field);
        }
        boolean hasArgs = (args != null && args.size() > 1) || fin != MISSING;
        if (value instanceof TemplateObject o) {
            TemplateFunction method = o.method(field);
            if (method != null) {
                return evalCall(dot, method, false, n, field, args, fin);
            }
            if (o.hasField(field)) {
                if (hasArgs) {
                    errorf(field + " has arguments but cannot be invoked as function");
                }
                Object v = o.field(field);
                String declared = o.fieldGoType(field);
                return declared == null ? v : new Static(v, declared);
            }
        } else if (value instanceof NamedKeyMap) {
            // reflect: a string field name is not assignable to a named key type such as nat.Port.
            errorf("can't evaluate field " + field + " in type " + typ);
        } else if (value instanceof Map<?, ?> || value instanceof TypedNil tn && tn.isMap()) {
            if (hasArgs) {
                errorf(field + " is not a method but has arguments");
            }
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
            if (!map.containsKey(field)) {
                if (missingKeyError) {
                    errorf("map has no entry for key " + GoQuote.quote(field));
                }
                return null;
            }
            Object v = map.get(field);
            return GoValues.typeName(map).equals("map[string]string") ? v : Static.iface(v);
        }
        errorf("can't evaluate field " + field + " in type " + typ);
        return null;
    }

    // --- calls -------------------------------------------------------------------------

    private Object evalCall(Object dot, TemplateFunction fn, boolean andOr, Node n, String fname, List<Node> args,
                            Object fin) {
        List<Node> actual = args == null ? List.of() : args.subList(1, args.size());
        List<Param> params = fn.params();
        int numIn = actual.size() + (fin != MISSING ? 1 : 0);
        int numFixed = actual.size();
        if (fn.variadic()) {
            numFixed = params.size() - 1;
            if (numIn < numFixed) {
                errorf("wrong number of args for " + fname + ": want at least " + numFixed + " got " + actual.size());
            }
        } else if (numIn != params.size()) {
            errorf("wrong number of args for " + fname + ": want " + params.size() + " got " + numIn);
        }
        if (andOr) {
            Object v = null;
            for (Node arg : actual) {
                v = evalArg(dot, Param.VALUE, arg);
                if (GoValues.isTrue(v) == (fn == TemplateFunctions.OR)) {
                    return v;
                }
            }
            return fin != MISSING ? validateType(fin, Param.VALUE) : v;
        }
        List<Object> argv = new ArrayList<>(numIn);
        int i = 0;
        for (; i < numFixed && i < actual.size(); i++) {
            argv.add(evalArg(dot, params.get(i), actual.get(i)));
        }
        if (fn.variadic()) {
            Param elem = params.get(params.size() - 1);
            for (; i < actual.size(); i++) {
                argv.add(evalArg(dot, elem, actual.get(i)));
            }
        }
        if (fin != MISSING) {
            Param t = params.get(params.size() - 1);
            if (fn.variadic() && numIn - 1 < numFixed) {
                t = params.get(numIn - 1);
            }
            argv.add(validateType(fin, t));
        }
        try {
            Object result = fn.body().call(argv);
            if (result instanceof String s) {
                // A value grown past the limit (html of html of a wide printf) stops here, before the next call
                // multiplies it again.
                FormatOutputLimit.check(s.length());
            }
            return result;
        } catch (TemplateFunction.Failure e) {
            at(n);
            errorf("error calling " + fname + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean canBeNil(Param typ) {
        return typ == null || typ == Param.VALUE || typ == Param.INTERFACE || typ == Param.STRING_SLICE;
    }

    private Object validateType(Object value, Param typ) {
        if (value == null) {
            if (canBeNil(typ)) {
                return null;
            }
            errorf("invalid value; expected " + typ.goName);
        }
        if (typ == null || typ == Param.VALUE || typ == Param.INTERFACE) {
            return Static.unwrap(value);
        }
        Object v = value instanceof Static s && s.value() != null ? s.value() : value;
        boolean ok = switch (typ) {
            case STRING -> v instanceof String;
            case INT -> v instanceof Integer;
            case BOOL -> v instanceof Boolean;
            case STRING_SLICE -> v instanceof List<?> l && l.stream().allMatch(e -> e instanceof String)
                    || v instanceof TypedNil tn && tn.goTypeName().equals("[]string");
            default -> true;
        };
        if (!ok) {
            String got = value instanceof Static s && s.value() == null ? s.goType() : GoValues.typeName(v);
            errorf("wrong type for value; expected " + typ.goName + "; got " + got);
        }
        return v instanceof TypedNil ? null : v;
    }

    private Object evalArg(Object dot, Param typ, Node n) {
        at(n);
        if (n instanceof DotNode) {
            return validateType(dot, typ);
        } else if (n instanceof NilNode) {
            if (canBeNil(typ)) {
                return null;
            }
            errorf("cannot assign nil to " + typ.goName);
        } else if (n instanceof FieldNode f) {
            return validateType(evalFieldNode(dot, f, List.of(n), MISSING), typ);
        } else if (n instanceof VariableNode v) {
            return validateType(evalVariableNode(dot, v, null, MISSING), typ);
        } else if (n instanceof PipeNode p) {
            return validateType(evalPipeline(dot, p), typ);
        } else if (n instanceof IdentifierNode id) {
            return validateType(evalFunction(dot, id, id, null, MISSING), typ);
        } else if (n instanceof ChainNode c) {
            return validateType(evalChainNode(dot, c, null, MISSING), typ);
        }
        if (typ == null || typ == Param.VALUE || typ == Param.INTERFACE) {
            return evalEmptyInterface(n);
        }
        switch (typ) {
            case BOOL:
                if (n instanceof BoolNode b) {
                    return b.value();
                }
                errorf("expected bool; found " + n);
                return null;
            case INT:
                if (n instanceof NumberNode num && num.isInt()) {
                    return (int) num.int64();
                }
                errorf("expected integer; found " + n);
                return null;
            case STRING:
                if (n instanceof StringNode s) {
                    return s.text();
                }
                errorf("expected string; found " + n);
                return null;
            default:
                errorf("can't handle " + n + " for arg of type " + typ.goName);
                return null;
        }
    }

    private Object evalEmptyInterface(Node n) {
        at(n);
        if (n instanceof BoolNode b) {
            return b.value();
        } else if (n instanceof NumberNode num) {
            return idealConstant(num);
        } else if (n instanceof StringNode s) {
            return s.text();
        }
        errorf("can't handle assignment of " + n + " to empty interface argument");
        return null;
    }
}
