package io.dockertutor.bench.classroom;

import java.util.Arrays;

/** Round trips in nanoseconds, from many threads; percentiles by the nearest-rank method. */
final class Latencies {
    private long[] samples = new long[1024];
    private int count;

    /** The slowest few, with the command each was: what to look at first when the tail is long. */
    private final java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();

    synchronized void add(long nanos, String command) {
        slowest.put(nanos, command);
        if (slowest.size() > 8) {
            slowest.pollFirstEntry();
        }
        add(nanos);
    }

    synchronized java.util.List<String> slowest() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        slowest.descendingMap().forEach((nanos, command) -> lines.add(String.format(java.util.Locale.ROOT, "%8.1f ms  %s",
                nanos / 1e6, command.lines().findFirst().orElse(""))));
        return lines;
    }

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds; 0 when there are no samples. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
