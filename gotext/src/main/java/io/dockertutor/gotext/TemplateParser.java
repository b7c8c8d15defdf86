package io.dockertutor.gotext;

import io.dockertutor.gotext.Node.*;
import io.dockertutor.gotext.Token.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A port of Go's text/template/parse parser (parse.go), including its three-token lookahead, so that
 * parse errors carry the same line numbers and wording as Go's.
 */
final class TemplateParser extends OperandParser {
    private final Map<String, ListNode> defined;
    private int rangeDepth;

    private TemplateParser(String name, List<Token> items, Set<String> functions, Map<String, ListNode> defined) {
        super(name, items, functions);
        this.defined = defined;
    }

    /** Parses {@code text}; the main tree is stored under {@code name} in the returned map, with any {{define}}s. */
    static Map<String, ListNode> parse(String name, String text, Set<String> functions) throws TemplateException {
        Map<String, ListNode> trees = new LinkedHashMap<>();
        TemplateParser p = new TemplateParser(name, Lexer.lex(text), functions, trees);
        try {
            ListNode root = p.parseRoot();
            ListNode old = trees.get(name);
            if (old == null || isEmpty(old)) {
                trees.put(name, root);
            } else if (!isEmpty(root)) {
                p.errorf("template: multiple definition of template " + GoQuote.quote(name));
            }
        } catch (Failure f) {
            throw new TemplateException(f.getMessage());
        }
        return trees;
    }

    private static boolean isEmpty(Node n) {
        return n instanceof ListNode l ? l.nodes().stream().allMatch(TemplateParser::isEmpty)
                : n instanceof TextNode t && t.text().isBlank();
    }

    // --- grammar -------------------------------------------------------------

    private ListNode parseRoot() {
        List<Node> nodes = new ArrayList<>();
        int pos = peek().pos();
        while (peek().kind() != Kind.EOF) {
            if (peek().kind() == Kind.LEFT_DELIM) {
                Token delim = next();
                if (nextNonSpace().kind() == Kind.DEFINE) {
                    parseDefinition();
                    continue;
                }
                backup2(delim);
            }
            Node n = textOrAction();
            if (n instanceof EndNode || n instanceof ElseNode) {
                errorf("unexpected " + n);
            }
            nodes.add(n);
        }
        return new ListNode(pos, nodes);
    }

    private void parseDefinition() {
        Token nameToken = nextNonSpace();
        if (nameToken.kind() != Kind.STRING && nameToken.kind() != Kind.RAW_STRING) {
            unexpected(nameToken, "define clause");
        }
        String defName = unquote(nameToken.val());
        expect(Kind.RIGHT_DELIM, "define clause");
        List<String> saved = vars;
        vars = new ArrayList<>(List.of("$"));
        Node[] end = new Node[1];
        ListNode body = itemList(end);
        if (!(end[0] instanceof EndNode)) {
            errorf("unexpected " + end[0] + " in define clause");
        }
        vars = saved;
        addTree(defName, body);
    }

    private void addTree(String treeName, ListNode body) {
        ListNode old = defined.get(treeName);
        if (old == null || isEmpty(old)) {
            defined.put(treeName, body);
        } else if (!isEmpty(body)) {
            errorf("template: multiple definition of template " + GoQuote.quote(treeName));
        }
    }

    private ListNode itemList(Node[] next) {
        List<Node> nodes = new ArrayList<>();
        int pos = peekNonSpace().pos();
        while (peekNonSpace().kind() != Kind.EOF) {
            Node n = textOrAction();
            if (n instanceof EndNode || n instanceof ElseNode) {
                next[0] = n;
                return new ListNode(pos, nodes);
            }
            nodes.add(n);
        }
        errorf("unexpected EOF");
        return null;
    }

    private Node textOrAction() {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case TEXT:
                return new TextNode(t.pos(), t.val());
            case LEFT_DELIM:
                actionLine = t.line();
                try {
                    return action();
                } finally {
                    actionLine = 0;
                }
            default:
                unexpected(t, "input");
                return null;
        }
    }

    private Node action() {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case BLOCK:
                return blockControl();
            case BREAK:
                return breakOrContinue(t, "{{break}}", new BreakNode(t.pos()));
            case CONTINUE:
                return breakOrContinue(t, "{{continue}}", new ContinueNode(t.pos()));
            case ELSE:
                return elseControl();
            case END:
                return new EndNode(expect(Kind.RIGHT_DELIM, "end").pos());
            case IF:
                return parseControl("if");
            case RANGE:
                return parseControl("range");
            case TEMPLATE:
                return templateControl();
            case WITH:
                return parseControl("with");
            default:
                backup();
                Token first = peek();
                return new ActionNode(first.pos(), first.line(), pipeline("command", Kind.RIGHT_DELIM));
        }
    }

    private Node breakOrContinue(Token t, String context, Node node) {
        Token next = nextNonSpace();
        if (next.kind() != Kind.RIGHT_DELIM) {
            unexpected(next, context);
        }
        if (rangeDepth == 0) {
            errorf(context + " outside {{range}}");
        }
        return node;
    }

    @Override
    PipeNode pipeline(String context, Kind end) {
        Token first = peekNonSpace();
        List<VariableNode> decl = new ArrayList<>();
        List<CommandNode> cmds = new ArrayList<>();
        boolean isAssign = false;
        decls:
        while (true) {
            Token v = peekNonSpace();
            if (v.kind() != Kind.VARIABLE) {
                break;
            }
            next();
            Token tokenAfterVariable = peek();
            Token nxt = peekNonSpace();
            if (nxt.kind() == Kind.ASSIGN || nxt.kind() == Kind.DECLARE) {
                isAssign = nxt.kind() == Kind.ASSIGN;
                nextNonSpace();
                decl.add(new VariableNode(v.pos(), List.of(v.val())));
                vars.add(v.val());
            } else if (nxt.kind() == Kind.CHAR && nxt.val().equals(",")) {
                nextNonSpace();
                decl.add(new VariableNode(v.pos(), List.of(v.val())));
                vars.add(v.val());
                if (context.equals("range") && decl.size() < 2) {
                    switch (peekNonSpace().kind()) {
                        case VARIABLE, RIGHT_DELIM, RIGHT_PAREN:
                            continue decls;
                        default:
                            errorf("range can only initialize variables");
                    }
                }
                errorf("too many declarations in " + context);
            } else if (tokenAfterVariable.kind() == Kind.SPACE) {
                backup3(v, tokenAfterVariable);
            } else {
                backup2(v);
            }
            break;
        }
        while (true) {
            Token t = nextNonSpace();
            if (t.kind() == end) {
                if (cmds.isEmpty()) {
                    errorf("missing value for " + context);
                }
                for (int i = 1; i < cmds.size(); i++) {
                    Node a = cmds.get(i).args().get(0);
                    if (a instanceof BoolNode || a instanceof DotNode || a instanceof NilNode || a instanceof NumberNode
                            || a instanceof StringNode) {
                        errorf("non executable command in pipeline stage " + (i + 1));
                    }
                }
                return new PipeNode(first.pos(), first.line(), isAssign, decl, cmds);
            }
            switch (t.kind()) {
                case BOOL, CHAR_CONSTANT, COMPLEX, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING, VARIABLE,
                        LEFT_PAREN -> {
                    backup();
                    cmds.add(command());
                }
                default -> unexpected(t, context);
            }
        }
    }

    private BranchNode parseControl(String context) {
        int mark = vars.size();
        try {
            PipeNode pipe = pipeline(context, Kind.RIGHT_DELIM);
            if (context.equals("range")) {
                rangeDepth++;
            }
            Node[] next = new Node[1];
            ListNode list = itemList(next);
            if (context.equals("range")) {
                rangeDepth--;
            }
            ListNode elseList = null;
            if (next[0] instanceof ElseNode) {
                // "else if" since Go 1.0, "else with" since Go 1.23 (docker 28 is built with Go 1.24).
                if (!context.equals("range") && peek().kind() == (context.equals("if") ? Kind.IF : Kind.WITH)) {
                    next();
                    elseList = new ListNode(next[0].pos(), List.of(parseControl(context)));
                } else {
                    elseList = itemList(next);
                    if (!(next[0] instanceof EndNode)) {
                        errorf("expected end; found " + next[0]);
                    }
                }
            }
            return new BranchNode(context, pipe.pos(), pipe.line(), pipe, list, elseList);
        } finally {
            vars.subList(mark, vars.size()).clear();
        }
    }

    private Node elseControl() {
        Token p = peekNonSpace();
        if (p.kind() == Kind.IF || p.kind() == Kind.WITH) {
            return new ElseNode(p.pos(), p.line());
        }
        Token t = expect(Kind.RIGHT_DELIM, "else");
        return new ElseNode(t.pos(), t.line());
    }

    private Node blockControl() {
        Token t = nextNonSpace();
        String blockName = templateName(t, "block clause");
        PipeNode pipe = pipeline("block clause", Kind.RIGHT_DELIM);
        List<String> saved = vars;
        vars = new ArrayList<>(List.of("$"));
        Node[] end = new Node[1];
        ListNode body = itemList(end);
        if (!(end[0] instanceof EndNode)) {
            errorf("unexpected " + end[0] + " in block clause");
        }
        vars = saved;
        addTree(blockName, body);
        return new TemplateNode(t.pos(), t.line(), blockName, pipe);
    }

    private Node templateControl() {
        Token t = nextNonSpace();
        String templateName = templateName(t, "template clause");
        PipeNode pipe = null;
        if (nextNonSpace().kind() != Kind.RIGHT_DELIM) {
            backup();
            pipe = pipeline("template clause", Kind.RIGHT_DELIM);
        }
        return new TemplateNode(t.pos(), t.line(), templateName, pipe);
    }

    private String templateName(Token t, String context) {
        if (t.kind() != Kind.STRING && t.kind() != Kind.RAW_STRING) {
            unexpected(t, context);
        }
        return unquote(t.val());
    }
}
