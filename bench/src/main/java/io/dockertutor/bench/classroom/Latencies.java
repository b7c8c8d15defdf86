package io.dockertutor.bench.classroom;

import java.util.Arrays;

/** Round trips in nanoseconds, from many threads; percentiles by the nearest-rank method. */
final class Latencies {
    private long[] samples = new long[1024];
    private int count;

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
