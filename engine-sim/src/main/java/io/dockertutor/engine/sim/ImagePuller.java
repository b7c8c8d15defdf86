package io.dockertutor.engine.sim;

import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ProgressEvent;
import io.dockertutor.engine.sim.catalog.ImageSpec;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One pull, as the daemon reports it: per-layer {@code Pulling fs layer} / {@code Already exists}, then
 * download and extraction steps, then {@code Digest:} and {@code Status:}. Layers beyond the daemon's three
 * concurrent downloads report {@code Waiting} first, as a real daemon with default settings does.
 */
final class ImagePuller {
    private static final int MAX_CONCURRENT_DOWNLOADS = 3;

    private final ImageStore store;
    private final SimRegistry registry;

    ImagePuller(ImageStore store, SimRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    void pull(ImageReference ref, Instant now, Consumer<ProgressEvent> progress) {
        if (ref.tag() == null && ref.digest() == null) {
            // --all-tags: one block per tag, and one Status line for the whole repository.
            boolean newer = false;
            for (String tag : registry.tags(ref).keySet()) {
                newer |= pullOne(new ImageReference(ref.domain(), ref.path(), tag, null, false), now, progress);
            }
            progress.accept(ProgressEvent.line((newer ? "Status: Downloaded newer image for " : "Status: Image is up to date for ")
                    + ref.familiarRepository()));
            return;
        }
        String name = byDigestOnly(ref) ? ref.familiarRepository() + "@" + ref.digest() : ref.familiarRepository() + ":" + ref.tag();
        boolean newer = pullOne(ref, now, progress);
        progress.accept(ProgressEvent.line((newer ? "Status: Downloaded newer image for " : "Status: Image is up to date for ") + name));
    }

    private static boolean byDigestOnly(ImageReference ref) {
        return ref.digest() != null && ref.tag() == null;
    }

    /** Pulls one tag or digest, up to its {@code Digest:} line; answers whether anything changed locally. */
    private boolean pullOne(ImageReference ref, Instant now, Consumer<ProgressEvent> progress) {
        ImageSpec spec = registry.resolve(ref);
        progress.accept(ProgressEvent.of(byDigestOnly(ref) ? ref.canonical() : ref.tag(), "Pulling from " + ref.path()));
        String name = byDigestOnly(ref) ? ref.familiarRepository() + "@" + ref.digest() : ref.familiarRepository() + ":" + ref.tag();
        Optional<LocalImage> local = byDigestOnly(ref) ? store.find(name) : store.byTag(name);
        if (local.isPresent() && local.get().id().equals(spec.id())) {
            progress.accept(ProgressEvent.line("Digest: " + spec.manifestDigest()));
            return false;
        }
        if (store.byId(spec.id()).isEmpty()) {
            downloadLayers(spec, progress);
        }
        install(spec, ref, name, now);
        progress.accept(ProgressEvent.line("Digest: " + spec.manifestDigest()));
        return true;
    }

    private void downloadLayers(ImageSpec spec, Consumer<ProgressEvent> progress) {
        List<String> fresh = new ArrayList<>();
        for (String key : spec.layers()) {
            LayerSpec layer = registry.catalog().layers().get(key);
            if (store.hasLayer(key) || fresh.contains(key)) {
                progress.accept(ProgressEvent.of(layer.shortId(), "Already exists"));
            } else {
                progress.accept(ProgressEvent.of(layer.shortId(), "Pulling fs layer"));
                fresh.add(key);
            }
        }
        for (int i = MAX_CONCURRENT_DOWNLOADS; i < fresh.size(); i++) {
            progress.accept(ProgressEvent.of(shortId(fresh.get(i)), "Waiting"));
        }
        for (String key : fresh) {
            LayerSpec layer = registry.catalog().layers().get(key);
            long compressed = Math.max(1, layer.size() * 2 / 5);
            progress.accept(new ProgressEvent(layer.shortId(), "Downloading", compressed / 2, compressed));
            progress.accept(new ProgressEvent(layer.shortId(), "Downloading", compressed, compressed));
            progress.accept(ProgressEvent.of(layer.shortId(), "Verifying Checksum"));
            progress.accept(ProgressEvent.of(layer.shortId(), "Download complete"));
        }
        for (String key : fresh) {
            LayerSpec layer = registry.catalog().layers().get(key);
            progress.accept(new ProgressEvent(layer.shortId(), "Extracting", layer.size(), layer.size()));
            progress.accept(ProgressEvent.of(layer.shortId(), "Pull complete"));
            store.addLayer(key, layer);
        }
    }

    private String shortId(String key) {
        return registry.catalog().layers().get(key).shortId();
    }

    private void install(ImageSpec spec, ImageReference ref, String name, Instant now) {
        String repoDigest = ref.familiarRepository() + "@" + spec.manifestDigest();
        LocalImage image = store.byId(spec.id()).orElseGet(() -> fromSpec(spec));
        List<String> digests = new ArrayList<>(image.repoDigests());
        if (!digests.contains(repoDigest)) {
            digests.add(repoDigest);
        }
        image = image.withNames(image.repoTags(), digests, image.lastTagTime());
        store.put(image);
        if (!byDigestOnly(ref)) {
            store.tag(image, name, image.lastTagTime());
        }
    }

    private LocalImage fromSpec(ImageSpec spec) {
        long size = spec.layers().stream().mapToLong(k -> registry.catalog().layers().get(k).size()).sum();
        String comment = spec.history().isEmpty() ? "" : spec.history().get(spec.history().size() - 1).comment();
        return new LocalImage(spec.id(), spec.created(), comment, spec.author(), spec.dockerVersion(),
                spec.architecture(), spec.os(), spec.config(), spec.layers(), size, spec.history(), spec.files(),
                "", List.of(), List.of(), null, null);
    }
}
