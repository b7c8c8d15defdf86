package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU {@code xargs}: splits stdin into words (blanks, newlines, quotes, backslashes) and runs the command
 * (default {@code echo}) through the session's command table with them appended; {@code -n N}, {@code -r},
 * {@code -I STR}, {@code -0}.
 */
final class Xargs {
    private Xargs() {
    }

    static int run(Invocation call) throws IOException {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "rt0", "nIL", Map.of("no-run-if-empty", 'r', "max-args=", 'n',
                    "null", '0', "verbose", 't'), false);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        List<String> command = o.operands().isEmpty() ? List.of("echo") : o.operands();
        String input;
        try {
            input = new String(call.in().readAllBytes(), StandardCharsets.UTF_8);
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            // Both take the failed read for the end of the input and run the command once; GNU's then fails closing
            // it (recorded: an empty line from echo, then `xargs: error closing file`, status 1).
            int status = o.has('r') || o.has('I') ? 0 : invoke(call, command, List.of(), o);
            if (call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
                return status;
            }
            call.err().println("xargs: error closing file");
            return 1;
        }
        List<String> words;
        try {
            words = o.has('0') ? List.of(input.split("\0")) : split(input);
        } catch (IllegalArgumentException e) {
            call.err().println("xargs: " + e.getMessage());
            return 1;
        }
        int per;
        try {
            per = o.has('I') || o.has('L') ? 1 : Integer.parseInt(o.value('n', String.valueOf(Integer.MAX_VALUE)));
            if (per < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            call.err().println("xargs: value " + o.value('n', "") + " for -n option should be >= 1");
            return 1;
        }
        if (words.isEmpty()) {
            return o.has('r') || o.has('I') ? 0 : invoke(call, command, List.of(), o);
        }
        int status = 0;
        for (int i = 0; i < words.size(); i += per) {
            int s = invoke(call, command, words.subList(i, Math.min(words.size(), i + per)), o);
            if (s == 127 || s == 255) {
                return s == 255 ? 124 : 127;
            }
            if (s != 0) {
                status = 123;
            }
        }
        return status;
    }

    private static int invoke(Invocation call, List<String> command, List<String> words, GnuOptions o) {
        List<String> argv = new ArrayList<>();
        if (o.has('I')) {
            String token = o.value('I', "{}");
            for (String part : command) {
                argv.add(part.replace(token, words.isEmpty() ? "" : words.get(0)));
            }
        } else {
            argv.addAll(command);
            argv.addAll(words);
        }
        if (o.has('t')) {
            call.err().println(String.join(" ", argv));
        }
        if (!call.shell().commands().containsKey(argv.get(0))) {
            call.err().println("xargs: " + argv.get(0) + ": No such file or directory");
            return 127;
        }
        call.out().flush();
        return call.shell().invoke(argv, Map.of(), new ByteArrayInputStream(new byte[0]), call.out(), call.err());
    }

    /** xargs' own quoting: blanks separate, quotes group (without crossing a newline), backslash escapes. */
    static List<String> split(String input) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\'' || c == '"') {
                int end = input.indexOf(c, i + 1);
                int nl = input.indexOf('\n', i + 1);
                if (end < 0 || nl >= 0 && nl < end) {
                    throw new IllegalArgumentException("unmatched " + (c == '"' ? "double" : "single")
                            + " quote; by default quotes are special to xargs unless you use the -0 option");
                }
                cur.append(input, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == '\\' && i + 1 < input.length()) {
                cur.append(input.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }
}
