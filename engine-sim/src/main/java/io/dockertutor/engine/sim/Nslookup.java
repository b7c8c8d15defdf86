package io.dockertutor.engine.sim;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.builtins.BusyboxUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * busybox {@code nslookup} inside a container, asking Docker's embedded DNS on a user-defined network (names, aliases,
 * short ids, {@code NAME.NETWORK}, and addresses back to {@code NAME.NETWORK}); on the default bridge the host's
 * resolver knows no container. Nothing outside the simulated engine resolves (no internet), so every other name is
 * NXDOMAIN, as on the lab engine. Words and layout recorded from busybox's nslookup against Docker's DNS: the A and
 * then the AAAA answer, each under "Non-authoritative answer:", status 1 when a query finds nothing.
 */
final class Nslookup implements Command {
    private static final String HOST_RESOLVER = "8.8.8.8";
    private static final List<String> TYPES = List.of("soa", "ns", "a", "aaaa", "cname", "mx", "txt", "ptr", "srv", "any");
    private final Supplier<SimState> state;
    private final SimContainer self;

    Nslookup(Supplier<SimState> state, SimContainer self) {
        this.state = state;
        this.self = self;
    }

    @Override
    public int run(Invocation call) {
        String type = null;
        boolean debug = false;
        List<String> operands = new ArrayList<>();
        for (String a : call.args()) {
            String lower = a.toLowerCase(Locale.ROOT);
            if (lower.startsWith("-type=") || lower.startsWith("-query=")) {
                type = lower.substring(lower.indexOf('=') + 1);
                if (!TYPES.contains(type)) {
                    return BusyboxUsage.show(call);
                }
            } else if (a.equals("-debug")) {
                debug = true;
            } else if (a.startsWith("-")) {
                return BusyboxUsage.show(call);
            } else {
                operands.add(a);
            }
        }
        if (operands.isEmpty() || operands.size() > 2) {
            return BusyboxUsage.show(call);
        }
        boolean embedded = !EmbeddedDns.userNetworks(self).isEmpty();
        String server = operands.size() == 2 ? operands.get(1) : embedded ? EmbeddedDns.SERVER : HOST_RESOLVER;
        boolean asksDocker = embedded && server.equals(EmbeddedDns.SERVER);
        StringBuilder out = new StringBuilder("Server:\t\t" + server + "\nAddress:\t" + server + ":53\n\n");
        String host = operands.get(0);
        int status = 0;
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] parts = host.split("\\.");
            String reverse = parts[3] + "." + parts[2] + "." + parts[1] + "." + parts[0] + ".in-addr.arpa";
            Optional<String> name = asksDocker ? EmbeddedDns.reverse(state.get(), self, host) : Optional.empty();
            status = answer(out, reverse, name.map(n -> reverse + "\tname = " + n + "\n"), debug, 0);
        } else {
            Optional<String> ip = asksDocker ? EmbeddedDns.answer(state.get(), self, host) : Optional.empty();
            List<String> queries = type == null ? List.of("a", "aaaa") : List.of(type);
            for (int i = 0; i < queries.size(); i++) {
                boolean a = queries.get(i).equals("a") || queries.get(i).equals("any");
                status |= answer(out, host, ip.map(address -> a ? "Name:\t" + host + "\nAddress: " + address + "\n" : ""), debug, i);
            }
        }
        call.out().print(out);
        return status;
    }

    /** One query's block: its records under "Non-authoritative answer:", or NXDOMAIN (status 1). */
    private static int answer(StringBuilder out, String query, Optional<String> records, boolean debug, int number) {
        if (debug) {
            out.append("Query #").append(number).append(" completed in 1ms:\n");
        }
        if (records.isEmpty()) {
            out.append("** server can't find ").append(query).append(": NXDOMAIN\n\n");
            return 1;
        }
        out.append("Non-authoritative answer:\n").append(records.get()).append('\n');
        return 0;
    }
}
