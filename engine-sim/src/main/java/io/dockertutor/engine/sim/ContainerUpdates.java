package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerUpdate;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Resources;
import io.dockertutor.engine.RestartPolicy;
import java.util.List;

/**
 * {@code docker update} on the simulated engine: the daemon's checks of the new settings first (before it looks the
 * container up, as moby's {@code verifyContainerSettings}), then the restart policy and the limits replace the
 * container's. The limits only show in inspect: the simulator runs no cgroups.
 */
final class ContainerUpdates {
    private static final long MIN_MEMORY = 6L * 1024 * 1024;

    private ContainerUpdates() {
    }

    static List<String> update(SimState state, String name, ContainerUpdate update, int cpus) {
        Resources r = update.resources();
        if (r.nanoCpus() != 0 && (r.nanoCpus() < 10_000_000L || r.nanoCpus() > cpus * 1_000_000_000L)) {
            throw EngineException.badRequest("Range of CPUs is from 0.01 to " + cpus + ".00, as there are only " + cpus
                    + " CPUs available");
        }
        if (r.memory() != 0 && r.memory() < MIN_MEMORY) {
            throw EngineException.badRequest("Minimum memory limit allowed is 6MB");
        }
        RestartPolicy policy = update.restartPolicy();
        if (policy != null) {
            ContainerCreator.checkPolicy(policy);
        }
        SimContainer c = state.containers.get(name);
        if (policy != null) {
            if (c.spec.autoRemove() && !policy.name().equals("no")) {
                throw EngineException.badRequest("Cannot update container " + c.id
                        + ": Restart policy cannot be updated because AutoRemove is enabled for the container");
            }
            c.spec = c.spec.withRestartPolicy(policy);
            c.failureRestarts = 0;
        }
        Long pids = r.pidsLimit() == null ? null : Math.max(0L, r.pidsLimit());
        c.resources = c.resources.updatedBy(new Resources(r.memory(), r.memoryReservation(), r.memorySwap(), r.nanoCpus(),
                r.cpuShares(), r.cpuPeriod(), r.cpuQuota(), r.cpusetCpus(), r.cpusetMems(), r.blkioWeight(), pids));
        return List.of();
    }
}
