package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code nproc}, {@code free} and {@code uptime}: figures a real container reads from its host's kernel (CPUs,
 * memory, uptime and load are not namespaced). The simulator has no host to read, so they are fixed plausible
 * values of a small Docker Desktop VM: 4 CPUs, 8 GB of memory with 1 GB of swap, up 2 hours 13 minutes, nearly idle.
 * Only the time of day is real (UTC, as in an image without TZ).
 */
final class SystemFigures {
    static final int CPUS = 4;
    /** total, used, free, shared, buff/cache, available (KiB); used = total - free - buff/cache, as procps counts. */
    private static final long[] MEMORY = {8_026_512, 1_012_344, 5_123_456, 3_280, 1_890_712, 6_744_520};
    private static final long SWAP = 1_048_572;
    private static final String UP = " 2:13";
    private static final String LOAD = "0.08, 0.05, 0.01";

    private SystemFigures() {
    }

    static int nproc(Invocation call) {
        call.out().println(CPUS);
        return 0;
    }

    /** procps-ng 4's columns (the first number ends at column 20) or busybox's (column 19); -m and -g divide. */
    static int free(Invocation call) {
        boolean gnu = call.shell().userland() == Userland.GNU;
        long unit = 1;
        for (String a : call.args()) {
            if (a.equals("-m") || a.equals("--mebi")) {
                unit = 1024;
            } else if (a.equals("-g") || a.equals("--gibi")) {
                unit = 1024 * 1024;
            } else if (!a.equals("-k") && !a.equals("--kibi")) {
                return Usage.fail(call, a.startsWith("--") ? "unrecognized option '" + a + "'"
                        : "invalid option -- '" + a.charAt(a.length() > 1 ? 1 : 0) + "'", 1);
            }
        }
        int first = gnu ? 20 : 19;
        call.out().println(" ".repeat(first - 5) + "total        used        free      shared  buff/cache   available");
        StringBuilder mem = new StringBuilder(row("Mem:", MEMORY[0] / unit, first));
        for (int i = 1; i < MEMORY.length; i++) {
            mem.append(String.format("%12d", MEMORY[i] / unit));
        }
        call.out().println(mem);
        call.out().println(row("Swap:", SWAP / unit, first) + String.format("%12d%12d", 0, SWAP / unit));
        return 0;
    }

    static int uptime(Invocation call) {
        String now = LocalTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        boolean gnu = call.shell().userland() == Userland.GNU;
        // nobody is logged in to a container: procps says "0 user", busybox "0 users"
        call.out().println(" " + now + " up " + UP + ",  0 " + (gnu ? "user" : "users") + ",  load average: " + LOAD);
        return 0;
    }

    private static String row(String label, long value, int width) {
        String number = String.valueOf(value);
        return label + " ".repeat(Math.max(1, width - label.length() - number.length())) + number;
    }
}
