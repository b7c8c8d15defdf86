package io.dockertutor.engine.sim;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * busybox {@code ifconfig} inside a container: its {@link ContainerInterfaces} as busybox's interface.c prints them,
 * the ethN interfaces then lo (the order of /proc/net/dev as recorded on the lab engine). The counters are those the
 * lab recorded for a container that had just started (two packets in on eth0, nothing out): the simulator has no
 * traffic to count. Setting an address needs CAP_NET_ADMIN, which a container lacks.
 */
final class Ifconfig implements Command {
    private final Supplier<SimState> state;
    private final SimContainer self;

    Ifconfig(Supplier<SimState> state, SimContainer self) {
        this.state = state;
        this.self = self;
    }

    @Override
    public int run(Invocation call) {
        List<String> args = call.args().stream().filter(a -> !a.equals("-a")).toList();
        List<ContainerInterfaces.Interface> shown = new ArrayList<>(ContainerInterfaces.of(state.get(), self));
        shown.add(shown.remove(0)); // lo last
        if (!args.isEmpty()) {
            shown = shown.stream().filter(i -> i.name().equals(args.get(0))).toList();
            if (shown.isEmpty()) {
                call.err().println("ifconfig: " + args.get(0) + ": error fetching interface information: Device not found");
                return 1;
            }
            if (args.size() > 1) {
                call.err().println("ifconfig: SIOCSIFADDR: Operation not permitted");
                return 1;
            }
        }
        for (ContainerInterfaces.Interface i : shown) {
            call.out().print(describe(i));
        }
        return 0;
    }

    private static String describe(ContainerInterfaces.Interface i) {
        String name = String.format("%-10s", i.name());
        if (i.loopback()) {
            return name + "Link encap:Local Loopback  \n"
                    + "          inet addr:127.0.0.1  Mask:255.0.0.0\n"
                    + "          UP LOOPBACK RUNNING  MTU:65536  Metric:1\n"
                    + counters(0, 0, 1000);
        }
        return name + "Link encap:Ethernet  HWaddr " + i.mac().toUpperCase(Locale.ROOT) + "  \n"
                + "          inet addr:" + i.ip() + "  Bcast:" + i.broadcast() + "  Mask:" + Subnet.format(i.mask()) + "\n"
                + "          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1\n"
                + counters(2, 200, 0);
    }

    private static String counters(int packets, int bytes, int queue) {
        return "          RX packets:" + packets + " errors:0 dropped:0 overruns:0 frame:0\n"
                + "          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n"
                + "          collisions:0 txqueuelen:" + queue + " \n"
                + "          RX bytes:" + bytes + " (" + bytes + ".0 B)  TX bytes:0 (0.0 B)\n\n";
    }
}
