package io.dockertutor.cli.grammar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value converters behind docker's typed flags, with their Go error texts: {@code bytes} (go-units
 * {@code RAMInBytes}), {@code decimal} ({@code opts.ParseCPUs} on a {@code big.Rat}), {@code duration}
 * ({@code time.ParseDuration}) and {@code ulimit} (go-units {@code ParseUlimit}).
 */
final class FlagConverters {
    private static final Pattern GO_FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern RATIO = Pattern.compile("([+-]?\\d+)/(\\d+)");
    private static final Set<String> ULIMITS = Set.of("core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue",
            "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");

    private FlagConverters() {
    }

    /** go-units {@code parseSize}: a number, an optional space, then b, k, m, g, t or p with an optional b or ib. */
    static Optional<String> size(String s) {
        int sep = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            if ("0123456789. ".indexOf(s.charAt(i)) >= 0) {
                sep = i;
                break;
            }
        }
        if (sep < 0) {
            return Optional.of("invalid size: '" + s + "'");
        }
        String num = s.charAt(sep) == ' ' ? s.substring(0, sep) : s.substring(0, sep + 1);
        String sfx = s.substring(sep + 1);
        if (!GO_FLOAT.matcher(num).matches()) {
            return Optional.of("strconv.ParseFloat: parsing " + FlagValues.quote(num) + ": invalid syntax");
        }
        if (num.startsWith("-") && Double.parseDouble(num) < 0) {
            return Optional.of("invalid size: '" + s + "'");
        }
        if (sfx.isEmpty()) {
            return Optional.empty();
        }
        String lower = sfx.toLowerCase(java.util.Locale.ROOT);
        boolean ok = sfx.length() <= 3 && (lower.equals("b")
                || "kmgtp".indexOf(lower.charAt(0)) >= 0 && (lower.length() == 1 || lower.substring(1).equals("b")
                || lower.substring(1).equals("ib")));
        return ok ? Optional.empty() : Optional.of("invalid suffix: '" + (sfx.length() > 3 ? sfx : lower) + "'");
    }

    /** {@code opts.ParseCPUs}: a rational number ({@code 1.5}, {@code 1/2}, {@code 2e-1}) that is a whole count of nanoCPUs. */
    static Optional<String> cpus(String s) {
        BigDecimal value;
        var ratio = RATIO.matcher(s);
        if (ratio.matches() && !new BigInteger(ratio.group(2)).equals(BigInteger.ZERO)) {
            BigInteger num = new BigInteger(ratio.group(1)).multiply(BigInteger.valueOf(1_000_000_000L));
            BigInteger[] qr = num.divideAndRemainder(new BigInteger(ratio.group(2)));
            return qr[1].signum() == 0 ? Optional.empty() : Optional.of("value is too precise");
        } else if (GO_FLOAT.matcher(s).matches()) {
            value = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        } else {
            return Optional.of("failed to parse " + s + " as a rational number");
        }
        BigDecimal nano = value.movePointRight(9);
        return nano.stripTrailingZeros().scale() <= 0 ? Optional.empty() : Optional.of("value is too precise");
    }

    /** Go's {@code time.ParseDuration}: signed sequence of decimal numbers each with a unit (ns us µs ms s m h). */
    static Optional<String> duration(String orig) {
        String invalid = "time: invalid duration " + FlagValues.quote(orig);
        String s = orig;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Optional.empty();
        }
        if (s.isEmpty()) {
            return Optional.of(invalid);
        }
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            boolean pre = i > start;
            boolean post = false;
            if (i < s.length() && s.charAt(i) == '.') {
                int f = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                post = i > f;
            }
            if (!pre && !post) {
                return Optional.of(invalid);
            }
            int u = i;
            while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(u, i);
            if (unit.isEmpty()) {
                return Optional.of("time: missing unit in duration " + FlagValues.quote(orig));
            }
            if (!Set.of("ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "m", "h").contains(unit)) {
                return Optional.of("time: unknown unit " + FlagValues.quote(unit) + " in duration " + FlagValues.quote(orig));
            }
        }
        return Optional.empty();
    }

    /** go-units {@code ParseUlimit}: {@code name=soft[:hard]}, a known name, soft not above hard. */
    static Optional<String> ulimit(String val) {
        int eq = val.indexOf('=');
        if (eq < 0) {
            return Optional.of("invalid ulimit argument: " + val);
        }
        String name = val.substring(0, eq);
        if (!ULIMITS.contains(name)) {
            return Optional.of("invalid ulimit type: " + name);
        }
        String[] limits = val.substring(eq + 1).split(":", -1);
        if (limits.length > 2) {
            return Optional.of("too many limit value arguments - " + val.substring(eq + 1)
                    + ", can only have up to two, `soft[:hard]`");
        }
        for (int i = limits.length - 1; i >= 0; i--) {
            Optional<String> bad = FlagValues.check("int64", limits[i]);
            if (bad.isPresent()) {
                return bad;
            }
        }
        long soft = Long.parseLong(limits[0]);
        long hard = limits.length == 2 ? Long.parseLong(limits[1]) : soft;
        if (hard != -1 && soft == -1) {
            return Optional.of("ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: " + hard);
        }
        if (hard != -1 && soft > hard) {
            return Optional.of("ulimit soft limit must be less than or equal to hard limit: " + soft + " > " + hard);
        }
        return Optional.empty();
    }
}
