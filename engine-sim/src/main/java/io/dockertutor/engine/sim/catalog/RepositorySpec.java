package io.dockertutor.engine.sim.catalog;

import java.util.Map;

/**
 * A repository of the simulated registry.
 *
 * @param name full path, {@code library/nginx} or {@code nginx/nginx-ingress}
 * @param tags tag to image key ({@link ImageSpec#key()}), in catalog order
 */
public record RepositorySpec(String name, Map<String, String> tags) {
}
