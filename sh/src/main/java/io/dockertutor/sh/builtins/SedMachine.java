package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One run of a parsed sed script over its input lines, as GNU sed and busybox run it: a cycle per line with the
 * pattern space, the hold space ({@code h H g G x}), {@code n N D P} reading and printing inside a cycle, blocks
 * ({@code {}}) and branches ({@code b t T} to a {@code :label}), {@code q} and {@code Q} with an exit status,
 * {@code l}, {@code z}, {@code F}, {@code r} (appended at the cycle's end) and {@code w} (files written through the
 * file view when the run ends). Recorded with {@code scripts/record-shell-builtins sed-commands}.
 */
final class SedMachine {
    private final Invocation call;
    private final List<SedScript.Command> script;
    private final boolean quiet;
    private final boolean[] inRange;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, StringBuilder> written = new LinkedHashMap<>();
    private List<String> lines;
    private int next;
    private int lineNumber;
    /** Whether the line read last ended with a newline (the input's last line may not). */
    private boolean newline = true;
    private String hold = "";
    private boolean quit;
    private int exitStatus;

    SedMachine(Invocation call, List<SedScript.Command> script, boolean quiet) {
        this.call = call;
        this.script = script;
        this.quiet = quiet;
        this.inRange = new boolean[script.size()];
        for (SedScript.Command c : script) {
            if (c.name() == 'w') {
                written.putIfAbsent(c.text(), new StringBuilder()); // w truncates its file before the first line
            }
        }
    }

    /** q's or Q's status, 0 without one. */
    int exitStatus() {
        return exitStatus;
    }

    /** The output of the script over {@code input} (each line with its newline, the last maybe without). */
    String run(List<String> input) {
        this.lines = input;
        String space = null;
        boolean reread = true;
        while (!quit) {
            if (reread) {
                if (next >= lines.size()) {
                    break;
                }
                space = nextLine();
            }
            reread = true;
            StringBuilder after = new StringBuilder();
            boolean print = !quiet;
            boolean substituted = false;
            int pc = 0;
            cycle:
            while (pc < script.size()) {
                SedScript.Command c = script.get(pc);
                if (matches(pc, c, space, last()) == c.negated()) {
                    pc = c.name() == '{' ? c.jump() : pc + 1;
                    continue;
                }
                pc++;
                switch (c.name()) {
                    case '{', '}', ':' -> { }
                    case 's' -> {
                        String replaced = substitute(c, space);
                        if (replaced != null) {
                            space = replaced;
                            substituted = true;
                            if (c.print()) {
                                out.append(space).append('\n');
                            }
                        }
                    }
                    case 'y' -> {
                        StringBuilder y = new StringBuilder(space);
                        for (int i = 0; i < y.length(); i++) {
                            int at = c.source().indexOf(y.charAt(i));
                            if (at >= 0) {
                                y.setCharAt(i, c.text().charAt(at));
                            }
                        }
                        space = y.toString();
                    }
                    case 'p' -> out.append(space).append('\n');
                    case 'P' -> out.append(space, 0, space.contains("\n") ? space.indexOf('\n') : space.length()).append('\n');
                    case '=' -> out.append(lineNumber).append('\n');
                    case 'l' -> out.append(unambiguous(space)).append('\n');
                    case 'F' -> out.append("-").append('\n');
                    case 'z' -> space = "";
                    case 'h' -> hold = space;
                    case 'H' -> hold = hold + "\n" + space;
                    case 'g' -> space = hold;
                    case 'G' -> space = space + "\n" + hold;
                    case 'x' -> {
                        String held = hold;
                        hold = space;
                        space = held;
                    }
                    case 'b' -> pc = c.jump();
                    case 't' -> {
                        if (substituted) {
                            substituted = false;
                            pc = c.jump();
                        }
                    }
                    case 'T' -> {
                        if (!substituted) {
                            pc = c.jump();
                        } else {
                            substituted = false;
                        }
                    }
                    case 'n' -> {
                        if (next >= lines.size()) {
                            quit = true; // no next line: sed ends, printing the pattern space as a cycle's end would
                            break cycle;
                        }
                        if (!quiet) {
                            out.append(space).append('\n');
                        }
                        flush(after);
                        space = nextLine();
                    }
                    case 'N' -> {
                        if (next >= lines.size()) {
                            quit = true; // GNU prints the pattern space and ends (POSIX would not print it)
                            break cycle;
                        }
                        space = space + "\n" + nextLine();
                    }
                    case 'd' -> {
                        print = false;
                        break cycle;
                    }
                    case 'D' -> {
                        print = false;
                        int cut = space.indexOf('\n');
                        if (cut >= 0) {
                            space = space.substring(cut + 1);
                            reread = false; // the next cycle starts on what is left, reading nothing
                        }
                        break cycle;
                    }
                    case 'q' -> {
                        quit = true;
                        exitStatus = c.occurrence();
                        break cycle;
                    }
                    case 'Q' -> {
                        quit = true;
                        exitStatus = c.occurrence();
                        print = false;
                        break cycle;
                    }
                    case 'a' -> after.append(c.text()).append('\n');
                    case 'r' -> readInto(after, c.text());
                    case 'w' -> written.get(c.text()).append(space).append('\n');
                    case 'i' -> out.append(c.text()).append('\n');
                    case 'c' -> {
                        out.append(c.text()).append('\n');
                        print = false;
                        break cycle;
                    }
                    default -> throw new IllegalStateException("parsed command " + c.name());
                }
            }
            if (print) {
                out.append(space).append(newline || after.length() > 0 ? "\n" : "");
            }
            flush(after);
        }
        writeFiles();
        return out.toString();
    }

    /** The next input line without its newline (whether it had one is kept for the cycle's output), counted. */
    private String nextLine() {
        String raw = lines.get(next++);
        newline = raw.endsWith("\n");
        lineNumber++;
        return newline ? raw.substring(0, raw.length() - 1) : raw;
    }

    private boolean last() {
        return next >= lines.size();
    }

    private void flush(StringBuilder after) {
        out.append(after);
        after.setLength(0);
    }

    /** {@code r FILE}: the file's bytes after the cycle; a file that cannot be read adds nothing, silently. */
    private void readInto(StringBuilder after, String file) {
        try {
            String text = new String(Inputs.read(call, file), StandardCharsets.UTF_8);
            after.append(text).append(text.isEmpty() || text.endsWith("\n") ? "" : "\n");
        } catch (IOException e) {
            // sed says nothing about a file r cannot read
        }
    }

    private void writeFiles() {
        for (Map.Entry<String, StringBuilder> w : written.entrySet()) {
            try {
                switch (w.getKey()) {
                    case "/dev/stdout" -> out.append(w.getValue());
                    case "/dev/stderr" -> call.err().print(w.getValue());
                    default -> Files.writeString(call.resolve(w.getKey()), w.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException | io.dockertutor.sh.OutsideViewException e) {
                call.err().println("sed: couldn't open file " + w.getKey() + ": " + (e instanceof io.dockertutor.sh.OutsideViewException o
                        ? call.reason(o) : Errors.describe((IOException) e)));
            }
        }
    }

    /** {@code l}: non-printing bytes as C escapes, a long line folded at 69 characters with a backslash, then $. */
    static String unambiguous(String space) {
        StringBuilder line = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (byte b : space.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            String piece = c == '\\' ? "\\\\" : Escapes.named(c);
            if (piece == null) {
                piece = c < 32 || c >= 127 ? String.format("\\%03o", c) : String.valueOf((char) c);
            }
            if (line.length() + piece.length() > 69) {
                all.append(line).append("\\\n");
                line.setLength(0);
            }
            line.append(piece);
        }
        return all.append(line).append('$').toString();
    }

    private boolean matches(int k, SedScript.Command c, String space, boolean last) {
        if (c.from() == null) {
            return true;
        }
        if (c.to() == null) {
            return hits(c.from(), space, last);
        }
        if (inRange[k]) {
            boolean ends = c.to().pattern() != null ? hits(c.to(), space, last)
                    : c.to().last() ? last : lineNumber >= c.to().line();
            inRange[k] = !ends;
            return true;
        }
        if (hits(c.from(), space, last)) {
            // a line-number end at or before the start makes a one-line range
            inRange[k] = c.to().pattern() != null || c.to().last() ? !(c.to().last() && last) : lineNumber < c.to().line();
            return true;
        }
        return false;
    }

    private boolean hits(SedScript.Address a, String space, boolean last) {
        return a.hits(lineNumber, last, space);
    }

    /** The line after {@code c}'s substitution, or null when nothing matched. */
    private static String substitute(SedScript.Command c, String space) {
        Matcher m = c.pattern().matcher(space);
        StringBuilder out = new StringBuilder();
        int count = 0;
        int end = 0;
        boolean replaced = false;
        while (m.find()) {
            count++;
            if (count >= c.occurrence() && (c.global() || count == c.occurrence())) {
                out.append(space, end, m.start()).append(expand(c.replacement(), m));
                end = m.end();
                replaced = true;
                if (!c.global()) {
                    break;
                }
            }
            if (m.end() == m.start() && m.end() >= space.length()) {
                break;
            }
        }
        return replaced ? out.append(space.substring(end)).toString() : null;
    }

    /** {@code &} is the match, {@code \1}-{@code \9} its groups, {@code \n} a newline, {@code \t} a tab. */
    private static String expand(String replacement, Matcher m) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '&') {
                out.append(m.group());
            } else if (c == '\\' && i + 1 < replacement.length()) {
                char n = replacement.charAt(++i);
                if (Character.isDigit(n) && n != '0') {
                    int g = n - '0';
                    out.append(g <= m.groupCount() && m.group(g) != null ? m.group(g) : "");
                } else {
                    out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
