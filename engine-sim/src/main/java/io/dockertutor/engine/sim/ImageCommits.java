package io.dockertutor.engine.sim;

import io.dockertutor.engine.CommitRequest;
import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.build.ConfigChanges;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import io.dockertutor.engine.sim.fs.LayerSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code docker commit} on the simulated engine: the container's writable layer becomes one new layer on top of its
 * image's, and the container's config (its command, environment, ...) with the {@code --change} instructions applied
 * becomes the image's, as the daemon's commit does. The history gets one row: the container's command and the
 * message.
 */
final class ImageCommits {
    private final Supplier<SimState> state;
    private final Supplier<Instant> clock;

    ImageCommits(Supplier<SimState> state, Supplier<Instant> clock) {
        this.state = state;
        this.clock = clock;
    }

    String commit(String name, CommitRequest request) {
        SimState s = state.get();
        SimContainer c = s.containers.get(name);
        LocalImage base = s.images.byId(c.imageId).orElse(null);
        ImageConfig config = ConfigChanges.apply(containerConfig(c, base), request.changes());
        Map<String, FileSpec> files = LayerSnapshot.of(c.files, c.imageFiles);
        long layerSize = c.files.using(c.files::sizeRw);
        Instant now = clock.get();
        List<String> layers = new ArrayList<>(c.imageLayers);
        // moby's NewChildImage appends the container's diff only when it is not the empty tar; the diff's digest is
        // its content's, so the same unchanged container committed twice gives two images on one shared layer
        boolean emptyLayer = c.files.using(() -> c.files.diff().isEmpty());
        if (!emptyLayer) {
            String layerDigest = EngineIds.sha256(c.id + files.hashCode());
            String layerKey = EngineIds.shortId(layerDigest);
            s.images.addLayer(layerKey, new LayerSpec(layerKey, layerDigest, layerDigest, layerSize));
            layers.add(layerKey);
        }
        List<HistorySpec> history = new ArrayList<>(base == null ? List.of() : base.history());
        history.add(new HistorySpec(now, String.join(" ", command(c)), request.comment(), emptyLayer));
        long size = (base == null ? 0 : base.size()) + layerSize;
        String id = EngineIds.sha256(config + layers.toString() + history);
        s.images.put(new LocalImage(id, now, request.comment(), request.author(), SimDaemonInfo.version().version(),
                "amd64", "linux", config, layers, size, history, files, c.imageId, List.of(), List.of(), null, null));
        if (request.reference() != null) {
            String tag = ImageReference.parse(request.reference()).withDefaultTag().familiar();
            s.images.tag(s.images.byId(id).orElseThrow(), tag, now);
        }
        return id;
    }

    /** The container's command without the entrypoint in front: what the daemon records as the commit's step. */
    private static List<String> command(SimContainer c) {
        List<String> argv = new ArrayList<>();
        argv.add(c.path);
        argv.addAll(c.args);
        return argv.subList(Math.min(c.imageEntrypoint.size(), argv.size()), argv.size());
    }

    private static ImageConfig containerConfig(SimContainer c, LocalImage base) {
        ImageConfig img = base == null ? ImageConfig.EMPTY : base.config();
        return new ImageConfig(c.user, c.env, command(c), c.imageEntrypoint, c.workingDir, c.exposedPorts, c.labels,
                c.stopSignal == null ? "" : c.stopSignal, img.volumes(),
                img.onBuild(), img.shell(), img.healthcheck());
    }
}
