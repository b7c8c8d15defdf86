package io.dockertutor.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names as a container resolves them: first its /etc/hosts as the daemon wrote it ({@link HostsFile}: localhost, its
 * own host name, {@code --add-host}, legacy links) or as the container changed it since, then Docker's embedded DNS
 * (127.0.0.11), which answers the names, network aliases and short ids of running containers on the user-defined
 * networks this container shares (never on the default bridge), also as {@code NAME.NETWORK}, whatever the case, and
 * the aliases this container's {@code --link} gave on a user-defined network; an address is itself.
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
        String hosts = self.files == null ? null : self.files.readText("/etc/hosts");
        String listed = hosts == null ? null : HostsFile.lookup(hosts, host);
        if (listed == null && self.networkIps.containsKey("host") && host.equalsIgnoreCase(self.hostname)) {
            listed = "127.0.0.1"; // the host's own /etc/hosts, which the simulator does not model, names the host
        }
        return listed != null ? Optional.of(listed) : answer(state, self, host);
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
            String bare = linked(self, network, name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name);
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

    /**
     * The container name an alias of {@code self}'s {@code --link NAME:ALIAS} stands for on the network it was created
     * on (a user-defined one: there a link is an endpoint alias, {@code CreateOptionAlias}); else {@code name}.
     */
    private static String linked(SimContainer self, String network, String name) {
        if (!self.spec.network().equals(network)) {
            return name;
        }
        for (String link : self.spec.hostOptions().getOrDefault("link", List.of())) {
            String[] parts = link.split(":", 2);
            if (parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).equals(name)) {
                return parts[0].toLowerCase(Locale.ROOT);
            }
        }
        return name;
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
