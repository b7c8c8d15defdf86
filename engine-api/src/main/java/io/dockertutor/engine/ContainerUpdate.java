package io.dockertutor.engine;

/**
 * {@code POST /containers/{id}/update}: what {@code docker update} changes.
 *
 * @param restartPolicy the new policy, or null to keep the container's
 * @param resources     the limits to set; fields left 0 (or null) keep the container's
 */
public record ContainerUpdate(RestartPolicy restartPolicy, Resources resources) {
    public ContainerUpdate {
        resources = resources == null ? Resources.NONE : resources;
    }
}
