package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code read [-r] [NAME...]}: one line of standard input into variables, split on blanks, the last name taking the
 * rest ({@code REPLY} without names). Reads byte by byte up to the newline and no further, so that
 * {@code ... | while read line; do ...; done} gives each iteration the next line. Status 1 at end of input.
 */
final class Read {
    private Read() {
    }

    static int run(Invocation call) throws IOException {
        List<String> args = new ArrayList<>(call.args());
        boolean raw = false;
        while (!args.isEmpty() && args.get(0).startsWith("-") && args.get(0).length() > 1) {
            String opt = args.remove(0);
            if (opt.equals("--")) {
                break;
            }
            if (!opt.equals("-r")) {
                call.err().println(io.dockertutor.sh.BuiltinErrors.line(call.shell(), "read", opt + ": invalid option",
                        "illegal option " + opt.substring(0, Math.min(2, opt.length())), "Illegal option " + opt.substring(0, Math.min(2, opt.length()))));
                return 2;
            }
            raw = true;
        }
        for (String name : args) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                call.err().println(call.shell().name() + ": read: `" + name + "': not a valid identifier");
                return 1;
            }
        }
        StringBuilder line = new StringBuilder();
        boolean ended;
        try {
            ended = readLine(call.in(), raw, line);
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            // ash and dash end the input silently; bash 5.2 says so (all recorded: status 1)
            if (call.shell().dialect() == io.dockertutor.sh.SyntaxDialect.BASH) {
                call.err().println(call.shell().name() + ": read: read error: 0: Is a directory");
            }
            ended = false;
        }
        assign(call, args.isEmpty() ? List.of("REPLY") : args, line.toString());
        return ended ? 0 : 1;
    }

    /** Reads up to a newline; answers false when input ended first. A backslash escapes unless {@code raw}. */
    private static boolean readLine(InputStream in, boolean raw, StringBuilder line) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean escaped = false;
        while (true) {
            int b = in.read();
            if (b < 0) {
                line.append(bytes.toString(StandardCharsets.UTF_8));
                return false;
            }
            if (escaped) {
                escaped = false;
                if (b != '\n') {
                    bytes.write(b);
                }
                continue;
            }
            if (b == '\\' && !raw) {
                escaped = true;
                continue;
            }
            if (b == '\n') {
                line.append(bytes.toString(StandardCharsets.UTF_8));
                return true;
            }
            bytes.write(b);
        }
    }

    private static void assign(Invocation call, List<String> names, String line) {
        String rest = names.size() == 1 && names.get(0).equals("REPLY") ? line : line.strip();
        for (int i = 0; i < names.size(); i++) {
            String value;
            if (i == names.size() - 1) {
                value = rest;
            } else {
                int blank = indexOfBlank(rest);
                value = blank < 0 ? rest : rest.substring(0, blank);
                rest = blank < 0 ? "" : rest.substring(blank).stripLeading();
            }
            call.shell().setVariable(names.get(i), value);
        }
    }

    private static int indexOfBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }
}
