package io.dockertutor.sh;

import io.dockertutor.sh.Ast.CaseClause;
import io.dockertutor.sh.Ast.CaseItem;
import io.dockertutor.sh.Ast.Clause;
import io.dockertutor.sh.Ast.Compound;
import io.dockertutor.sh.Ast.ForClause;
import io.dockertutor.sh.Ast.FunctionDef;
import io.dockertutor.sh.Ast.Group;
import io.dockertutor.sh.Ast.IfClause;
import io.dockertutor.sh.Ast.LoopClause;
import io.dockertutor.sh.Ast.Script;
import io.dockertutor.sh.Ast.Word;
import io.dockertutor.sh.ShellParser.Ender;
import io.dockertutor.sh.ShellSyntaxException.Incomplete;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The compound commands at the {@link ShellParser}'s position: {@code if}, {@code while}, {@code until}, {@code for},
 * {@code case}, <code>{ ...; }</code>, {@code ( ... )} and {@code name() compound}. Their lists are read by the
 * parser, which stops at the closing reserved word; this class reads that word and says which one it wanted.
 */
final class CompoundParser {
    static final Set<String> OPENERS = Set.of("if", "while", "until", "for", "case", "{");

    private final ShellParser p;

    CompoundParser(ShellParser p) {
        this.p = p;
    }

    /** The compound command {@code opener} ({@code if}, {@code (}, ...) begins, with its trailing redirections. */
    Compound parse(String opener) throws ShellSyntaxException {
        p.enter();
        p.pos += opener.length();
        Clause clause = switch (opener) {
            case "if" -> ifClause();
            case "while", "until" -> loop(opener.equals("until"));
            case "for" -> forClause();
            case "case" -> caseClause();
            case "{" -> group();
            default -> subshell();
        };
        p.leave();
        return new Compound(clause, p.trailingRedirects());
    }

    /** After {@code name()}: the body, which must be a compound command. */
    FunctionDef function(String name) throws ShellSyntaxException {
        p.skipSeparatingWhitespace();
        if (p.eof()) {
            throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, null);
        }
        String reserved = p.reservedAt();
        if (p.peek() == '(') {
            return new FunctionDef(name, parse("("));
        }
        if (reserved == null || !OPENERS.contains(reserved)) {
            throw ShellSyntaxException.unexpected(reserved != null ? reserved : p.tokenAt());
        }
        return new FunctionDef(name, parse(reserved));
    }

    private IfClause ifClause() throws ShellSyntaxException {
        List<Script> conditions = new ArrayList<>();
        List<Script> bodies = new ArrayList<>();
        Script otherwise = null;
        conditions.add(list("then"));
        expect("then");
        bodies.add(list("fi", "elif", "else"));
        while (true) {
            String closer = p.reservedAt();
            p.pos += closer.length();
            if (closer.equals("elif")) {
                conditions.add(list("then"));
                expect("then");
                bodies.add(list("fi", "elif", "else"));
            } else if (closer.equals("else")) {
                otherwise = list("fi");
                expect("fi");
                break;
            } else {
                break;
            }
        }
        return new IfClause(List.copyOf(conditions), List.copyOf(bodies), otherwise);
    }

    private LoopClause loop(boolean until) throws ShellSyntaxException {
        Script condition = list("do");
        expect("do");
        Script body = list("done");
        expect("done");
        return new LoopClause(until, condition, body);
    }

    private ForClause forClause() throws ShellSyntaxException {
        p.skipBlanks();
        int start = p.pos;
        while (!p.eof() && " \t\r\n;&|()<>".indexOf(p.peek()) < 0) {
            p.pos++;
        }
        String name = p.src.substring(start, p.pos);
        if (name.isEmpty() && p.eof()) {
            throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, "do");
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ShellSyntaxException(name.isEmpty() ? "syntax error near unexpected token '" + p.tokenAt() + "'"
                    : "'" + name + "': not a valid identifier", Incomplete.NONE);
        }
        p.skipBlanks();
        List<Word> words = null;
        boolean semicolon = !p.eof() && p.peek() == ';';
        if (semicolon) {
            p.pos++;
        }
        p.skipSeparatingWhitespace();
        if (!semicolon && "in".equals(p.reservedAt())) {
            p.pos += 2;
            words = new ArrayList<>();
            while (true) {
                p.skipBlanks();
                if (p.eof()) {
                    throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, "do");
                }
                char c = p.peek();
                if (c == ';' || c == '\n') {
                    p.pos++;
                    break;
                }
                if (c == '#') {
                    p.skipSeparatingWhitespace();
                    break;
                }
                if ("&|()<>".indexOf(c) >= 0) {
                    throw ShellSyntaxException.unexpected(p.tokenAt());
                }
                words.add(p.words().parseWord());
            }
            words = List.copyOf(words);
        }
        expect("do");
        Script body = list("done");
        expect("done");
        return new ForClause(name, words, body);
    }

    private CaseClause caseClause() throws ShellSyntaxException {
        p.skipBlanks();
        if (p.eof()) {
            throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, "in");
        }
        if ("\n;&|()<>".indexOf(p.peek()) >= 0) {
            throw ShellSyntaxException.unexpected(p.tokenAt(), "word");
        }
        Word subject = p.words().parseWord();
        expect("in");
        List<CaseItem> items = new ArrayList<>();
        while (true) {
            p.skipSeparatingWhitespace();
            if (p.eof()) {
                throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, "esac");
            }
            if ("esac".equals(p.reservedAt())) {
                p.pos += 4;
                break;
            }
            items.add(caseItem());
        }
        return new CaseClause(subject, List.copyOf(items));
    }

    private CaseItem caseItem() throws ShellSyntaxException {
        if (p.peek() == '(') {
            p.pos++;
        }
        List<Word> patterns = new ArrayList<>();
        while (true) {
            p.skipBlanks();
            if (p.eof()) {
                throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, ")");
            }
            if ("\n;&|()<>".indexOf(p.peek()) >= 0) {
                throw ShellSyntaxException.unexpected(p.tokenAt(), patterns.isEmpty() ? "word" : ")");
            }
            patterns.add(p.words().parseWord());
            p.skipBlanks();
            if (p.eof()) {
                throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, ")");
            }
            if (p.peek() == ')') {
                p.pos++;
                break;
            }
            if (p.peek() != '|') {
                throw ShellSyntaxException.unexpected(p.tokenAt(), ")");
            }
            p.pos++;
        }
        Script body = p.parseList(Ender.CASE_ITEM, List.of("esac"), false);
        if (p.startsWith(";;")) {
            p.pos += 2;
        }
        return new CaseItem(List.copyOf(patterns), body);
    }

    private Group group() throws ShellSyntaxException {
        Script body = list("}");
        expect("}");
        return new Group(body, false);
    }

    private Group subshell() throws ShellSyntaxException {
        Script body = p.parseList(Ender.PAREN, List.of(), true);
        p.pos++; // the ')' the list stopped at
        return new Group(body, true);
    }

    /** A non-empty list up to one of {@code closers}, which stays unread. */
    private Script list(String... closers) throws ShellSyntaxException {
        return p.parseList(Ender.KEYWORD, List.of(closers), true);
    }

    /** Reads the reserved word {@code word}, past newlines and comments; anything else is a syntax error. */
    private void expect(String word) throws ShellSyntaxException {
        p.skipSeparatingWhitespace();
        if (p.eof()) {
            throw ShellSyntaxException.endOfFile(Incomplete.COMPOUND, word);
        }
        String reserved = p.reservedAt();
        if (!word.equals(reserved)) {
            throw ShellSyntaxException.unexpected(reserved != null ? reserved : p.tokenAt(), word);
        }
        p.pos += word.length();
    }
}
