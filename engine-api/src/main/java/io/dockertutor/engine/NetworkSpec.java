package io.dockertutor.engine;

import java.util.Map;

/**
 * {@code docker network create}: name, driver ({@code bridge} by default) and labels.
 *
 * @param ingress    {@code --ingress}, a swarm routing-mesh network
 * @param configFrom {@code --config-from}, the configuration-only network to copy, or empty
 */
public record NetworkSpec(String name, String driver, boolean internal, boolean attachable, Map<String, String> labels,
                          String subnet, String gateway, boolean ingress, String configFrom) {
    public NetworkSpec {
        driver = driver == null || driver.isEmpty() ? "bridge" : driver;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        configFrom = configFrom == null ? "" : configFrom;
    }

    public NetworkSpec(String name, String driver, boolean internal, boolean attachable, Map<String, String> labels,
                       String subnet, String gateway) {
        this(name, driver, internal, attachable, labels, subnet, gateway, false, "");
    }
}
