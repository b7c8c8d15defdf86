package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.util.List;

/** bash's {@code printf}: %s %b %c %d %i %u %x %X %o %f %e %g %% with flags, width and precision; reuses the format. */
final class Printf {
    private Printf() {
    }

    static int run(Invocation call) {
        List<String> args = call.args();
        if (!args.isEmpty() && args.get(0).equals("--")) {
            args = args.subList(1, args.size());
        }
        if (args.isEmpty()) {
            call.err().println(call.shell().name() + ": printf: usage: printf [-v var] format [arguments]");
            return 2;
        }
        String format = args.get(0);
        List<String> values = args.subList(1, args.size());
        StringBuilder out = new StringBuilder();
        int[] status = {0};
        int next = 0;
        do {
            int consumed = once(call, format, values, next, out, status);
            if (consumed < 0) {
                break;
            }
            if (consumed == 0) {
                break;
            }
            next += consumed;
        } while (next < values.size());
        call.out().print(out);
        return status[0];
    }

    /** One pass over the format; returns how many arguments it used, or -1 after {@code \c}. */
    private static int once(Invocation call, String f, List<String> values, int start, StringBuilder out, int[] status) {
        int used = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\') {
                int end = Math.min(f.length(), i + 2);
                if (i + 1 < f.length() && (f.charAt(i + 1) == 'x' || f.charAt(i + 1) >= '0' && f.charAt(i + 1) <= '7')) {
                    end = escapeEnd(f, i);
                }
                Escapes.Result r = Escapes.printf(f.substring(i, end));
                out.append(r.text());
                if (r.stop()) {
                    return -1;
                }
                i = end - 1;
                continue;
            }
            if (c != '%' || i + 1 >= f.length()) {
                out.append(c);
                continue;
            }
            int specStart = i;
            i++;
            while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            while (i < f.length() && (Character.isDigit(f.charAt(i)) || f.charAt(i) == '.')) {
                i++;
            }
            if (i >= f.length()) {
                out.append(f, specStart, i);
                break;
            }
            char conv = f.charAt(i);
            String spec = f.substring(specStart, i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            String arg = start + used < values.size() ? values.get(start + used) : null;
            used++;
            out.append(convert(call, spec, conv, arg, status));
        }
        return used;
    }

    private static int escapeEnd(String f, int i) {
        char n = f.charAt(i + 1);
        int end = i + 2;
        int max = n == 'x' ? i + 4 : i + 4;
        while (end < f.length() && end < max
                && (n == 'x' ? Character.digit(f.charAt(end), 16) >= 0 : f.charAt(end) >= '0' && f.charAt(end) <= '7')) {
            end++;
        }
        return end;
    }

    private static String convert(Invocation call, String spec, char conv, String arg, int[] status) {
        String a = arg == null ? "" : arg;
        if ("sbc".indexOf(conv) >= 0) {
            spec = spec.replaceAll("[0+ #]", "");
            spec = spec.matches("%-?[0-9]*(\\.[0-9]+)?") ? spec : "%";
        }
        switch (conv) {
            case 's':
                return safeFormat(spec, "s", a);
            case 'b':
                return safeFormat(spec, "s", Escapes.echo(a).text());
            case 'c':
                return safeFormat(spec, "s", a.isEmpty() ? "" : a.substring(0, 1));
            case 'd', 'i', 'u', 'x', 'X', 'o':
                long n = integer(call, arg, status);
                String javaConv = conv == 'i' || conv == 'u' ? "d" : String.valueOf(conv);
                String intSpec = spec.replaceAll("\\.[0-9]*", "");
                return safeFormat(conv == 'd' || conv == 'i' || conv == 'u' ? intSpec.replace("#", "") : intSpec,
                        javaConv, n);
            case 'f', 'e', 'E', 'g', 'G':
                double d = decimal(call, arg, status);
                return safeFormat(spec, String.valueOf(conv), d);
            default:
                return spec + conv;
        }
    }

    /** Java's Formatter rejects some flag mixes C accepts; drop the flags rather than fail. */
    private static String safeFormat(String spec, String conv, Object value) {
        try {
            return String.format(java.util.Locale.ROOT, spec + conv, value);
        } catch (java.util.IllegalFormatException e) {
            return String.format(java.util.Locale.ROOT, "%" + conv, value);
        }
    }

    private static long integer(Invocation call, String arg, int[] status) {
        if (arg == null || arg.isEmpty()) {
            return 0;
        }
        String t = arg.strip();
        try {
            if (t.startsWith("'") || t.startsWith("\"")) {
                return t.length() > 1 ? t.codePointAt(1) : 0;
            }
            if (t.matches("[+-]?0[xX][0-9a-fA-F]+")) {
                return Long.parseLong(t.replaceFirst("0[xX]", ""), 16);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            ShellBuiltins.bashError(call, arg + ": invalid number");
            status[0] = 1;
            String digits = t.replaceFirst("^([+-]?[0-9]*).*", "$1");
            return digits.isEmpty() || digits.equals("-") || digits.equals("+") ? 0 : Long.parseLong(digits);
        }
    }

    private static double decimal(Invocation call, String arg, int[] status) {
        if (arg == null || arg.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(arg.strip());
        } catch (NumberFormatException e) {
            ShellBuiltins.bashError(call, arg + ": invalid number");
            status[0] = 1;
            return 0;
        }
    }
}
