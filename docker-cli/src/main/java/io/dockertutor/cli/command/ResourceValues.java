package io.dockertutor.cli.command;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values of the resource flags as the CLI sends them: memory sizes in bytes, CPUs in nanoCPUs. */
final class ResourceValues {
    /** go-units {@code RAMInBytes}. */
    private static final Pattern RAM = Pattern.compile("^(\\d+(?:\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

    private ResourceValues() {
    }

    /** A memory size ({@code 64m}, {@code 1.5g}, {@code -1}) in bytes; 0 when not given. */
    static long ram(String v) {
        if (v.isEmpty()) {
            return 0;
        }
        if (v.equals("-1")) {
            return -1;
        }
        Matcher m = RAM.matcher(v);
        if (!m.matches()) {
            return 0; // refused by the flag's own converter before the command runs
        }
        int shift = m.group(2) == null ? 0 : 10 * ("kmgtp".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1L << shift)).longValue();
    }

    /** {@code opts.NanoCPUs}: CPUs times 1e9. */
    static long nanoCpus(String cpus) {
        return cpus.isEmpty() ? 0 : new BigDecimal(cpus).movePointRight(9).longValue();
    }
}
