package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Invocation;
import java.util.List;

/**
 * The {@code kill} builtin of the container's shell: {@code -l} lists Linux's signals as busybox does, a signal is
 * a number or a name, and a process id must be one that exists in the container: its PID 1 or the shell itself
 * ({@code $$}). Signals sent to them change nothing here (PID 1 ignores what it has no handler for). Texts from
 * busybox 1.35 ash and dash 0.5.12 (recorded on this machine and on the lab engine).
 */
final class ShellKill {
    private static final List<String> SIGNALS = List.of("HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
            "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
            "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS");
    /** The process ids that exist inside the container besides the shell itself ({@code $$}): its first process and 42. */
    private static final List<String> PIDS = List.of("1", "42");

    private ShellKill() {
    }

    /**
     * dash's {@code kill -l}: every number from 0 to 64 a line, by name where glibc has one (16 and 32, 33 by number,
     * 29 as IO, the real-time signals as RTMIN+n and RTMAX-n), as Debian 12's dash prints them.
     */
    private static List<String> dashSignalNames() {
        List<String> names = new java.util.ArrayList<>(List.of("0"));
        for (String name : SIGNALS) {
            names.add(name.equals("STKFLT") ? "16" : name.equals("POLL") ? "IO" : name);
        }
        names.add("32");
        names.add("33");
        names.add("RTMIN");
        for (int i = 1; i <= 15; i++) {
            names.add("RTMIN+" + i);
        }
        for (int i = 14; i >= 1; i--) {
            names.add("RTMAX-" + i);
        }
        names.add("RTMAX");
        return names;
    }

    static int run(Invocation call, ShellFlavor flavor) {
        String me = call.shell().name();
        List<String> args = call.args();
        if (!args.isEmpty() && args.get(0).equals("-l")) {
            if (args.size() == 1 && flavor == ShellFlavor.DASH) {
                dashSignalNames().forEach(call.out()::println);
                return 0;
            }
            if (args.size() == 1) {
                for (int i = 0; i < SIGNALS.size(); i++) {
                    call.out().println(String.format("%2d) %s", i + 1, SIGNALS.get(i)));
                }
                return 0;
            }
            for (String a : args.subList(1, args.size())) {
                if (a.matches("[0-9]+") && Integer.parseInt(a) >= 1 && Integer.parseInt(a) <= SIGNALS.size()) {
                    call.out().println(SIGNALS.get(Integer.parseInt(a) - 1));
                } else if (SIGNALS.contains(a.toUpperCase(java.util.Locale.ROOT).replaceFirst("^SIG", ""))) {
                    call.out().println(SIGNALS.indexOf(a.toUpperCase(java.util.Locale.ROOT).replaceFirst("^SIG", "")) + 1);
                } else {
                    return fail(call, flavor, me, "bad signal name '" + a + "'", "invalid signal number or exit status: " + a);
                }
            }
            return 0;
        }
        int first = 0;
        if (!args.isEmpty() && args.get(0).equals("-s") && args.size() > 1) {
            first = 2;
        } else if (!args.isEmpty() && args.get(0).startsWith("-") && args.get(0).length() > 1) {
            String sig = args.get(0).substring(1).toUpperCase(java.util.Locale.ROOT).replaceFirst("^SIG", "");
            boolean known = sig.matches("[0-9]+") ? Integer.parseInt(sig) <= 64 : SIGNALS.contains(sig);
            if (!known) {
                return fail(call, flavor, me, "bad signal name '" + args.get(0).substring(1) + "'",
                        "invalid signal number or name: " + args.get(0).substring(1));
            }
            first = 1;
        }
        if (first >= args.size()) {
            if (flavor == ShellFlavor.DASH) {
                call.err().println(me + ": 1: kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or");
                call.err().println("kill -l [exitstatus]");
                return 2;
            }
            call.err().println(me + ": you need to specify whom to kill");
            return 1;
        }
        int status = 0;
        for (String pid : args.subList(first, args.size())) {
            if (!pid.matches("-?[0-9]+")) {
                status = fail(call, flavor, me, "invalid number '" + pid + "'", "Illegal number: " + pid);
                if (flavor == ShellFlavor.DASH) {
                    return status; // dash stops at a number it cannot read
                }
            } else if (!PIDS.contains(pid) && !pid.equals(String.valueOf(call.shell().pid()))) {
                status = fail(call, flavor, me, "can't kill pid " + pid + ": No such process", "No such process\n");
            }
        }
        return status;
    }

    private static int fail(Invocation call, ShellFlavor flavor, String me, String ash, String dash) {
        if (flavor == ShellFlavor.DASH) {
            call.err().println(me + ": 1: kill: " + dash);
            return dash.startsWith("Illegal") || dash.startsWith("invalid") ? 2 : 1;
        }
        call.err().println(me + ": " + ash);
        return 1;
    }
}
