package io.dockertutor.engine.sim.fs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The processes of one running container, as {@code ps} and {@code /proc} show them: its main process as PID 1,
 * what {@code docker exec} started, and the children shells started, while they run.
 *
 * <p>The PID rule, from the lab engine (runc; recorded with {@code ps} in busybox): the main process is 1 and the
 * first process forked after it is 7, because runc's init uses PIDs 2 to 6 for its threads before it execs the
 * program. A {@code docker exec} process takes the next PID, and its own children start 5 after it (runc's threads
 * again); the next exec comes at least 6 after the previous one. A child a shell forks takes the next PID. So a
 * container that runs {@code sleep 1000} shows {@code docker exec ps} as 7, then 13, and
 * {@code docker exec sh -c 'ps; true'} after those as sh 19 with ps 24. Forks of builtins in pipelines and
 * subshells take PIDs in a real shell but are not counted here.
 */
public final class ProcessTable {
    /** One process: {@code user} is the {@code -u} value it runs as, {@code comm} its name in the kernel. */
    public record Process(int pid, int ppid, int session, List<String> argv, String comm, String user, Instant started) {
        public Process {
            argv = List.copyOf(argv);
        }

        /** {@code /proc/PID/cmdline}: the arguments, each ended by a NUL. */
        String cmdline() {
            StringBuilder sb = new StringBuilder();
            argv.forEach(a -> sb.append(a).append('\0'));
            return sb.toString();
        }

        static String baseName(List<String> argv) {
            String first = argv.isEmpty() ? "" : argv.get(0);
            String base = first.substring(first.lastIndexOf('/') + 1);
            return base.length() > 15 ? base.substring(0, 15) : base; // the kernel keeps 15 bytes of a name
        }
    }

    private final Instant startedAt;
    private final boolean terminal;
    private final List<Process> running = new ArrayList<>();
    /** Innermost last: the process now running is the one a program reading /proc/self or running ps is. */
    private final List<Process> active = new ArrayList<>();
    private int next = 7;

    /**
     * @param startedAt when the container started (a restart is a new PID namespace, so a new table)
     * @param terminal  whether the container has a terminal ({@code -t}): its processes show {@code 136,0} as TT
     */
    public ProcessTable(Instant startedAt, List<String> mainArgv, String user, boolean terminal) {
        this.startedAt = startedAt;
        this.terminal = terminal;
        Process main = new Process(1, 0, 1, mainArgv, Process.baseName(mainArgv), user, startedAt);
        running.add(main);
        active.add(main);
    }

    public Instant startedAt() {
        return startedAt;
    }

    boolean terminal() {
        return terminal;
    }

    /** PID 1. */
    public Process main() {
        return running.get(0);
    }

    /** A process {@code docker exec} starts, running until {@link #ended}. */
    public synchronized Process execStarted(List<String> argv, String user, Instant now) {
        Process p = new Process(next, 0, next, argv, Process.baseName(argv), user, now);
        next = p.pid() + 5;
        running.add(p);
        active.add(p);
        return p;
    }

    /** A child {@code parent} forks to run {@code argv}; {@code comm} as the kernel names it. */
    synchronized Process forked(Process parent, List<String> argv, String comm, Instant now) {
        Process p = new Process(next++, parent.pid(), parent.session(), argv, comm, parent.user(), now);
        running.add(p);
        active.add(p);
        return p;
    }

    /** PID 1 {@code exec}s {@code argv} (the shell of {@code sh -c 'echo ready; sleep 300'} once its first commands ran). */
    public void mainExecs(List<String> argv) {
        replaced(main(), argv, Process.baseName(argv));
    }

    /** {@code exec} in place: the same PID runs {@code argv} now (a shell's last command). */
    synchronized Process replaced(Process p, List<String> argv, String comm) {
        Process now = new Process(p.pid(), p.ppid(), p.session(), argv, comm, p.user(), p.started());
        running.replaceAll(q -> q.pid() == p.pid() ? now : q);
        active.replaceAll(q -> q.pid() == p.pid() ? now : q);
        return now;
    }

    public synchronized void ended(Process p) {
        running.removeIf(q -> q.pid() == p.pid());
        active.removeIf(q -> q.pid() == p.pid());
        if (p.ppid() == 0 && p.pid() != 1) {
            next = Math.max(next, p.pid() + 6);
        }
    }

    /** The processes that exist now, by PID. */
    synchronized List<Process> list() {
        List<Process> all = new ArrayList<>(running);
        all.sort(Comparator.comparingInt(Process::pid));
        return all;
    }

    /** The process running now: the one asking. */
    synchronized Process current() {
        return active.isEmpty() ? main() : active.get(active.size() - 1);
    }

    synchronized java.util.Optional<Process> find(int pid) {
        return running.stream().filter(p -> p.pid() == pid).findFirst();
    }
}
