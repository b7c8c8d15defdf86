package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.build.ConfigChanges;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import io.dockertutor.engine.sim.fs.FileTars;
import io.dockertutor.engine.sim.fs.InitLayer;
import io.dockertutor.engine.sim.fs.LayerSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code docker export} and {@code docker import} on the simulated engine: a container's whole file system as a tar
 * stream (with the files the daemon puts in every container, empty, as overlayfs shows them), and any tar stream as a
 * one-layer image. Bytes that are no tar stream fail with the daemon's {@code Error processing tar file}.
 */
final class ContainerExports {
    static final String BAD_TAR = "Error processing tar file(exit status 1): unexpected EOF";

    private final Supplier<SimState> state;
    private final Supplier<Instant> clock;

    ContainerExports(Supplier<SimState> state, Supplier<Instant> clock) {
        this.state = state;
        this.clock = clock;
    }

    static byte[] export(SimContainer c) {
        Map<String, FileSpec> files = new TreeMap<>(LayerSnapshot.of(c.files, c.imageFiles));
        InitLayer.addExported(files);
        return FileTars.write(files);
    }

    String importImage(byte[] tar, String reference, String message, List<String> changes) {
        Map<String, FileSpec> files = FileTars.read(tar).orElseThrow(() -> EngineException.serverError(BAD_TAR));
        ImageConfig config = ConfigChanges.apply(ImageConfig.EMPTY, changes);
        Instant now = clock.get();
        long size = files.values().stream().filter(f -> f.kind() == FileSpec.Kind.FILE)
                .mapToLong(f -> f.content().getBytes(StandardCharsets.UTF_8).length).sum();
        String layerDigest = EngineIds.sha256("import" + files.hashCode() + size);
        String layerKey = EngineIds.shortId(layerDigest);
        SimState s = state.get();
        if (!s.images.hasLayer(layerKey)) {
            s.images.addLayer(layerKey, new LayerSpec(layerKey, layerDigest, layerDigest, size));
        }
        String comment = message == null || message.isEmpty() ? "Imported from -" : message;
        List<HistorySpec> history = List.of(new HistorySpec(now, "", comment, false));
        String id = EngineIds.sha256(config + layerDigest + now);
        s.images.put(new LocalImage(id, now, comment, "", SimDaemonInfo.version().version(), "amd64", "linux", config,
                List.of(layerKey), size, history, files, "", List.of(), List.of(), null, null));
        if (reference != null) {
            s.images.tag(s.images.byId(id).orElseThrow(), ImageReference.parse(reference).withDefaultTag().familiar(), now);
        }
        return id;
    }
}
