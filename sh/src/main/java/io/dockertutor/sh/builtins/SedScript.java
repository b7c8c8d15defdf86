package io.dockertutor.sh.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sed script parsed into commands: addresses (a line number, {@code $}, {@code /RE/}, and ranges of them, negated
 * with {@code !}), {@code #} comments, and sed's commands: {@code s/RE/REPLACEMENT/[gpNI]}, {@code y/abc/xyz/},
 * {@code p P d D n N h H g G x = l q Q z F r w}, blocks {@code { ... }}, {@code :label} and the branches
 * {@code b t T}, and GNU's one-line {@code a}, {@code i} and {@code c} ({@code Q z F} are GNU's; busybox refuses them).
 * Anything else is refused with the sed's own sentence, as the {@link SedRefusal} message; {@link SedMachine} runs it.
 */
final class SedScript {
    /** One address: a line number (GNU's {@code FIRST~STEP} when {@code step} is above 0), the last line, or a pattern. */
    record Address(int line, int step, boolean last, Pattern pattern) {
        boolean hits(int number, boolean isLast, String space) {
            if (pattern != null) {
                return pattern.matcher(space).find();
            }
            if (step > 0) {
                return number >= line && (number - line) % step == 0;
            }
            return last ? isLast : line == number;
        }
    }

    /**
     * One command with its addresses; {@code text} is a's/i's/c's text, y's target set, a label ({@code :},
     * {@code b}, {@code t}, {@code T}) or a file ({@code r}, {@code w}); {@code occurrence} is also q's and Q's exit
     * status; {@code jump} where {@code b}, {@code t} and {@code T} go and where a {@code {} whose address does not
     * match goes on (the index of a command, the script's length for its end).
     */
    record Command(Address from, Address to, boolean negated, char name, Pattern pattern, String replacement,
                   boolean global, int occurrence, boolean print, String text, String source, int jump) {
        Command(Address from, Address to, boolean negated, char name, Pattern pattern, String replacement,
                boolean global, int occurrence, boolean print, String text, String source) {
            this(from, to, negated, name, pattern, replacement, global, occurrence, print, text, source, -1);
        }

        Command jumpingTo(int target) {
            return new Command(from, to, negated, name, pattern, replacement, global, occurrence, print, text, source, target);
        }
    }

    private final String script;
    private final boolean extended;
    private final boolean gnu;
    private int pos;

    private SedScript(String script, boolean extended, boolean gnu) {
        this.script = script;
        this.extended = extended;
        this.gnu = gnu;
    }

    /** The commands of {@code script}; {@code gnu} allows GNU's extensions ({@code FIRST~STEP}), which busybox refuses. */
    static List<Command> parse(String script, boolean extended, boolean gnu) throws SedRefusal {
        return new SedScript(script, extended, gnu).commands();
    }

    private List<Command> commands() throws SedRefusal {
        List<Command> out = new ArrayList<>();
        java.util.Deque<Integer> blocks = new java.util.ArrayDeque<>();
        while (true) {
            skip(" \t\n;");
            if (pos >= script.length()) {
                return resolved(out, blocks);
            }
            if (peek() == '#') { // a comment, to the end of its line
                int end = script.indexOf('\n', pos);
                pos = end < 0 ? script.length() : end;
                continue;
            }
            Address from = address();
            Address to = null;
            if (from != null && peek() == ',') {
                pos++;
                to = address();
                if (to == null) {
                    throw error("unexpected `,'");
                }
            }
            skip(" \t");
            boolean negated = peek() == '!';
            if (negated) {
                pos++;
                skip(" \t");
            }
            if (pos >= script.length()) {
                throw error("missing command");
            }
            char name = script.charAt(pos++);
            if (name == '#' && gnu) {
                throw error("comments don't accept any addresses");
            }
            if (name == '{') {
                blocks.push(out.size());
                out.add(new Command(from, to, negated, name, null, null, false, 0, false, null, null));
                continue; // a command may follow at once: /x/{p;p}
            }
            if (name == '}') {
                if (blocks.isEmpty()) {
                    if (gnu) {
                        throw error("unexpected `}'");
                    }
                    continue; // busybox lets a stray } pass (recorded)
                }
                int open = blocks.pop();
                out.set(open, out.get(open).jumpingTo(out.size() + 1));
                out.add(new Command(null, null, false, name, null, null, false, 0, false, null, null));
            } else {
                out.add(switch (name) {
                    case 's' -> substitute(from, to, negated);
                    case 'y' -> transliterate(from, to, negated);
                    case 'p', 'd', '=', 'n', 'N', 'D', 'P', 'h', 'H', 'g', 'G', 'x', 'l' -> simple(from, to, negated, name);
                    case 'z', 'F' -> {
                        if (!gnu) {
                            throw error("unknown command: `" + name + "'", "unsupported command " + name);
                        }
                        yield simple(from, to, negated, name);
                    }
                    case 'q', 'Q' -> {
                        if (name == 'Q' && !gnu) {
                            throw error("unknown command: `Q'", "unsupported command Q");
                        }
                        skip(" \t");
                        int start = pos;
                        while (Character.isDigit(peek())) {
                            pos++;
                        }
                        int exit = start == pos ? 0 : Integer.parseInt(script.substring(start, pos));
                        // busybox 1.35 reads q's status and ends with 0 all the same (recorded)
                        yield new Command(from, to, negated, name, null, null, false, gnu ? exit : 0, false, null, null);
                    }
                    case ':' -> new Command(null, null, false, name, null, null, false, 0, false, label(), null);
                    case 'b', 't', 'T' -> new Command(from, to, negated, name, null, null, false, 0, false, label(), null);
                    case 'r', 'w' -> new Command(from, to, negated, name, null, null, false, 0, false, fileName(), null);
                    case 'a', 'i', 'c' -> new Command(from, to, negated, name, null, null, false, 0, false, text(), null);
                    default -> throw error("unknown command: `" + name + "'", "unsupported command " + name);
                });
            }
            skip(" \t");
            if (pos < script.length() && ";\n}#".indexOf(script.charAt(pos)) < 0) { // # starts a comment, } ends a block
                throw error("extra characters after command");
            }
        }
    }

    private static Command simple(Address from, Address to, boolean negated, char name) {
        return new Command(from, to, negated, name, null, null, false, 0, false, null, null);
    }

    /** A label after {@code :}, {@code b}, {@code t}, {@code T}: up to a blank, a {@code ;} or the line's end. */
    private String label() {
        skip(" \t");
        int start = pos;
        while (pos < script.length() && " \t;\n".indexOf(script.charAt(pos)) < 0) {
            pos++;
        }
        return script.substring(start, pos);
    }

    /** {@code r}'s and {@code w}'s file: the rest of the line. */
    private String fileName() {
        skip(" \t");
        int end = script.indexOf('\n', pos);
        String name = script.substring(pos, end < 0 ? script.length() : end);
        pos = end < 0 ? script.length() : end;
        return name;
    }

    /**
     * The commands with their jumps: every {@code {} closed (GNU: {@code char 0: unmatched `{'}, busybox
     * {@code unterminated {}) and every branch's label found.
     */
    private static List<Command> resolved(List<Command> commands, java.util.Deque<Integer> blocks) throws SedRefusal {
        if (!blocks.isEmpty()) {
            throw new SedRefusal(0, "unmatched `{'", "unterminated {");
        }
        List<Command> out = new ArrayList<>(commands);
        for (int i = 0; i < out.size(); i++) {
            Command c = out.get(i);
            if ("btT".indexOf(c.name()) < 0) {
                continue;
            }
            int target = out.size();
            if (!c.text().isEmpty()) {
                target = -1;
                for (int k = 0; k < out.size() && target < 0; k++) {
                    if (out.get(k).name() == ':' && out.get(k).text().equals(c.text())) {
                        target = k;
                    }
                }
                if (target < 0) {
                    throw SedRefusal.unplaced("can't find label for jump to `" + c.text() + "'",
                            "can't find label for jump to '" + c.text() + "'");
                }
            }
            out.set(i, c.jumpingTo(target));
        }
        return out;
    }

    private Address address() throws SedRefusal {
        char c = peek();
        if (Character.isDigit(c)) {
            int start = pos;
            while (Character.isDigit(peek())) {
                pos++;
            }
            int line = Integer.parseInt(script.substring(start, pos));
            if (peek() == '~' && !gnu) {
                throw error("unknown command: `~'", "unsupported command ~");
            }
            if (peek() == '~') {
                int stepStart = ++pos;
                while (Character.isDigit(peek())) {
                    pos++;
                }
                int step = stepStart == pos ? 0 : Integer.parseInt(script.substring(stepStart, pos));
                return new Address(line, step, false, null);
            }
            return new Address(line, 0, false, null);
        }
        if (c == '$') {
            pos++;
            return new Address(0, 0, true, null);
        }
        if (c == '/' || c == '\\') {
            char delimiter = c == '\\' ? script.charAt(++pos) : c;
            pos++;
            return new Address(0, 0, false, compile(until(delimiter, "unterminated address regex"), false));
        }
        return null;
    }

    private Command substitute(Address from, Address to, boolean negated) throws SedRefusal {
        if (pos >= script.length()) {
            throw error("unterminated `s' command");
        }
        char delimiter = script.charAt(pos++);
        String regex = until(delimiter, "unterminated `s' command");
        String replacement = until(delimiter, "unterminated `s' command");
        boolean global = false;
        boolean print = false;
        boolean ignoreCase = false;
        int occurrence = 1;
        while (pos < script.length() && "gpiI0123456789".indexOf(script.charAt(pos)) >= 0) {
            char f = script.charAt(pos++);
            if (f == 'g') {
                global = true;
            } else if (f == 'p') {
                print = true;
            } else if (f == 'i' || f == 'I') {
                ignoreCase = true;
            } else {
                int start = pos - 1;
                while (Character.isDigit(peek())) {
                    pos++;
                }
                occurrence = Integer.parseInt(script.substring(start, pos));
                if (occurrence == 0) {
                    throw error("number option to `s' command may not be zero");
                }
            }
        }
        return new Command(from, to, negated, 's', compile(regex, ignoreCase), replacement, global, occurrence, print, null, null);
    }

    private Command transliterate(Address from, Address to, boolean negated) throws SedRefusal {
        char delimiter = script.charAt(pos++);
        String source = until(delimiter, "unterminated `y' command");
        String target = until(delimiter, "unterminated `y' command");
        if (source.length() != target.length()) {
            throw error("strings for `y' command are different lengths");
        }
        return new Command(from, to, negated, 'y', null, null, false, 0, false, target, source);
    }

    /** GNU's one-line form: {@code a text}, {@code a\text} or {@code a\} then the text on the next line. */
    private String text() {
        skip(" \t");
        if (peek() == '\\') {
            pos++;
            if (peek() == '\n') {
                pos++;
            }
        }
        int start = pos;
        while (pos < script.length() && script.charAt(pos) != '\n') {
            pos++;
        }
        return script.substring(start, pos);
    }

    /** The text up to the next unescaped {@code delimiter} (an escaped delimiter stands for itself). */
    private String until(char delimiter, String unterminated) throws SedRefusal {
        StringBuilder out = new StringBuilder();
        while (pos < script.length()) {
            char c = script.charAt(pos++);
            if (c == delimiter) {
                return out.toString();
            }
            if (c == '\\' && pos < script.length()) {
                char next = script.charAt(pos++);
                out.append(next == delimiter ? String.valueOf(next) : "\\" + next);
            } else {
                out.append(c);
            }
        }
        throw error(unterminated, "unmatched '" + delimiter + "'");
    }

    private Pattern compile(String regex, boolean ignoreCase) throws SedRefusal {
        try {
            return Pattern.compile(GrepPattern.translate(escapes(regex), extended), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (GrepPattern.Invalid | java.util.regex.PatternSyntaxException e) {
            throw error(e.getMessage() == null ? "SedRefusal regular expression" : e.getMessage());
        }
    }

    /**
     * sed, not the regex library, reads {@code \t} and {@code \n} in a pattern as a tab and a newline (GNU's
     * normalize_text, busybox's copy_parsing_escapes); GNU also {@code \f}, {@code \v}, {@code \a} and {@code \r}.
     * An escaped backslash stays as it is.
     */
    private String escapes(String regex) {
        String from = gnu ? "tnfvar" : "tnr";
        String to = gnu ? "\t\n\f\u000b\u0007\r" : "\t\n\r";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char n = regex.charAt(++i);
                int k = from.indexOf(n);
                if (k >= 0) {
                    out.append(to.charAt(k));
                } else {
                    out.append(c).append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private char peek() {
        return pos < script.length() ? script.charAt(pos) : '\0';
    }

    private void skip(String chars) {
        while (pos < script.length() && chars.indexOf(script.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private SedRefusal error(String what) {
        return error(what, what);
    }

    private SedRefusal error(String what, String busybox) {
        return new SedRefusal(Math.min(pos, script.length()), what, busybox);
    }
}
