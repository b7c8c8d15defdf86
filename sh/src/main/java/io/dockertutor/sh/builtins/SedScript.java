package io.dockertutor.sh.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sed script parsed into commands: addresses (a line number, {@code $}, {@code /RE/}, and ranges of them, negated
 * with {@code !}) and the commands a learner writes: {@code s/RE/REPLACEMENT/[gpNI]}, {@code p}, {@code d}, {@code q},
 * {@code =}, {@code y/abc/xyz/}, and GNU's one-line {@code a}, {@code i} and {@code c}. Anything else is refused with
 * the sed's own sentence, as the {@link Invalid} message.
 */
final class SedScript {
    /** A script sed refuses: GNU's {@code -e expression #1, char N: ...} sentence, and busybox's own. */
    static final class Invalid extends Exception {
        private final String busybox;
        private final int at;
        private final String what;

        Invalid(int at, String what, String busybox) {
            super("-e expression #1, char " + at + ": " + what);
            this.busybox = busybox;
            this.at = at;
            this.what = what;
        }

        String busybox() {
            return busybox;
        }

        /** GNU's words for a script read from {@code file} ({@code sed -f}): {@code file F line L: ...}. */
        String inFile(String file, String script) {
            long line = 1 + script.substring(0, Math.min(Math.max(at - 1, 0), script.length())).chars().filter(c -> c == '\n').count();
            return "file " + file + " line " + line + ": " + what;
        }
    }

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

    /** One command with its addresses; {@code text} is a's/i's/c's text or y's target set. */
    record Command(Address from, Address to, boolean negated, char name, Pattern pattern, String replacement,
                   boolean global, int occurrence, boolean print, String text, String source) {
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
    static List<Command> parse(String script, boolean extended, boolean gnu) throws Invalid {
        return new SedScript(script, extended, gnu).commands();
    }

    private List<Command> commands() throws Invalid {
        List<Command> out = new ArrayList<>();
        while (true) {
            skip(" \t\n;");
            if (pos >= script.length()) {
                return out;
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
            out.add(switch (name) {
                case 's' -> substitute(from, to, negated);
                case 'y' -> transliterate(from, to, negated);
                case 'p', 'd', 'q', '=' -> new Command(from, to, negated, name, null, null, false, 0, false, null, null);
                case 'a', 'i', 'c' -> new Command(from, to, negated, name, null, null, false, 0, false, text(), null);
                default -> throw error("unknown command: `" + name + "'", "unsupported command " + name);
            });
            skip(" \t");
            if (pos < script.length() && ";\n}#".indexOf(script.charAt(pos)) < 0) { // # starts a comment
                throw error("extra characters after command");
            }
        }
    }

    private Address address() throws Invalid {
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

    private Command substitute(Address from, Address to, boolean negated) throws Invalid {
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

    private Command transliterate(Address from, Address to, boolean negated) throws Invalid {
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
    private String until(char delimiter, String unterminated) throws Invalid {
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

    private Pattern compile(String regex, boolean ignoreCase) throws Invalid {
        try {
            return Pattern.compile(GrepPattern.translate(escapes(regex), extended), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (GrepPattern.Invalid | java.util.regex.PatternSyntaxException e) {
            throw error(e.getMessage() == null ? "Invalid regular expression" : e.getMessage());
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

    private Invalid error(String what) {
        return error(what, what);
    }

    private Invalid error(String what, String busybox) {
        return new Invalid(Math.min(pos, script.length()), what, busybox);
    }
}
