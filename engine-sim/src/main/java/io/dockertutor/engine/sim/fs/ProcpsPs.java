package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Invocation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;

/**
 * procps-ng's {@code ps} (the images that install procps: buildpack-deps' python, node and golang, CentOS): the
 * default listing ({@code PID TTY TIME CMD}, the processes of the same user; {@code -e}/{@code -A} all of them) and
 * {@code -f}'s full one ({@code UID PID PPID C STIME TTY TIME CMD}), as procps-ng 4.0.2 prints them (recorded on
 * Debian 12 in a PID namespace). Other options ({@code aux}, {@code -o}) are answered as not modelled: their memory
 * and CPU columns would be made up.
 */
final class ProcpsPs {
    private static final DateTimeFormatter STIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private ProcpsPs() {
    }

    /** Prints the listing; empty when the options ask for something not modelled. */
    static OptionalInt run(Invocation call, ShellProcesses processes) {
        boolean all = false;
        boolean full = false;
        for (String a : call.args()) {
            if (!a.matches("-[eAfw]+")) {
                return OptionalInt.empty();
            }
            all |= a.contains("e") || a.contains("A");
            full |= a.contains("f");
        }
        ProcessTable table = processes.table();
        String me = table.current().user();
        String tty = table.terminal() ? "pts/0" : "?";
        call.out().println(full ? "UID          PID    PPID  C STIME TTY          TIME CMD" : "    PID TTY          TIME CMD");
        for (ProcessTable.Process p : table.list()) {
            if (!all && !p.user().equals(me)) {
                continue;
            }
            if (full) {
                Accounts account = Accounts.of(path -> ProcessView.read(call, path), p.user());
                String user = account.name() == null ? String.valueOf(account.uid())
                        : account.name().length() > 8 ? account.name().substring(0, 7) + "+" : account.name();
                call.out().println(String.format("%-8s %7d %7d %2d %5s %-8s %8s %s", user, p.pid(), p.ppid(), 0,
                        STIME.format(p.started()), tty, "00:00:00", String.join(" ", p.argv())));
            } else {
                call.out().println(String.format("%7d %-8s %8s %s", p.pid(), tty, "00:00:00", p.comm()));
            }
        }
        return OptionalInt.of(0);
    }
}
