package io.dockertutor.engine.sim;

import io.dockertutor.engine.BuildFailure;
import io.dockertutor.engine.BuildRequest;
import io.dockertutor.engine.BuildStep;
import io.dockertutor.engine.sim.build.BuildCache;
import io.dockertutor.engine.sim.build.ImageBuilder;
import io.dockertutor.engine.sim.fs.MountPlanner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code docker build} on the simulated engine. Like bind mounts, builds read the learner's workspace only, never
 * the rest of the host; the context and the Dockerfile go on as real paths, so reading them follows no link.
 */
final class SimBuilds {
    private final Supplier<ImageStore> images;
    private final SimRegistry registry;
    private final Supplier<MountPlanner.HostPaths> hostPaths;
    private final Supplier<Instant> clock;

    SimBuilds(Supplier<ImageStore> images, SimRegistry registry, Supplier<MountPlanner.HostPaths> hostPaths, Supplier<Instant> clock) {
        this.images = images;
        this.registry = registry;
        this.hostPaths = hostPaths;
        this.clock = clock;
    }

    String build(BuildRequest request, Consumer<BuildStep> progress, BuildCache cache) {
        MountPlanner.HostPaths host = hostPaths.get();
        Path context = host.toHost(request.context().toString());
        Path dockerfile = request.dockerfile() != null ? host.toHost(request.dockerfile().toString())
                : context == null ? null : host.toHost(request.context().resolve("Dockerfile").toString());
        if (context == null || dockerfile == null) {
            throw new BuildFailure("unable to prepare context: path \"" + request.context() + "\" not found", "", "", 0, 0);
        }
        BuildRequest confined = new BuildRequest(context, dockerfile, request.tags(), request.target(), request.buildArgs(),
                request.noCache(), request.pull(), request.platform());
        return new ImageBuilder(new SimBuildHost(images.get(), registry, clock::get), cache, clock::get).build(confined, progress);
    }
}
