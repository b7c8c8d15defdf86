package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code sort} (-r -n -u -f) and {@code uniq} (-c -d -u -i) over files or stdin. */
final class SortUniq {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(-?[0-9]*(?:\\.[0-9]*)?)");

    private SortUniq() {
    }

    static int sort(Invocation call) {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "rnufbs", "", Map.of("reverse", 'r', "numeric-sort", 'n',
                    "unique", 'u', "ignore-case", 'f'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 2);
        }
        List<String> lines = new ArrayList<>();
        for (String f : o.operands().isEmpty() ? List.of("-") : o.operands()) {
            try {
                lines.addAll(Inputs.lines(Inputs.read(call, f)));
            } catch (IOException e) {
                call.err().println("sort: cannot read: " + f + ": " + e.getMessage());
                return 2;
            }
        }
        Comparator<String> key = o.has('n') ? Comparator.comparingDouble(SortUniq::number)
                : o.has('f') ? (a, b) -> Bytewise.compare(a.toUpperCase(), b.toUpperCase()) : Bytewise::compare;
        Comparator<String> full = o.has('u') || o.has('s') || !(o.has('n') || o.has('f'))
                ? key : key.thenComparing(Bytewise::compare);
        if (o.has('r')) {
            full = full.reversed();
        }
        lines.sort(full);
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (o.has('u') && previous != null && key.compare(previous, line) == 0) {
                continue;
            }
            sb.append(line).append('\n');
            previous = line;
        }
        call.out().print(sb);
        return 0;
    }

    private static double number(String line) {
        Matcher m = LEADING_NUMBER.matcher(line);
        if (m.find()) {
            String n = m.group(1);
            if (!n.isEmpty() && !n.equals("-") && !n.equals(".") && !n.equals("-.")) {
                return Double.parseDouble(n);
            }
        }
        return 0;
    }

    static int uniq(Invocation call) throws IOException {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "cdui", "", Map.of("count", 'c', "repeated", 'd', "unique", 'u',
                    "ignore-case", 'i'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        String input = o.operands().isEmpty() ? "-" : o.operands().get(0);
        List<String> lines;
        try {
            lines = Inputs.lines(Inputs.read(call, input));
        } catch (IOException e) {
            call.err().println("uniq: " + input + ": " + e.getMessage());
            return 1;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            while (j < lines.size() && same(lines.get(i), lines.get(j), o.has('i'))) {
                j++;
            }
            int n = j - i;
            if ((!o.has('d') || n > 1) && (!o.has('u') || n == 1)) {
                sb.append(o.has('c') ? String.format("%7d ", n) : "").append(lines.get(i)).append('\n');
            }
            i = j;
        }
        call.out().print(sb);
        return 0;
    }

    private static boolean same(String a, String b, boolean ignoreCase) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }
}
