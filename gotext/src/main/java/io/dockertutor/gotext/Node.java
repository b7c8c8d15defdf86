package io.dockertutor.gotext;

import java.util.List;

/**
 * The parse tree of a Go template, one record per Go {@code parse.Node} type. {@code toString()} renders
 * a node the way Go's {@code Node.String()} does, because execution errors quote it ({@code at <.Nope>}).
 */
sealed interface Node {
    /** Char offset in the template source (Go uses a byte offset; errors convert). */
    int pos();

    record ListNode(int pos, List<Node> nodes) implements Node {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            nodes.forEach(sb::append);
            return sb.toString();
        }
    }

    record TextNode(int pos, String text) implements Node {
        @Override
        public String toString() {
            return GoQuote.quote(text);
        }
    }

    record ActionNode(int pos, int line, PipeNode pipe) implements Node {
        @Override
        public String toString() {
            return "{{" + pipe + "}}";
        }
    }

    record PipeNode(int pos, int line, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds) implements Node {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (!decl.isEmpty()) {
                for (int i = 0; i < decl.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(decl.get(i));
                }
                sb.append(" := ");
            }
            for (int i = 0; i < cmds.size(); i++) {
                sb.append(i > 0 ? " | " : "").append(cmds.get(i));
            }
            return sb.toString();
        }
    }

    record CommandNode(int pos, List<Node> args) implements Node {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                sb.append(i > 0 ? " " : "");
                Node arg = args.get(i);
                sb.append(arg instanceof PipeNode ? "(" + arg + ")" : arg.toString());
            }
            return sb.toString();
        }
    }

    record IdentifierNode(int pos, String ident) implements Node {
        @Override
        public String toString() {
            return ident;
        }
    }

    record VariableNode(int pos, List<String> ident) implements Node {
        @Override
        public String toString() {
            return String.join(".", ident);
        }
    }

    record DotNode(int pos) implements Node {
        @Override
        public String toString() {
            return ".";
        }
    }

    record NilNode(int pos) implements Node {
        @Override
        public String toString() {
            return "nil";
        }
    }

    record FieldNode(int pos, List<String> ident) implements Node {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            ident.forEach(id -> sb.append('.').append(id));
            return sb.toString();
        }
    }

    record ChainNode(int pos, Node node, List<String> field) implements Node {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(node instanceof PipeNode ? "(" + node + ")" : node.toString());
            field.forEach(f -> sb.append('.').append(f));
            return sb.toString();
        }
    }

    record BoolNode(int pos, boolean value) implements Node {
        @Override
        public String toString() {
            return value ? "true" : "false";
        }
    }

    /** A number literal with Go's "ideal constant" views: which of int/uint/float it can be. */
    record NumberNode(int pos, String text, boolean isInt, boolean isUint, boolean isFloat, long int64, double float64)
            implements Node {
        @Override
        public String toString() {
            return text;
        }
    }

    record StringNode(int pos, String quoted, String text) implements Node {
        @Override
        public String toString() {
            return quoted;
        }
    }

    record EndNode(int pos) implements Node {
        @Override
        public String toString() {
            return "{{end}}";
        }
    }

    record ElseNode(int pos, int line) implements Node {
        @Override
        public String toString() {
            return "{{else}}";
        }
    }

    record BreakNode(int pos) implements Node {
        @Override
        public String toString() {
            return "{{break}}";
        }
    }

    record ContinueNode(int pos) implements Node {
        @Override
        public String toString() {
            return "{{continue}}";
        }
    }

    /** {{if}}, {{range}} and {{with}}: Go's BranchNode. */
    record BranchNode(String keyword, int pos, int line, PipeNode pipe, ListNode list, ListNode elseList) implements Node {
        @Override
        public String toString() {
            return "{{" + keyword + " " + pipe + "}}" + list + (elseList == null ? "" : "{{else}}" + elseList) + "{{end}}";
        }
    }

    record TemplateNode(int pos, int line, String name, PipeNode pipe) implements Node {
        @Override
        public String toString() {
            return "{{template " + GoQuote.quote(name) + (pipe == null ? "" : " " + pipe) + "}}";
        }
    }
}
