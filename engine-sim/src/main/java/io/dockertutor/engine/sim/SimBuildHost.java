package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.build.BuildHost;
import io.dockertutor.engine.sim.catalog.ImageSpec;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import java.util.List;
import java.util.Optional;

/**
 * The builder's view of the simulated engine: base images from the local store first (BuildKit's docker driver
 * sees them), else from the simulated registry without adding them to {@code docker images} (BuildKit keeps
 * pulled bases in its own cache); built images go into the store under their tags.
 */
final class SimBuildHost implements BuildHost {
    private final ImageStore images;
    private final SimRegistry registry;
    private final java.util.function.Supplier<java.time.Instant> clock;

    SimBuildHost(ImageStore images, SimRegistry registry, java.util.function.Supplier<java.time.Instant> clock) {
        this.images = images;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Optional<BaseImage> resolve(String reference) {
        Optional<ImageReference> ref = ImageReference.tryParse(reference).map(ImageReference::withDefaultTag);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalImage> local = images.find(ref.get().familiar());
        if (local.isPresent()) {
            LocalImage img = local.get();
            String digest = img.repoDigests().isEmpty() ? null : img.repoDigests().get(0).substring(img.repoDigests().get(0).indexOf('@') + 1);
            List<Layer> layers = img.layers().stream()
                    .map(k -> new Layer(k, images.layer(k).orElse(new LayerSpec(k, k, k, 0)))).toList();
            return Optional.of(new BaseImage(img.id(), ref.get().canonical(), digest, img.config(), layers, img.history(), img.files(), true));
        }
        try {
            ImageSpec spec = registry.resolve(ref.get());
            List<Layer> layers = spec.layers().stream().map(k -> new Layer(k, registry.catalog().layers().get(k))).toList();
            return Optional.of(new BaseImage(spec.id(), ref.get().canonical(), spec.manifestDigest(), spec.config(), layers,
                    spec.history(), spec.files(), false));
        } catch (EngineException notThere) {
            return Optional.empty();
        }
    }

    @Override
    public void store(BuiltImage image, List<String> tags) {
        image.layers().forEach(l -> {
            if (!images.hasLayer(l.key())) {
                images.addLayer(l.key(), l.spec());
            }
        });
        LocalImage existing = images.byId(image.id()).orElse(null);
        if (existing == null) {
            images.put(new LocalImage(image.id(), image.created(), "buildkit.dockerfile.v0", "", "", "amd64", "linux", image.config(),
                    image.layers().stream().map(Layer::key).toList(), image.size(), image.history(), image.files(), "",
                    List.of(), List.of(), null, null));
        }
        for (String tag : tags) {
            images.tag(images.byId(image.id()).orElseThrow(), ImageReference.parse(tag).withDefaultTag().familiar(), clock.get());
        }
    }

}
