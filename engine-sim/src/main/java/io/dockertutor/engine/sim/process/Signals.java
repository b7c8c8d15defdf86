package io.dockertutor.engine.sim.process;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Linux signal numbers and default actions. PID 1 in a container gets no default action for signals it has
 * no handler for (except SIGKILL and SIGSTOP), which is why {@code docker stop} of a plain {@code sleep} waits
 * for the timeout and ends with 137.
 */
public final class Signals {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("SIGHUP", 1), Map.entry("SIGINT", 2), Map.entry("SIGQUIT", 3), Map.entry("SIGILL", 4),
            Map.entry("SIGTRAP", 5), Map.entry("SIGABRT", 6), Map.entry("SIGBUS", 7), Map.entry("SIGFPE", 8),
            Map.entry("SIGKILL", 9), Map.entry("SIGUSR1", 10), Map.entry("SIGSEGV", 11), Map.entry("SIGUSR2", 12),
            Map.entry("SIGPIPE", 13), Map.entry("SIGALRM", 14), Map.entry("SIGTERM", 15), Map.entry("SIGSTKFLT", 16),
            Map.entry("SIGCHLD", 17), Map.entry("SIGCONT", 18), Map.entry("SIGSTOP", 19), Map.entry("SIGTSTP", 20),
            Map.entry("SIGTTIN", 21), Map.entry("SIGTTOU", 22), Map.entry("SIGURG", 23), Map.entry("SIGXCPU", 24),
            Map.entry("SIGXFSZ", 25), Map.entry("SIGVTALRM", 26), Map.entry("SIGPROF", 27), Map.entry("SIGWINCH", 28),
            Map.entry("SIGIO", 29), Map.entry("SIGPWR", 30), Map.entry("SIGSYS", 31));
    private static final List<String> IGNORED_BY_DEFAULT = List.of("SIGCHLD", "SIGCONT", "SIGURG", "SIGWINCH");

    private Signals() {
    }

    /**
     * {@code KILL}, {@code SIGKILL}, {@code 9} to {@code SIGKILL}; null when Docker would refuse it
     * ({@code Invalid signal: X}).
     */
    public static String normalize(String signal) {
        if (signal == null || signal.isEmpty()) {
            return null;
        }
        String s = signal.toUpperCase(Locale.ROOT);
        if (s.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(s);
            return NUMBERS.entrySet().stream().filter(e -> e.getValue() == n).map(Map.Entry::getKey).findFirst().orElse(null);
        }
        if (!s.startsWith("SIG")) {
            s = "SIG" + s;
        }
        return NUMBERS.containsKey(s) ? s : null;
    }

    public static int number(String signal) {
        return NUMBERS.getOrDefault(signal, 15);
    }

    /** What the kernel does with a signal the process has no handler for. */
    public static Program.SignalOutcome defaultAction(String signal, boolean pid1) {
        if (signal.equals("SIGKILL")) {
            return Program.SignalOutcome.exit(137, List.of());
        }
        if (pid1 || IGNORED_BY_DEFAULT.contains(signal) || signal.equals("SIGSTOP") || signal.equals("SIGTSTP")) {
            return Program.SignalOutcome.ignored();
        }
        return Program.SignalOutcome.exit(128 + number(signal), List.of());
    }
}
