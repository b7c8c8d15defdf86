package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the builder needs from the engine around it: base images (the local store first, as BuildKit's docker driver
 * does, then the registry) and a place to put the image it built. Keeps the builder free of the engine's stores.
 */
public interface BuildHost {

    /** A layer: its key in the engine's layer table and what it is. */
    record Layer(String key, LayerSpec spec) {
    }

    /**
     * An image a stage starts from.
     *
     * @param canonical {@code docker.io/library/alpine:3.7}
     * @param digest    the manifest digest BuildKit pins it to, or null for a local-only image
     */
    record BaseImage(String id, String canonical, String digest, ImageConfig config, List<Layer> layers,
                     List<HistorySpec> history, Map<String, FileSpec> files, boolean local) {
    }

    /** The image a build produced. */
    record BuiltImage(String id, Instant created, ImageConfig config, List<Layer> layers, List<HistorySpec> history,
                      Map<String, FileSpec> files) {
        public long size() {
            return layers.stream().mapToLong(l -> l.spec().size()).sum();
        }
    }

    Optional<BaseImage> resolve(String reference);

    /** Stores the image and points each tag ({@code sample-image:0.1}) at it. */
    void store(BuiltImage image, List<String> tags);
}
