package io.dockertutor.engine.sim;

import java.util.Locale;
import java.util.Optional;

/**
 * Names as a container resolves them: Docker's embedded DNS answers the names, network aliases and short ids of
 * running containers on the user-defined networks this container shares (never on the default bridge); the
 * container's own hostname is its own address, {@code localhost} the loopback; an address is itself.
 */
final class EmbeddedDns {
    private EmbeddedDns() {
    }

    static Optional<String> resolve(SimState state, SimContainer self, String host) {
        if (host.matches("[0-9.]+")) {
            return Optional.of(host);
        }
        if (host.equals("localhost") || host.equals(self.hostname)) {
            return Optional.of(host.equals("localhost") ? "127.0.0.1"
                    : self.networkIps.values().stream().filter(ip -> !ip.isEmpty()).findFirst().orElse("127.0.0.1"));
        }
        String name = host.toLowerCase(Locale.ROOT);
        for (String network : self.networkIps.keySet()) {
            if (network.equals("bridge") || network.equals("host") || network.equals("none")) {
                continue;
            }
            for (SimContainer other : state.containers.all()) {
                String ip = other.networkIps.get(network);
                if (ip == null || ip.isEmpty() || !other.isRunningProcess()) {
                    continue;
                }
                boolean aliased = other.spec.network().equals(network) && other.spec.networkAliases().contains(host);
                if (other.name.equals(name) || other.shortId().equals(name) || aliased) {
                    return Optional.of(ip);
                }
            }
        }
        return Optional.empty();
    }
}
