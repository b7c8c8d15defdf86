package io.dockertutor.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The network interfaces a container's programs see ({@code ip addr}, {@code ifconfig}): the loopback, then one
 * {@code ethN} per network that gave the container an address, in the order it joined them (eth0 first). Docker
 * turns off IPv6 on networks without it, so there are only IPv4 addresses. With {@code --network none} only the
 * loopback is there; with {@code --network host} the learner's own host's interfaces would be, which the simulator
 * does not know, so it shows the loopback alone.
 *
 * <p>Interface numbers are the host kernel's (a veth pair takes two numbers per container ever started, 58 and 59 on
 * the lab engine after some use); the simulator numbers them as on a freshly started host: eth0 is 4 and its peer
 * 5 (after the host's lo, eth0 and docker0).
 */
final class ContainerInterfaces {
    /** One interface: its kernel index, name, MAC, IPv4 address and the network it belongs to. */
    record Interface(int index, String name, String mac, String ip, int prefix, String gateway) {
        boolean loopback() {
            return index == 1;
        }

        /** The network's address ({@code 172.17.0.0}). */
        String network() {
            return Subnet.format(Subnet.parse(ip) & mask());
        }

        String broadcast() {
            return Subnet.format(Subnet.parse(ip) | ~mask() & 0xFFFFFFFFL);
        }

        long mask() {
            return prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        }
    }

    private ContainerInterfaces() {
    }

    static List<Interface> of(SimState state, SimContainer self) {
        List<Interface> all = new ArrayList<>();
        all.add(new Interface(1, "lo", "00:00:00:00:00:00", "127.0.0.1", 8, ""));
        int n = 0;
        for (var attached : self.networkIps.entrySet()) {
            var net = state.networks.find(attached.getKey());
            if (attached.getValue().isEmpty() || net.isEmpty() || net.get().subnet.isEmpty()) {
                continue;
            }
            all.add(new Interface(4 + 2 * n, "eth" + n, NetworkStore.mac(attached.getValue()), attached.getValue(),
                    net.get().prefixLength(), net.get().internal ? "" : net.get().gateway));
            n++;
        }
        return all;
    }
}
