package io.dockertutor.sh;

import io.dockertutor.sh.Ast.AndOr;
import io.dockertutor.sh.Ast.Assignment;
import io.dockertutor.sh.Ast.HereDoc;
import io.dockertutor.sh.Ast.Literal;
import io.dockertutor.sh.Ast.Part;
import io.dockertutor.sh.Ast.Pipeline;
import io.dockertutor.sh.Ast.Quoted;
import io.dockertutor.sh.Ast.Redirect;
import io.dockertutor.sh.Ast.RedirectOp;
import io.dockertutor.sh.Ast.Script;
import io.dockertutor.sh.Ast.SimpleCommand;
import io.dockertutor.sh.Ast.Word;
import io.dockertutor.sh.ShellSyntaxException.Incomplete;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for the bash subset, reading characters directly because bash's tokens depend on
 * context (quotes, {@code $(...)}, here-documents). Words are parsed by {@link WordParser}.
 */
final class Parser {
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    final String src;
    int pos;
    private final List<HereDoc> pending = new ArrayList<>();
    private boolean heredocAtEof;
    private final WordParser words = new WordParser(this);

    WordParser words() {
        return words;
    }

    Parser(String src) {
        this.src = src;
    }

    /** The result of a whole parse: the script, and whether a here-document still waits for its terminator. */
    record Parsed(Script script, boolean heredocPending) {
    }

    static Parsed parse(String text) throws ShellSyntaxException {
        Parser p = new Parser(text);
        Script s = p.parseScript(false);
        if (!p.pending.isEmpty()) {
            p.heredocAtEof = true;
        }
        return new Parsed(s, p.heredocAtEof);
    }

    boolean eof() {
        return pos >= src.length();
    }

    char peek() {
        return src.charAt(pos);
    }

    char peekAt(int offset) {
        int i = pos + offset;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    boolean startsWith(String s) {
        return src.startsWith(s, pos);
    }

    Script parseScript(boolean inSubst) throws ShellSyntaxException {
        List<AndOr> items = new ArrayList<>();
        while (true) {
            skipSeparatingWhitespace();
            if (eof()) {
                if (inSubst) {
                    throw ShellSyntaxException.endOfFile(Incomplete.QUOTE);
                }
                break;
            }
            char c = peek();
            if (c == ')') {
                if (inSubst) {
                    break;
                }
                throw ShellSyntaxException.unexpected(")");
            }
            if (c == ';' || c == '&' || c == '|') {
                throw ShellSyntaxException.unexpected(tokenAt());
            }
            items.add(parseAndOr());
            skipBlanks();
            if (eof()) {
                continue;
            }
            c = peek();
            if (c == ';') {
                if (peekAt(1) == ';') {
                    throw ShellSyntaxException.unexpected(";;");
                }
                pos++;
            } else if (c == '&' && peekAt(1) != '&') {
                pos++; // no job control: a background command simply runs in the foreground
            } else if (c != '\n' && c != '#' && c != ')') {
                throw ShellSyntaxException.unexpected(tokenAt());
            }
        }
        return new Script(List.copyOf(items));
    }

    private AndOr parseAndOr() throws ShellSyntaxException {
        List<Pipeline> pipelines = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        pipelines.add(parsePipeline());
        while (true) {
            skipBlanks();
            if (!startsWith("&&") && !startsWith("||")) {
                break;
            }
            ops.add(src.substring(pos, pos + 2));
            pos += 2;
            skipAfterOperator();
            pipelines.add(parsePipeline());
        }
        return new AndOr(List.copyOf(pipelines), List.copyOf(ops));
    }

    private Pipeline parsePipeline() throws ShellSyntaxException {
        List<SimpleCommand> commands = new ArrayList<>();
        commands.add(parseSimple());
        while (true) {
            skipBlanks();
            if (eof() || peek() != '|' || peekAt(1) == '|') {
                break;
            }
            pos++;
            skipAfterOperator();
            commands.add(parseSimple());
        }
        return new Pipeline(List.copyOf(commands));
    }

    /** After {@code &&}, {@code ||} or {@code |} bash reads on past newlines; end of input means "more to come". */
    private void skipAfterOperator() throws ShellSyntaxException {
        skipSeparatingWhitespace();
        if (eof()) {
            throw ShellSyntaxException.endOfFile(Incomplete.OPERATOR);
        }
    }

    private SimpleCommand parseSimple() throws ShellSyntaxException {
        List<Assignment> assignments = new ArrayList<>();
        List<Word> argv = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (eof()) {
                break;
            }
            char c = peek();
            if (startsWith("&>")) {
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
                skipComment();
                continue;
            }
            if (isRedirectStart()) {
                redirects.add(parseRedirect());
                continue;
            }
            Word w = words.parseWord();
            Assignment a = argv.isEmpty() ? asAssignment(w) : null;
            if (a != null) {
                assignments.add(a);
            } else {
                argv.add(w);
            }
        }
        if (assignments.isEmpty() && argv.isEmpty() && redirects.isEmpty()) {
            throw ShellSyntaxException.unexpected(tokenAt());
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

    private boolean isRedirectStart() {
        int i = pos;
        while (i < src.length() && Character.isDigit(src.charAt(i))) {
            i++;
        }
        return i < src.length() && (src.charAt(i) == '<' || src.charAt(i) == '>');
    }

    private Redirect parseRedirect() throws ShellSyntaxException {
        int fd = -1;
        int start = pos;
        while (Character.isDigit(peek())) {
            pos++;
        }
        if (pos > start) {
            fd = Integer.parseInt(src.substring(start, Math.min(pos, start + 6)));
        }
        RedirectOp op;
        if (startsWith("&>>")) {
            op = RedirectOp.BOTH_APPEND;
            pos += 3;
        } else if (startsWith("&>")) {
            op = RedirectOp.BOTH;
            pos += 2;
        } else if (startsWith(">>")) {
            op = RedirectOp.APPEND;
            pos += 2;
        } else if (startsWith(">&")) {
            op = RedirectOp.DUP_OUT;
            pos += 2;
        } else if (startsWith(">|")) {
            op = RedirectOp.OUT;
            pos += 2;
        } else if (startsWith(">")) {
            op = RedirectOp.OUT;
            pos += 1;
        } else if (startsWith("<<<")) {
            pos += 3;
            return hereString(fd);
        } else if (startsWith("<<")) {
            pos += 2;
            return parseHeredocOperator(fd);
        } else if (startsWith("<&")) {
            op = RedirectOp.DUP_OUT;
            pos += 2;
        } else {
            op = RedirectOp.IN;
            pos += 1;
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
        skipBlanks();
        if (eof()) {
            throw ShellSyntaxException.unexpected("newline");
        }
        char c = peek();
        if (c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')') {
            throw ShellSyntaxException.unexpected(tokenAt());
        }
        return words.parseWord();
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
        if (!eof() && peek() == '-') {
            strip = true;
            pos++;
        }
        Word delimWord = redirectTarget();
        boolean quoted = delimWord.parts().stream().anyMatch(p -> !(p instanceof Literal));
        HereDoc doc = new HereDoc(WordParser.rawText(delimWord), strip, !quoted);
        pending.add(doc);
        return new Redirect(fd < 0 ? 0 : fd, RedirectOp.HEREDOC, null, -1, doc);
    }

    /** Reads the bodies of here-documents whose operator was on the line that just ended. */
    private void readHeredocBodies() throws ShellSyntaxException {
        for (HereDoc doc : pending) {
            StringBuilder body = new StringBuilder();
            boolean terminated = false;
            while (!eof()) {
                int nl = src.indexOf('\n', pos);
                String line = nl < 0 ? src.substring(pos) : src.substring(pos, nl);
                pos = nl < 0 ? src.length() : nl + 1;
                if (doc.stripTabs()) {
                    line = line.replaceFirst("^\t+", "");
                }
                if (line.equals(doc.delimiter())) {
                    terminated = true;
                    break;
                }
                body.append(line).append('\n');
            }
            if (!terminated) {
                heredocAtEof = true;
            }
            String text = body.toString();
            doc.body(doc.expand() ? WordParser.parseHeredocBody(text) : new Word(List.of(new Quoted(text))));
        }
        pending.clear();
    }

    void skipBlanks() {
        while (!eof()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && peekAt(1) == '\n') {
                pos += 2;
            } else {
                break;
            }
        }
    }

    private void skipSeparatingWhitespace() throws ShellSyntaxException {
        while (true) {
            skipBlanks();
            if (eof()) {
                return;
            }
            char c = peek();
            if (c == '#') {
                skipComment();
            } else if (c == '\n') {
                pos++;
                readHeredocBodies();
            } else {
                return;
            }
        }
    }

    private void skipComment() {
        int nl = src.indexOf('\n', pos);
        pos = nl < 0 ? src.length() : nl;
    }

    /** The token bash would name in "syntax error near unexpected token". */
    String tokenAt() {
        if (eof()) {
            return "newline";
        }
        for (String op : new String[] {"&&", "||", ";;", ">>", "<<", "&>"}) {
            if (startsWith(op)) {
                return op;
            }
        }
        char c = peek();
        return c == '\n' ? "newline" : String.valueOf(c);
    }
}
