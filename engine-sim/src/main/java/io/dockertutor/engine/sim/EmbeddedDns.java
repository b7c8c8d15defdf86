package io.dockertutor.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names as a container resolves them: Docker's embedded DNS (127.0.0.11) answers the names, network aliases and short
 * ids of running containers on the user-defined networks this container shares (never on the default bridge), also
 * as {@code NAME.NETWORK}, whatever the case; the container's own hostname is its own address and {@code localhost}
 * the loopback (its /etc/hosts); an address is itself.
 */
final class EmbeddedDns {
    /** The embedded DNS server's address, in every container on a user-defined network. */
    static final String SERVER = "127.0.0.11";

    private EmbeddedDns() {
    }

    /** What a program resolving {@code host} gets: /etc/hosts first, then the embedded DNS. */
    static Optional<String> resolve(SimState state, SimContainer self, String host) {
        if (host.matches("[0-9.]+")) {
            return Optional.of(host);
        }
        if (host.equals("localhost") || host.equals(self.hostname)) {
            return Optional.of(host.equals("localhost") ? "127.0.0.1"
                    : self.networkIps.values().stream().filter(ip -> !ip.isEmpty()).findFirst().orElse("127.0.0.1"));
        }
        return answer(state, self, host);
    }

    /** The user-defined networks {@code self} is attached to: where the embedded DNS serves it. */
    static List<String> userNetworks(SimContainer self) {
        List<String> networks = new ArrayList<>();
        self.networkIps.forEach((network, ip) -> {
            if (!ip.isEmpty() && !List.of("bridge", "host", "none").contains(network)) {
                networks.add(network);
            }
        });
        return networks;
    }

    /** The embedded DNS's own answer for {@code host} (no /etc/hosts): the address of a running container. */
    static Optional<String> answer(SimState state, SimContainer self, String host) {
        String name = host.toLowerCase(Locale.ROOT);
        for (String network : userNetworks(self)) {
            String suffix = "." + network.toLowerCase(Locale.ROOT);
            String bare = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
            for (SimContainer other : state.containers.all()) {
                String ip = other.networkIps.get(network);
                if (ip == null || ip.isEmpty() || !other.isRunningProcess()) {
                    continue;
                }
                boolean aliased = other.spec.network().equals(network) && other.spec.networkAliases().stream()
                        .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(bare));
                if (other.name.equals(bare) || other.shortId().equals(bare) || aliased) {
                    return Optional.of(ip);
                }
            }
        }
        return Optional.empty();
    }

    /** The embedded DNS's name for an address ({@code web.mynet}), for a running container on a shared network. */
    static Optional<String> reverse(SimState state, SimContainer self, String address) {
        for (String network : userNetworks(self)) {
            for (SimContainer other : state.containers.all()) {
                if (address.equals(other.networkIps.get(network)) && other.isRunningProcess()) {
                    return Optional.of(other.name + "." + network);
                }
            }
        }
        return Optional.empty();
    }
}
