package io.dockertutor.bench.classroom;

import java.util.Arrays;

/** Round trips in nanoseconds, from many threads; percentiles by the nearest-rank method. */
final class Latencies {
    private long[] samples = new long[1024];
    private int count;

    /** The slowest few, with the command each was: what to look at first when the tail is long. */
    private final java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();

    /** Every sample with the moment it was taken and its command, for {@code --timeline}. */
    private final java.util.List<Sample> timeline = new java.util.ArrayList<>();

    private record Sample(long start, long nanos, String command) {
    }

    synchronized void add(long nanos, String command) {
        timeline.add(new Sample(System.nanoTime() - nanos, nanos, command));
        slowest.put(nanos, command);
        if (slowest.size() > 8) {
            slowest.pollFirstEntry();
        }
        add(nanos);
    }

    /** Each command as {@code START_MS<TAB>ROUND_TRIP_MS<TAB>COMMAND}, the start in milliseconds after {@code origin} ({@link System#nanoTime}'s clock). */
    synchronized java.util.List<String> timeline(long origin) {
        return timeline.stream().sorted(java.util.Comparator.comparingLong(Sample::start))
                .map(t -> String.format(java.util.Locale.ROOT, "%d\t%.1f\t%s", (t.start() - origin) / 1_000_000,
                        t.nanos() / 1e6, t.command().lines().findFirst().orElse("")))
                .toList();
    }

    /**
     * The p-th percentile of the commands typed in each whole second after {@code origin}, in milliseconds, by second:
     * where in the class the tail lies (a class that starts in step waits in its first lesson).
     */
    synchronized java.util.SortedMap<Integer, Double> percentileBySecond(long origin, double p) {
        java.util.SortedMap<Integer, java.util.List<Long>> bySecond = new java.util.TreeMap<>();
        for (Sample t : timeline) {
            bySecond.computeIfAbsent((int) ((t.start() - origin) / 1_000_000_000L), k -> new java.util.ArrayList<>()).add(t.nanos());
        }
        java.util.SortedMap<Integer, Double> out = new java.util.TreeMap<>();
        bySecond.forEach((second, nanos) -> {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            out.put(second, sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6);
        });
        return out;
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
