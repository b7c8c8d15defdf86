package io.dockertutor.sh;

import io.dockertutor.sh.Ast.Arith;
import io.dockertutor.sh.Ast.CommandSub;
import io.dockertutor.sh.Ast.DoubleQuoted;
import io.dockertutor.sh.Ast.Literal;
import io.dockertutor.sh.Ast.Param;
import io.dockertutor.sh.Ast.Part;
import io.dockertutor.sh.Ast.Quoted;
import io.dockertutor.sh.Ast.Tilde;
import io.dockertutor.sh.Ast.Word;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns words into fields as bash does: parameter and command substitution, then splitting of unquoted
 * expansion results on blanks, then globbing of unquoted {@code * ? [} against the file view.
 */
final class Expander {
    /** An expansion bash refuses at run time ({@code ${X:?}}); the message follows the shell name. */
    static final class ExpansionFailure extends RuntimeException {
        ExpansionFailure(String message) {
            super(message, null, false, false);
        }
    }

    private final ShellSession shell;
    private final ShellExecutor executor;
    private final OutputStream err;
    private boolean substituted;

    Expander(ShellSession shell, ShellExecutor executor, OutputStream err) {
        this.shell = shell;
        this.executor = executor;
        this.err = err;
    }

    /** Whether a command substitution ran (its status then becomes that of an assignment-only command). */
    boolean substituted() {
        return substituted;
    }

    List<String> fields(Word word) {
        Fields f = new Fields();
        for (Part part : word.parts()) {
            add(part, f, false);
        }
        f.end();
        return f.done;
    }

    /** The word as one string: no splitting, no globbing (assignments, here-documents). */
    String string(Word word) {
        StringBuilder sb = new StringBuilder();
        for (Part part : word.parts()) {
            sb.append(text(part));
        }
        return sb.toString();
    }

    private String text(Part part) {
        if (part instanceof Literal l) {
            return l.text();
        }
        if (part instanceof Quoted q) {
            return q.text();
        }
        if (part instanceof DoubleQuoted dq) {
            return string(new Word(dq.parts()));
        }
        if (part instanceof Param p) {
            return param(p);
        }
        if (part instanceof CommandSub cs) {
            substituted = true;
            return executor.substitute(cs.script(), err);
        }
        if (part instanceof Arith a) {
            return Long.toString(Arithmetic.evaluate(string(a.expression()), shell));
        }
        return shell.files().home();
    }

    /**
     * The word as a {@code case} pattern: quoted characters match themselves, unquoted ones (expansion results
     * included) keep their meaning as {@code * ? [}.
     */
    String pattern(Word word) {
        StringBuilder sb = new StringBuilder();
        for (Part part : word.parts()) {
            if (part instanceof Quoted || part instanceof DoubleQuoted || part instanceof Tilde) {
                sb.append(Glob.escape(text(part)));
            } else {
                sb.append(text(part));
            }
        }
        return sb.toString();
    }

    private void add(Part part, Fields f, boolean inQuotes) {
        if (part instanceof Literal l) {
            f.literal(l.text());
        } else if (part instanceof Quoted q) {
            f.quoted(q.text());
        } else if (part instanceof Tilde) {
            f.quoted(shell.files().home());
        } else if (part instanceof DoubleQuoted dq) {
            f.quoted("");
            for (Part inner : dq.parts()) {
                f.quoted(text(inner));
            }
        } else {
            f.split(text(part));
        }
    }

    private String param(Param p) {
        String value = lookup(p.name());
        switch (p.op()) {
            case "":
                if (value == null && shell.posix().option('u') && !p.name().equals("@") && !p.name().equals("*")) {
                    throw new ExpansionFailure(p.name() + ": parameter not set"); // set -u in ash and dash
                }
                return value == null ? "" : value;
            case "#":
                return String.valueOf(value == null ? 0 : value.codePointCount(0, value.length()));
            case ":-":
                return value == null || value.isEmpty() ? string(p.arg()) : value;
            case "-":
                return value == null ? string(p.arg()) : value;
            case ":=":
            case "=":
                if (value == null || p.op().equals(":=") && value.isEmpty()) {
                    value = string(p.arg());
                    shell.setVariable(p.name(), value);
                }
                return value;
            case ":+":
                return value == null || value.isEmpty() ? "" : string(p.arg());
            case "+":
                return value == null ? "" : string(p.arg());
            default: // ":?" and "?"
                if (value == null || p.op().equals(":?") && value.isEmpty()) {
                    String msg = string(p.arg());
                    throw new ExpansionFailure(p.name() + ": " + (msg.isEmpty() ? "parameter null or not set" : msg));
                }
                return value;
        }
    }

    private String lookup(String name) {
        switch (name) {
            case "?":
                return String.valueOf(shell.lastStatus());
            case "$":
                return String.valueOf(shell.pid());
            case "!":
                return "";
            case "-":
                return "hB";
            case "#":
                return String.valueOf(shell.positional().size());
            case "@":
            case "*":
                return String.join(" ", shell.positional());
            case "0":
                return shell.scriptName();
            default:
                if (Character.isDigit(name.charAt(0))) {
                    int i = Integer.parseInt(name);
                    return i <= shell.positional().size() ? shell.positional().get(i - 1) : null;
                }
                return shell.variable(name);
        }
    }

    /** Builds fields; {@code pattern} mirrors {@code current} with quoted glob characters escaped. */
    private final class Fields {
        final List<String> done = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        final StringBuilder pattern = new StringBuilder();
        boolean started;
        boolean globby;

        void literal(String text) {
            current.append(text);
            pattern.append(text);
            started = true;
            if (Glob.hasMeta(text)) {
                globby = true;
            }
        }

        void quoted(String text) {
            current.append(text);
            pattern.append(Glob.escape(text));
            started = true;
        }

        void split(String text) {
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n') {
                    if (run.length() > 0) {
                        literal(run.toString());
                        run.setLength(0);
                    }
                    end();
                } else {
                    run.append(c);
                }
            }
            if (run.length() > 0) {
                literal(run.toString());
            }
        }

        void end() {
            if (!started) {
                return;
            }
            List<String> matches = globby && !shell.posix().option('f') ? Glob.expand(pattern.toString(), shell.files(), shell.cwd()) : List.of();
            if (matches.isEmpty()) {
                done.add(current.toString());
            } else {
                done.addAll(matches);
            }
            current.setLength(0);
            pattern.setLength(0);
            started = false;
            globby = false;
        }
    }
}
