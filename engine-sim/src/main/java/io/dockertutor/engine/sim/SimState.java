package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.sim.fs.VolumeStore;
import java.util.List;

/**
 * Everything the simulated engine holds (images, containers, networks, ports, volumes), in one object so that
 * snapshots (undo, reset) copy it whole; each store owns its own part, and this object keeps what spans stores.
 */
final class SimState {
    final ImageStore images;
    final ContainerStore containers;
    final NetworkStore networks;
    final PortTable ports;
    final VolumeStore volumes;
    final EngineIds ids;
    boolean daemonRunning = true;
    /** Host pids handed to started containers; kept here because a ContainerRuntime is made per call. */
    int nextPid = 2000;

    SimState(ImageStore images, ContainerStore containers, NetworkStore networks, PortTable ports, VolumeStore volumes, EngineIds ids) {
        this.images = images;
        this.containers = containers;
        this.networks = networks;
        this.ports = ports;
        this.volumes = volumes;
        this.ids = ids;
        volumes.usedBy(name -> containers.all().stream()
                .filter(c -> c.mounts.stream().anyMatch(m -> name.equals(m.name()))).map(c -> c.id).toList());
    }

    SimState copy() {
        return copyReplacing(null);
    }

    /**
     * A copy to become the engine's state in place of {@code live} (a restore): the volumes' data goes into the file
     * system {@code live} has, which the tutor's shell mounted ({@link VolumeStore#copyInto}). Null: an independent
     * copy (a snapshot).
     */
    SimState copyReplacing(SimState live) {
        ContainerStore c = containers.copy();
        VolumeStore v = volumes.copyInto(live == null ? null : live.volumes);
        for (SimContainer copied : c.all()) {
            if (copied.files != null) {
                copied.files = copied.files.copy(v);
            }
        }
        SimState s = new SimState(images.copy(), c, networks.copy(), ports.copy(c), v, ids);
        s.daemonRunning = daemonRunning;
        s.nextPid = nextPid;
        return s;
    }

    /** A container went away: its anonymous volumes go too when asked ({@code rm -v}, {@code --rm}). */
    void containerGone(SimContainer c, boolean removeAnonymousVolumes) {
        if (images.byId(c.imageId).isEmpty()) {
            // Its image was removed by force while it stood on it: its layers go with the last such container.
            List<String> stillUsed = containers.all().stream().flatMap(o -> o.imageLayers.stream()).toList();
            images.dropUnusedLayers(c.imageLayers.stream().filter(k -> !stillUsed.contains(k)).toList());
        }
        if (!removeAnonymousVolumes) {
            return;
        }
        for (io.dockertutor.engine.MountPoint m : c.mounts) {
            if (m.type().equals("volume") && volumes.exists(m.name()) && volumes.inspect(m.name()).anonymous()) {
                try {
                    volumes.remove(m.name(), false);
                } catch (EngineException stillUsed) {
                    // Another container mounts it too; Docker keeps it then.
                }
            }
        }
    }
}
