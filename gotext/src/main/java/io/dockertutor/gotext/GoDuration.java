package io.dockertutor.gotext;

/**
 * A Go {@code time.Duration}: encoding/json reads and writes it as integer nanoseconds, fmt prints its
 * {@code String()} form ({@code 30s}, {@code 1m0s}, {@code 1.5ms}, {@code 0s}).
 */
public record GoDuration(long nanos) implements GoStringer {
    @Override
    public String goString() {
        // time.Duration.String, digit for digit.
        if (nanos == 0) {
            return "0s";
        }
        boolean neg = nanos < 0;
        long u = Math.abs(nanos);
        StringBuilder sb = new StringBuilder();
        if (u < 1_000_000_000L) {
            int prec;
            String unit;
            if (u < 1_000L) {
                return (neg ? "-" : "") + u + "ns";
            } else if (u < 1_000_000L) {
                prec = 3;
                unit = "µs";
            } else {
                prec = 6;
                unit = "ms";
            }
            sb.append(fraction(u, prec)).append(unit);
        } else {
            String secs = fraction(u, 9);
            long whole = u / 1_000_000_000L;
            String frac = secs.substring(String.valueOf(whole).length());
            long minutes = whole / 60;
            sb.append(whole % 60).append(frac).append('s');
            if (minutes > 0) {
                sb.insert(0, (minutes % 60) + "m");
                long hours = minutes / 60;
                if (hours > 0) {
                    sb.insert(0, hours + "h");
                }
            }
        }
        return (neg ? "-" : "") + sb;
    }

    /** {@code v / 10^prec} with the fraction's trailing zeros (and a bare point) dropped. */
    private static String fraction(long v, int prec) {
        long scale = (long) Math.pow(10, prec);
        String frac = String.format("%0" + prec + "d", v % scale).replaceFirst("0+$", "");
        return (v / scale) + (frac.isEmpty() ? "" : "." + frac);
    }
}
