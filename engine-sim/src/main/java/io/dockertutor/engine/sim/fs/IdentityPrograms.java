package io.dockertutor.engine.sim.fs;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import io.dockertutor.sh.builtins.BusyboxUsage;
import io.dockertutor.sh.builtins.Usage;
import java.util.Optional;
import java.util.Set;

/**
 * {@code id}, {@code whoami} and {@code hostname} in a container: who the process runs as and what the container is
 * called. A bad option or operand is refused as busybox (the problem, then the applet's usage) or GNU coreutils
 * (the problem and {@code Try 'id --help'}) refuses it.
 */
final class IdentityPrograms {
    private IdentityPrograms() {
    }

    static int id(Invocation call, Accounts account) {
        boolean busybox = busybox(call);
        Optional<String> bad = Usage.unknownOption(call.args(), busybox ? "ugGnr" : "agGnruzZ",
                busybox ? Set.of() : Set.of("context", "group", "groups", "name", "real", "user", "zero"));
        if (bad.isPresent()) {
            return busybox ? BusyboxUsage.refuse(call, bad.get()) : Usage.fail(call, bad.get(), 1);
        }
        call.out().println(account.id(call.args()));
        return 0;
    }

    static int whoami(Invocation call, Accounts account, ShellFlavor flavor) {
        boolean busybox = busybox(call);
        Optional<String> bad = Usage.unknownOption(call.args(), "", Set.of());
        if (bad.isPresent()) {
            return busybox ? BusyboxUsage.refuse(call, bad.get()) : Usage.fail(call, bad.get(), 1);
        }
        if (!call.args().isEmpty()) {
            return busybox ? BusyboxUsage.show(call) : Usage.fail(call, "extra operand ‘" + call.args().get(0) + "’", 1);
        }
        if (account.name() == null) {
            call.err().println(flavor == ShellFlavor.ASH ? "whoami: unknown uid " + account.uid()
                    : "whoami: cannot find name for user ID " + account.uid());
            return 1;
        }
        call.out().println(account.name());
        return 0;
    }

    /** Prints the container's hostname; busybox refuses unknown options (setting a name needs privileges it lacks). */
    static int hostname(Invocation call, String hostname) {
        if (busybox(call)) {
            Optional<String> bad = Usage.unknownOption(call.args(), "sidfF", Set.of());
            if (bad.isPresent()) {
                return BusyboxUsage.refuse(call, bad.get());
            }
        }
        call.out().println(hostname);
        return 0;
    }

    private static boolean busybox(Invocation call) {
        return call.shell().userland() == Userland.BUSYBOX;
    }
}
