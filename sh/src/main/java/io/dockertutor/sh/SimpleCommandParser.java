package io.dockertutor.sh;

import io.dockertutor.sh.Ast.HereDoc;
import io.dockertutor.sh.Ast.Literal;
import io.dockertutor.sh.Ast.Part;
import io.dockertutor.sh.Ast.Quoted;
import io.dockertutor.sh.Ast.Redirect;
import io.dockertutor.sh.Ast.RedirectOp;
import io.dockertutor.sh.Ast.Assignment;
import io.dockertutor.sh.Ast.SimpleCommand;
import io.dockertutor.sh.Ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a simple command at the {@link ShellParser}'s position: assignments, words and redirections ({@code 2>&1},
 * {@code >> log}, {@code <<'EOF'}, {@code <<< word}); a here-document's body is read later by the parser, when
 * its line ends.
 */
final class SimpleCommandParser {
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    private final ShellParser p;

    SimpleCommandParser(ShellParser p) {
        this.p = p;
    }

    SimpleCommand parseSimple() throws ShellSyntaxException {
        List<Assignment> assignments = new ArrayList<>();
        List<Word> argv = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            p.skipBlanks();
            if (p.eof()) {
                break;
            }
            char c = p.peek();
            if (p.startsWith("&>")) {
                redirects.add(parseRedirect());
                continue;
            }
            if (c == '\n' || c == ';' || c == '&' || c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                throw ShellSyntaxException.unexpected("(");
            }
            if (c == '#') {
                p.skipComment();
                continue;
            }
            if (isRedirectStart()) {
                redirects.add(parseRedirect());
                continue;
            }
            Word w = p.words().parseWord();
            Assignment a = argv.isEmpty() ? asAssignment(w) : null;
            if (a != null) {
                assignments.add(a);
            } else {
                argv.add(w);
            }
        }
        if (assignments.isEmpty() && argv.isEmpty() && redirects.isEmpty()) {
            throw ShellSyntaxException.unexpected(p.tokenAt());
        }
        return new SimpleCommand(List.copyOf(assignments), List.copyOf(argv), List.copyOf(redirects));
    }

    private static Assignment asAssignment(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Literal lit) || !ASSIGNMENT.matcher(lit.text()).matches()) {
            return null;
        }
        int eq = lit.text().indexOf('=');
        List<Part> value = new ArrayList<>();
        if (eq + 1 < lit.text().length()) {
            value.add(new Literal(lit.text().substring(eq + 1)));
        }
        value.addAll(w.parts().subList(1, w.parts().size()));
        return new Assignment(lit.text().substring(0, eq), new Word(List.copyOf(value)));
    }

    boolean isRedirectStart() {
        int i = p.pos;
        while (i < p.src.length() && Character.isDigit(p.src.charAt(i))) {
            i++;
        }
        return i < p.src.length() && (p.src.charAt(i) == '<' || p.src.charAt(i) == '>');
    }

    Redirect parseRedirect() throws ShellSyntaxException {
        int fd = -1;
        int start = p.pos;
        while (Character.isDigit(p.peek())) {
            p.pos++;
        }
        if (p.pos > start) {
            fd = Integer.parseInt(p.src.substring(start, Math.min(p.pos, start + 6)));
        }
        RedirectOp op;
        if (p.startsWith("&>>")) {
            op = RedirectOp.BOTH_APPEND;
            p.pos += 3;
        } else if (p.startsWith("&>")) {
            op = RedirectOp.BOTH;
            p.pos += 2;
        } else if (p.startsWith(">>")) {
            op = RedirectOp.APPEND;
            p.pos += 2;
        } else if (p.startsWith(">&")) {
            op = RedirectOp.DUP_OUT;
            p.pos += 2;
        } else if (p.startsWith(">|")) {
            op = RedirectOp.OUT;
            p.pos += 2;
        } else if (p.startsWith(">")) {
            op = RedirectOp.OUT;
            p.pos += 1;
        } else if (p.startsWith("<<<")) {
            p.pos += 3;
            return hereString(fd);
        } else if (p.startsWith("<<")) {
            p.pos += 2;
            return parseHeredocOperator(fd);
        } else if (p.startsWith("<&")) {
            op = RedirectOp.DUP_OUT;
            p.pos += 2;
        } else {
            op = RedirectOp.IN;
            p.pos += 1;
        }
        Word target = redirectTarget();
        if (op == RedirectOp.DUP_OUT) {
            String text = WordParser.rawText(target);
            if (text.matches("[0-9]{1,6}")) {
                return new Redirect(fd < 0 ? 1 : fd, op, target, Integer.parseInt(text), null);
            }
            op = RedirectOp.BOTH; // bash reads ">&file" as "&>file"
        }
        int defaultFd = op == RedirectOp.IN ? 0 : 1;
        return new Redirect(fd < 0 ? defaultFd : fd, op, target, -1, null);
    }

    private Word redirectTarget() throws ShellSyntaxException {
        p.skipBlanks();
        if (p.eof()) {
            throw ShellSyntaxException.unexpected("newline");
        }
        char c = p.peek();
        if (c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')') {
            throw ShellSyntaxException.unexpected(p.tokenAt());
        }
        return p.words().parseWord();
    }

    private Redirect hereString(int fd) throws ShellSyntaxException {
        Word w = redirectTarget();
        List<Part> parts = new ArrayList<>(w.parts());
        parts.add(new Quoted("\n"));
        HereDoc doc = new HereDoc("", false, true);
        doc.body(new Word(List.copyOf(parts)));
        return new Redirect(fd < 0 ? 0 : fd, RedirectOp.HEREDOC, null, -1, doc);
    }

    private Redirect parseHeredocOperator(int fd) throws ShellSyntaxException {
        boolean strip = false;
        if (!p.eof() && p.peek() == '-') {
            strip = true;
            p.pos++;
        }
        Word delimWord = redirectTarget();
        boolean quoted = delimWord.parts().stream().anyMatch(p -> !(p instanceof Literal));
        HereDoc doc = new HereDoc(WordParser.rawText(delimWord), strip, !quoted);
        p.awaitBody(doc);
        return new Redirect(fd < 0 ? 0 : fd, RedirectOp.HEREDOC, null, -1, doc);
    }

}
