package io.dockertutor.engine;

import java.time.Instant;
import java.util.Map;

/**
 * A network as {@code docker network inspect} shows it.
 *
 * @param containers container id to its endpoint (name, IPv4 address with prefix, MAC address)
 */
public record NetworkInfo(String name, String id, Instant created, String scope, String driver, boolean internal,
                          boolean attachable, String subnet, String gateway, Map<String, Attachment> containers,
                          Map<String, String> labels) {
    public NetworkInfo {
        containers = containers == null ? Map.of() : Map.copyOf(containers);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** One container on the network. */
    public record Attachment(String name, String endpointId, String macAddress, String ipv4Address) {
    }
}
