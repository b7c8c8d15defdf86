package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.util.List;

/**
 * bash's {@code printf} (and busybox's, which follows it): %s %b %c %q %d %i %o %u %x %X %f %F %e %E %g %G %% with
 * flags, widths and precisions written or taken from arguments ({@code *}); reuses the format while arguments remain.
 * Widths and precisions past {@link PrintfField#MAX}, and output past {@link #MAX_OUTPUT}, end in an error line.
 */
final class Printf {
    /** What one printf may print in all: sixteen fields of the widest kind. */
    static final int MAX_OUTPUT = 16 * PrintfField.MAX;

    private Printf() {
    }

    static int run(Invocation call) {
        List<String> args = call.args();
        if (!args.isEmpty() && args.get(0).equals("--")) {
            args = args.subList(1, args.size());
        }
        if (args.isEmpty()) {
            call.err().println(switch (call.shell().dialect()) {
                case ASH -> call.shell().name() + ": usage: printf FORMAT [ARGUMENT...]";
                case DASH -> io.dockertutor.sh.BuiltinErrors.line(call.shell(), "printf", "", "", "usage: printf format [arg ...]");
                case BASH -> call.shell().name() + ": printf: usage: printf [-v var] format [arguments]";
            });
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
            int flagsStart = i;
            while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            String flags = f.substring(flagsStart, i);
            long width = -1;
            if (i < f.length() && f.charAt(i) == '*') {
                i++;
                String w = start + used < values.size() ? values.get(start + used) : null;
                used++;
                width = starValue(call, w, status);
                if (width < 0) {
                    flags += "-";
                    width = -width;
                }
            } else {
                int digits = i;
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    i++;
                }
                width = i > digits ? digits(f.substring(digits, i)) : -1;
            }
            long precision = -1;
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                if (i < f.length() && f.charAt(i) == '*') {
                    i++;
                    String p = start + used < values.size() ? values.get(start + used) : null;
                    used++;
                    precision = starValue(call, p, status);
                    // C: a negative precision from an argument is taken as if none was given.
                    precision = precision < 0 ? -1 : precision;
                } else {
                    int digits = i;
                    while (i < f.length() && Character.isDigit(f.charAt(i))) {
                        i++;
                    }
                    precision = digits(f.substring(digits, i));
                }
            }
            while (i < f.length() && "hjlLtzZ".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            if (i >= f.length()) {
                out.append(f, specStart, i);
                break;
            }
            char conv = f.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            String arg = start + used < values.size() ? values.get(start + used) : null;
            used++;
            if ("diouxXfFeEgGsbcq".indexOf(conv) < 0) {
                ShellBuiltins.bashError(call, "`" + conv + "': invalid format character");
                status[0] = 1;
                return -1;
            }
            if (width > PrintfField.MAX || precision > PrintfField.MAX) {
                long size = Math.max(width, precision);
                call.err().println(call.shell().messages().format("printf.fieldTooLarge", call.shell().name(),
                        size == Long.MAX_VALUE ? f.substring(specStart, i + 1) : Long.toString(size), PrintfField.MAX));
                status[0] = 1;
                continue;
            }
            PrintfField field = new PrintfField(flags, (int) width, (int) precision, conv);
            if (convert(call, field, arg, out, status)) {
                return -1;
            }
            if (out.length() > MAX_OUTPUT) {
                // Many wide fields (one per argument, the format reused) add up where no single one is too wide.
                out.setLength(MAX_OUTPUT);
                call.err().println(call.shell().messages().format("printf.outputTooLarge", call.shell().name(),
                        MAX_OUTPUT));
                status[0] = 1;
                return -1;
            }
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

    /** Appends one conversion; true when {@code %b} met {@code \\c}, which ends all output. */
    private static boolean convert(Invocation call, PrintfField field, String arg, StringBuilder out, int[] status) {
        String a = arg == null ? "" : arg;
        switch (field.conversion()) {
            case 's' -> out.append(field.text(a));
            case 'b' -> {
                Escapes.Result r = Escapes.echo(a);
                out.append(field.text(r.text()));
                return r.stop();
            }
            case 'c' -> out.append(field.text(a.isEmpty() ? "" : a.substring(0, a.offsetByCodePoints(0, 1))));
            case 'q' -> out.append(field.text(Quoting.backslashed(a)));
            case 'f', 'F', 'e', 'E', 'g', 'G' -> out.append(field.decimal(decimal(call, arg, status)));
            default -> out.append(field.integer(integer(call, arg, status)));
        }
        return false;
    }

    /** A width or precision as written: saturates rather than overflows, so any length of digits is safe. */
    private static long digits(String text) {
        long n = 0;
        for (int k = 0; k < text.length(); k++) {
            n = n > Integer.MAX_VALUE ? Long.MAX_VALUE : n * 10 + (text.charAt(k) - '0');
        }
        return n;
    }

    /** A {@code *} width or precision: bash's integer rules, with an error and 0 for text that is not one. */
    private static long starValue(Invocation call, String arg, int[] status) {
        return arg == null ? 0 : integer(call, arg, status);
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
        String t = arg.strip();
        // strtod's words for the values that are not numbers; Java knows only "Infinity" and "NaN".
        String word = t.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity") || word.equals("nan")) {
            double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return t.startsWith("-") ? -v : v;
        }
        try {
            if (t.startsWith("'") || t.startsWith("\"")) {
                return t.length() > 1 ? t.codePointAt(1) : 0;
            }
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?0[xX][0-9a-fA-F.]+([pP][+-]?\\d+)?")) {
                throw new NumberFormatException(t);
            }
            return Double.parseDouble(t.matches("[+-]?0[xX][0-9a-fA-F.]+") ? t + "p0" : t);
        } catch (NumberFormatException e) {
            ShellBuiltins.bashError(call, arg + ": invalid number");
            status[0] = 1;
            return 0;
        }
    }
}
