package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code awk}: POSIX awk as mawk 1.3.4 (the tutor's shell and Debian images) or busybox awk (busybox and alpine
 * images) run it: options {@code -F -v -f} (busybox also {@code -e}), the program, then operands (files, {@code -}
 * and {@code var=value} assignments). Parsing is {@link AwkParser}'s, running {@link AwkInterpreter}'s; every
 * refusal in the program's own words. mawk writes standard output when it exits (after its error, if any, when the
 * output is not a terminal); busybox writes it first.
 */
final class Awk {
    private Awk() {
    }

    static int run(Invocation call) {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        String name = call.name().substring(call.name().lastIndexOf('/') + 1);
        AwkDialect dialect = new AwkDialect(busybox, name);
        List<String> args = call.args();
        List<String[]> assignments = new ArrayList<>();
        StringBuilder program = null;
        String fs = null;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            char opt = a.charAt(1);
            boolean known = opt == 'F' || opt == 'v' || opt == 'f' || opt == 'W' || busybox && opt == 'e';
            if (!known || a.startsWith("--")) {
                if (busybox) {
                    return BusyboxUsage.refuse(call, a.startsWith("--") ? "unrecognized option '" + a + "'"
                            : "invalid option -- '" + opt + "'");
                }
                call.err().println(name + ": not an option: " + a);
                return 2;
            }
            String value = a.length() > 2 ? a.substring(2) : i + 1 < args.size() ? args.get(++i) : null;
            if (value == null) {
                if (busybox) {
                    return BusyboxUsage.refuse(call, "option requires an argument -- '" + opt + "'");
                }
                call.err().println(name + ": option -" + opt + " lacks argument");
                return 2;
            }
            switch (opt) {
                case 'F' -> fs = unescape(value);
                case 'v' -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0 && busybox) {
                        return BusyboxUsage.show(call);
                    }
                    if (eq <= 0) {
                        call.err().println(name + ": improper assignment: -v " + value);
                        return 2;
                    }
                    assignments.add(new String[] {value.substring(0, eq), unescape(value.substring(eq + 1))});
                }
                case 'f' -> {
                    try {
                        program = (program == null ? new StringBuilder() : program.append('\n'))
                                .append(new String(Inputs.read(call, value), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        return fail(call, dialect.cannotOpenProgram(value, e.getMessage()));
                    }
                }
                case 'e' -> program = (program == null ? new StringBuilder() : program.append('\n')).append(value);
                default -> {
                    if (!busybox && value.startsWith("v")) {
                        call.out().print(resource("mawk-version.txt"));
                        return 0;
                    }
                }
            }
        }
        if (program == null) {
            if (i >= args.size()) {
                if (busybox) {
                    return BusyboxUsage.show(call);
                }
                call.err().print(resource("mawk-usage.txt"));
                return 0;
            }
            program = new StringBuilder(args.get(i++));
        }
        AwkInterpreter awk;
        try {
            AwkNode.Program parsed = AwkParser.parse(program.toString(), dialect);
            awk = new AwkInterpreter(call, dialect, parsed, args.subList(i, args.size()));
        } catch (AwkError e) {
            return fail(call, e);
        }
        if (fs != null) {
            awk.setScalar("FS", AwkValue.string(fs));
        }
        for (String[] kv : assignments) {
            awk.setScalar(kv[0], AwkValue.input(kv[1]));
        }
        try {
            int status = awk.run();
            call.out().print(awk.out);
            return status;
        } catch (AwkError e) {
            if (busybox || call.outIsTerminal()) {
                call.out().print(awk.out);
                call.out().flush();
                return fail(call, e);
            }
            int status = fail(call, e);
            call.out().print(awk.out);
            return status;
        } catch (StackOverflowError e) {
            call.out().print(awk.out);
            return fail(call, new AwkError(call.shell().messages().format("awk.tooMuchWork", name, AwkState.MAX_STEPS), 2));
        }
    }

    private static int fail(Invocation call, AwkError e) {
        call.err().println(e.getMessage());
        return e.status();
    }

    /** A value from the command line ({@code -v}, {@code -F}, operand assignments) with its escapes processed. */
    static String unescape(String value) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '\\' && k + 1 < value.length()) {
                k = AwkLexer.escape(value, k + 1, s) - 1;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String resource(String file) {
        try (InputStream in = Awk.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
