package io.dockertutor.gotext;

import io.dockertutor.gotext.Node.*;
import io.dockertutor.gotext.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operand half of Go's text/template/parse parser (parse.go's command, operand, term and useVar): what stands
 * between pipes. {@link TemplateParser} adds actions, pipelines and control structures on top.
 */
abstract class OperandParser extends TokenStream {
    private final Set<String> functions;
    /** Variables in scope, innermost last; {@code $} always. */
    List<String> vars = new ArrayList<>(List.of("$"));

    OperandParser(String name, List<Token> items, Set<String> functions) {
        super(name, items);
        this.functions = functions;
    }

    /** A parenthesized or top-level pipeline; defined by the full parser. */
    abstract PipeNode pipeline(String context, Kind end);

    final CommandNode command() {
        List<Node> args = new ArrayList<>();
        int pos = peekNonSpace().pos();
        while (true) {
            peekNonSpace();
            Node operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Token t = next();
            if (t.kind() == Kind.SPACE) {
                continue;
            }
            if (t.kind() == Kind.RIGHT_DELIM || t.kind() == Kind.RIGHT_PAREN) {
                backup();
            } else if (t.kind() != Kind.PIPE) {
                unexpected(t, "operand");
            }
            break;
        }
        if (args.isEmpty()) {
            errorf("empty command");
        }
        return new CommandNode(pos, args);
    }

    private Node operand() {
        Node node = term();
        if (node == null || peek().kind() != Kind.FIELD) {
            return node;
        }
        int chainPos = peek().pos();
        List<String> fields = new ArrayList<>();
        while (peek().kind() == Kind.FIELD) {
            fields.add(next().val().substring(1));
        }
        if (node instanceof FieldNode f) {
            List<String> all = new ArrayList<>(f.ident());
            all.addAll(fields);
            return new FieldNode(chainPos, all);
        }
        if (node instanceof VariableNode v) {
            List<String> all = new ArrayList<>(v.ident());
            all.addAll(fields);
            return new VariableNode(chainPos, all);
        }
        if (node instanceof BoolNode || node instanceof StringNode || node instanceof NumberNode
                || node instanceof NilNode || node instanceof DotNode) {
            errorf("unexpected . after term " + GoQuote.quote(node.toString()));
        }
        return new ChainNode(chainPos, node, fields);
    }

    private Node term() {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case IDENTIFIER:
                if (!functions.contains(t.val())) {
                    errorf("function " + GoQuote.quote(t.val()) + " not defined");
                }
                return new IdentifierNode(t.pos(), t.val());
            case DOT:
                return new DotNode(t.pos());
            case NIL:
                return new NilNode(t.pos());
            case VARIABLE:
                return useVar(t.pos(), t.val());
            case FIELD:
                return new FieldNode(t.pos(), List.of(t.val().substring(1)));
            case BOOL:
                return new BoolNode(t.pos(), t.val().equals("true"));
            case CHAR_CONSTANT, COMPLEX, NUMBER:
                return number(t);
            case LEFT_PAREN:
                return pipeline("parenthesized pipeline", Kind.RIGHT_PAREN);
            case STRING, RAW_STRING:
                return new StringNode(t.pos(), t.val(), unquote(t.val()));
            default:
                backup();
                return null;
        }
    }

    private Node useVar(int pos, String varName) {
        List<String> ident = List.of(varName.split("\\.", -1));
        if (!vars.contains(ident.get(0))) {
            errorf("undefined variable " + GoQuote.quote(ident.get(0)));
        }
        return new VariableNode(pos, ident);
    }
}
