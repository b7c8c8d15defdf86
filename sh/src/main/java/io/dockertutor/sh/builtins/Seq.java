package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code seq [-w] [-s SEP] [FIRST [INC]] LAST}: numbers from FIRST to LAST in steps of INC (both default to 1),
 * with as many decimals as FIRST and INC have, as coreutils and busybox print them.
 */
final class Seq {
    private Seq() {
    }

    static int run(Invocation call) {
        boolean width = false;
        String separator = "\n";
        List<String> numbers = new ArrayList<>();
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-w")) {
                width = true;
            } else if (a.equals("-s") && i + 1 < args.size()) {
                separator = args.get(++i);
            } else if (a.startsWith("-s") && a.length() > 2) {
                separator = a.substring(2);
            } else if (a.startsWith("-") && a.length() > 1 && !Character.isDigit(a.charAt(1)) && a.charAt(1) != '.') {
                return Usage.fail(call, a.equals("-s") ? "option requires an argument -- 's'"
                        : "invalid option -- '" + a.charAt(1) + "'", 1);
            } else {
                numbers.add(a);
            }
        }
        if (numbers.isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        if (numbers.size() > 3) {
            return Usage.fail(call, "extra operand " + Quoting.locale(numbers.get(3)), 1);
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String n : numbers) {
            try {
                values.add(new BigDecimal(n.startsWith("+") ? n.substring(1) : n));
            } catch (NumberFormatException e) {
                if (call.shell().userland() == Userland.BUSYBOX) {
                    return BusyboxUsage.show(call);
                }
                return Usage.fail(call, "invalid floating point argument: " + Quoting.locale(n), 1);
            }
        }
        BigDecimal first = values.size() > 1 ? values.get(0) : BigDecimal.ONE;
        BigDecimal step = values.size() == 3 ? values.get(1) : BigDecimal.ONE;
        BigDecimal last = values.get(values.size() - 1);
        if (step.signum() == 0) {
            return Usage.fail(call, "invalid Zero increment value: " + Quoting.locale(numbers.get(1)), 1);
        }
        int scale = Math.max(Math.max(first.scale(), step.scale()), 0);
        List<String> out = new ArrayList<>();
        for (BigDecimal v = first; step.signum() > 0 ? v.compareTo(last) <= 0 : v.compareTo(last) >= 0; v = v.add(step)) {
            out.add(v.setScale(scale, java.math.RoundingMode.HALF_EVEN).toPlainString());
            if (out.size() > 100_000) {
                break; // a learner's typo should not fill the screen for minutes
            }
        }
        if (width) {
            int w = Math.max(first.setScale(scale).toPlainString().length(), last.setScale(scale, java.math.RoundingMode.DOWN).toPlainString().length());
            out.replaceAll(s -> "0".repeat(Math.max(0, w - s.length())) + s);
        }
        if (!out.isEmpty()) {
            call.out().print(String.join(separator, out) + "\n");
        }
        return 0;
    }
}
