package io.dockertutor.engine.sim;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * busybox {@code ping} inside a container: names resolve as Docker's embedded DNS resolves them ({@link EmbeddedDns}),
 * and addresses of running containers on a shared network answer. The output is busybox's.
 */
final class Ping implements Command {
    private final Supplier<SimState> state;
    private final SimContainer self;

    Ping(Supplier<SimState> state, SimContainer self) {
        this.state = state;
        this.self = self;
    }

    @Override
    public int run(Invocation call) {
        int count = 4;
        String host = null;
        List<String> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-c") && i + 1 < args.size()) {
                count = Integer.parseInt(args.get(++i));
            } else if ((a.equals("-W") || a.equals("-w") || a.equals("-s")) && i + 1 < args.size()) {
                i++;
            } else if (!a.startsWith("-")) {
                host = a;
            }
        }
        if (host == null) {
            return io.dockertutor.sh.builtins.BusyboxUsage.show(call);
        }
        Optional<String> ip = resolve(host);
        if (ip.isEmpty()) {
            call.err().println("ping: bad address '" + host + "'");
            return 1;
        }
        call.out().println("PING " + host + " (" + ip.get() + "): 56 data bytes");
        for (int seq = 0; seq < count; seq++) {
            call.out().println("64 bytes from " + ip.get() + ": seq=" + seq + " ttl=64 time=0.080 ms");
        }
        call.out().println();
        call.out().println("--- " + host + " ping statistics ---");
        call.out().println(count + " packets transmitted, " + count + " packets received, 0% packet loss");
        call.out().println("round-trip min/avg/max = 0.080/0.080/0.080 ms");
        return 0;
    }

    private Optional<String> resolve(String host) {
        return EmbeddedDns.resolve(state.get(), self, host);
    }
}
