package io.dockertutor.engine;

import java.util.Map;

/** {@code docker network create}: name, driver ({@code bridge} by default) and labels. */
public record NetworkSpec(String name, String driver, boolean internal, boolean attachable, Map<String, String> labels,
                          String subnet, String gateway) {
    public NetworkSpec {
        driver = driver == null || driver.isEmpty() ? "bridge" : driver;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
