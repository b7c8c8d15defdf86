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

    /** {@code id [USER]}: the process's user, or USER's from {@code /etc/passwd} read through {@code read}. */
    static int id(Invocation call, Accounts account, java.util.function.Function<String, String> read) {
        boolean busybox = busybox(call);
        Optional<String> bad = Usage.unknownOption(call.args(), busybox ? "ugGnr" : "agGnruzZ",
                busybox ? Set.of() : Set.of("context", "group", "groups", "name", "real", "user", "zero"));
        if (bad.isPresent()) {
            return busybox ? BusyboxUsage.refuse(call, bad.get()) : Usage.fail(call, bad.get(), 1);
        }
        Optional<String> user = call.args().stream().filter(a -> !a.startsWith("-")).findFirst();
        Accounts who = account;
        if (user.isPresent()) {
            Optional<Accounts> named = Accounts.named(read, user.get(), !busybox);
            if (named.isEmpty()) {
                call.err().println(busybox ? "id: unknown user " + user.get() : "id: ‘" + user.get() + "’: no such user");
                return 1;
            }
            who = named.get();
        }
        call.out().println(who.id(call.args()));
        return 0;
    }

    /**
     * {@code groups [USER]}: the user's group names, as busybox's {@code id -Gn}; a group with no name prints its
     * number and {@code unknown ID N} on standard error, status 1.
     */
    static int groups(Invocation call, Accounts account, java.util.function.Function<String, String> read) {
        Accounts who = account;
        if (!call.args().isEmpty()) {
            Optional<Accounts> named = Accounts.named(read, call.args().get(0), !busybox(call));
            if (named.isEmpty()) {
                call.err().println(busybox(call) ? "groups: unknown user " + call.args().get(0)
                        : "groups: ‘" + call.args().get(0) + "’: no such user");
                return 1;
            }
            who = named.get();
        }
        int status = 0;
        String separator = "";
        for (Accounts.Group g : who.groups()) {
            call.out().print(separator);
            separator = " ";
            if (g.name() == null) {
                call.out().print(g.gid());
                call.out().flush();
                call.err().println(busybox(call) ? "groups: unknown ID " + g.gid()
                        : "groups: cannot find name for group ID " + g.gid());
                status = 1;
            } else {
                call.out().print(g.name());
            }
        }
        call.out().println();
        return status;
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

    /**
     * Prints the container's hostname; busybox refuses unknown options (setting a name needs privileges it lacks).
     * {@code -i} prints the address the name resolves to (the container's first network's, as its /etc/hosts has it);
     * with no network but the loopback the name has none.
     */
    static int hostname(Invocation call, String hostname, java.util.function.Function<String, Optional<String>> resolve) {
        if (busybox(call)) {
            Optional<String> bad = Usage.unknownOption(call.args(), "sidfF", Set.of());
            if (bad.isPresent()) {
                return BusyboxUsage.refuse(call, bad.get());
            }
            if (call.args().equals(java.util.List.of("-i"))) {
                Optional<String> address = resolve.apply(hostname).filter(a -> !a.startsWith("127."));
                if (address.isEmpty()) {
                    call.err().println("hostname: " + hostname + ": Host name lookup failure");
                    return 1;
                }
                call.out().println(address.get());
                return 0;
            }
        }
        call.out().println(hostname);
        return 0;
    }

    private static boolean busybox(Invocation call) {
        return call.shell().userland() == Userland.BUSYBOX;
    }
}
