package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HEALTHCHECK's flags and command ({@code NONE}, {@code CMD-SHELL} or {@code CMD}), with Go's duration syntax. */
final class Healthchecks {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    private Healthchecks() {
    }

    static ImageConfig.Healthcheck parse(Instruction ins) {
        List<String> w = ins.words();
        if (w.isEmpty()) {
            throw InstructionRules.fail(ins, "HEALTHCHECK requires at least one argument");
        }
        String type = w.get(0).toUpperCase(java.util.Locale.ROOT);
        if (type.equals("NONE")) {
            if (w.size() > 1) {
                throw InstructionRules.fail(ins, "HEALTHCHECK NONE takes no arguments");
            }
            return new ImageConfig.Healthcheck(List.of("NONE"), 0, 0, 0, 0);
        }
        if (!type.equals("CMD")) {
            throw InstructionRules.fail(ins, "Unknown type \"" + type + "\" in HEALTHCHECK (try CMD)");
        }
        String cmd = ins.rest().substring(3).strip();
        List<String> test = new ArrayList<>();
        List<String> json = cmd.startsWith("[") ? JsonArray.parse(cmd) : null;
        if (json != null) {
            test.add("CMD");
            test.addAll(json);
        } else {
            test.add("CMD-SHELL");
            test.add(cmd);
        }
        long interval = duration(ins, "interval");
        long timeout = duration(ins, "timeout");
        long start = duration(ins, "start-period");
        int retries = 0;
        String r = ins.flags().get("retries");
        if (r != null) {
            try {
                retries = Integer.parseInt(r);
            } catch (NumberFormatException e) {
                throw InstructionRules.fail(ins, "strconv.ParseInt: parsing \"" + r + "\": invalid syntax");
            }
        }
        return new ImageConfig.Healthcheck(test, interval, timeout, start, retries);
    }

    private static long duration(Instruction ins, String flag) {
        String v = ins.flags().get(flag);
        if (v == null || v.isEmpty() || v.equals("0")) {
            return 0;
        }
        Matcher m = DURATION_PART.matcher(v);
        long total = 0;
        int at = 0;
        while (m.find() && m.start() == at) {
            double n = Double.parseDouble(m.group(1));
            long unit = switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            total += (long) (n * unit);
            at = m.end();
        }
        if (at != v.length() || at == 0) {
            throw InstructionRules.fail(ins, "time: invalid duration \"" + v + "\"");
        }
        return total;
    }
}
