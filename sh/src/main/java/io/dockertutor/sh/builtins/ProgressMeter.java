package io.dockertutor.sh.builtins;

import java.io.PrintStream;

/**
 * curl's progress meter, which it writes to stderr when its output is not the terminal. Timings are those of
 * an instant local transfer; the speed columns assume one millisecond.
 */
final class ProgressMeter {
    private static final String HEADER =
            "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
            + "                                 Dload  Upload   Total   Spent    Left  Speed\n";
    private static final String TIMES = " --:--:-- --:--:-- --:--:-- ";

    private final PrintStream err;
    private final boolean on;
    private boolean started;

    ProgressMeter(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    void start() {
        if (on && !started) {
            err.print(HEADER + "\r" + line(0, 0));
            started = true;
        }
    }

    /** After a name failed to resolve curl stops without ending the meter's line. */
    void unresolved() {
    }

    void done(long bytes) {
        done(bytes, bytes);
    }

    /**
     * Ends the meter: {@code expected} is the size the answer announced (Content-Length), which curl shows as the
     * total even when it received nothing of it (a HEAD request).
     */
    void done(long expected, long bytes) {
        if (on && started) {
            err.print("\r" + line(expected, bytes, bytes * 1000) + "\n");
            started = false;
        }
    }

    private static String line(long bytes, long speed) {
        return line(bytes, bytes, speed);
    }

    private static String line(long total, long bytes, long speed) {
        int percent = total > 0 && bytes >= total ? 100 : 0;
        int received = bytes > 0 ? 100 : 0;
        return String.format("%3d %s  %3d %s  %3d %s  %s  %s%s%s", percent, max5(total), received, max5(bytes), 0,
                max5(0), max5(speed), max5(0), TIMES, max5(speed));
    }

    /** curl's max5data: a number in five columns, with k or M suffixes when it would not fit. */
    static String max5(long n) {
        if (n < 100_000) {
            return String.format("%5d", n);
        }
        if (n < 10_000L * 1024) {
            return String.format("%4dk", n / 1024);
        }
        if (n < 100L * 1024 * 1024) {
            return String.format("%2d.%dM", n / (1024 * 1024), (n % (1024 * 1024)) / (1024 * 1024 / 10));
        }
        return String.format("%4dM", n / (1024 * 1024));
    }
}
