package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code uname} inside a container: the kernel is the host's (the daemon's), the node name the container's hostname.
 * Fields print in the kernel's order (s n r v m p i o) whatever the order of the options; {@code -a} leaves out the
 * processor and platform while they are {@code unknown}, as busybox 1.36 and coreutils 9.1 both do (recorded on the
 * lab engine and on this machine's /bin/busybox and coreutils).
 */
public final class Uname {
    /** Kernel release and version of the simulated daemon's host, as {@code docker info} reports the release. */
    public static final String RELEASE = "6.1.0-docker-tutor";
    static final String VERSION = "#1 SMP PREEMPT_DYNAMIC";
    private static final String OPTIONS = "snrvmpio";

    private Uname() {
    }

    static int run(Invocation call, String hostname) {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        StringBuilder chosen = new StringBuilder();
        boolean all = false;
        for (String a : call.args()) {
            if (a.equals("--all") || (!busybox && a.equals("-a"))) {
                all = true;
                continue;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                if (busybox) {
                    call.err().println(io.dockertutor.sh.builtins.BusyboxUsage.of("uname").orElseThrow());
                } else {
                    call.err().println(io.dockertutor.sh.builtins.Quoting.inLocale(call, "uname: extra operand ‘" + a + "’"));
                    call.err().println("Try 'uname --help' for more information.");
                }
                return 1;
            }
            for (char c : a.substring(1).toCharArray()) {
                if (c == 'a') {
                    all = true;
                } else if (OPTIONS.indexOf(c) >= 0) {
                    chosen.append(c);
                } else {
                    call.err().println("uname: invalid option -- '" + c + "'");
                    if (busybox) {
                        call.err().println(io.dockertutor.sh.builtins.BusyboxUsage.of("uname").orElseThrow());
                    } else {
                        call.err().println("Try 'uname --help' for more information.");
                    }
                    return 1;
                }
            }
        }
        List<String> fields = new ArrayList<>();
        for (char c : OPTIONS.toCharArray()) {
            boolean unknown = c == 'p' || c == 'i';
            if (chosen.indexOf(String.valueOf(c)) >= 0 || (all && !unknown) || (chosen.length() == 0 && !all && c == 's')) {
                fields.add(switch (c) {
                    case 's' -> "Linux";
                    case 'n' -> hostname;
                    case 'r' -> RELEASE;
                    case 'v' -> VERSION;
                    case 'm' -> "x86_64";
                    case 'o' -> "GNU/Linux";
                    default -> "unknown";
                });
            }
        }
        call.out().println(String.join(" ", fields));
        return 0;
    }
}
