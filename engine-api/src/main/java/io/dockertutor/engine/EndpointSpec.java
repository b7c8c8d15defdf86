package io.dockertutor.engine;

import java.util.List;

/**
 * What {@code docker network connect} asks for the container's endpoint ({@code EndpointSettings}): network-scoped
 * aliases ({@code --alias}) and the addresses the learner chose ({@code --ip}, {@code --ip6}; empty: the network's
 * IPAM picks one).
 *
 * <pre>{@code
 * engine.connectNetwork("app", "web", new EndpointSpec(List.of("www"), "10.5.0.9", ""));
 * }</pre>
 */
public record EndpointSpec(List<String> aliases, String ipv4Address, String ipv6Address) {
    public EndpointSpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ipv4Address = ipv4Address == null ? "" : ipv4Address;
        ipv6Address = ipv6Address == null ? "" : ipv6Address;
    }

    /** Only aliases, the addresses the network's choice. */
    public static EndpointSpec aliases(List<String> aliases) {
        return new EndpointSpec(aliases, "", "");
    }
}
