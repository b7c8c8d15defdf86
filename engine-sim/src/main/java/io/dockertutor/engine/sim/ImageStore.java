package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated engine's local images and layers, with the daemon's rules for finding an image by
 * reference, by full id or by id prefix. Not thread-safe: the engine serializes calls.
 */
final class ImageStore {
    private final Map<String, LocalImage> byId;
    private final Map<String, String> idByTag;
    private final Map<String, LayerSpec> layers;

    ImageStore() {
        this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private ImageStore(Map<String, LocalImage> byId, Map<String, String> idByTag, Map<String, LayerSpec> layers) {
        this.byId = byId;
        this.idByTag = idByTag;
        this.layers = layers;
    }

    /** An independent copy; images are immutable, so copying the maps is enough. */
    ImageStore copy() {
        return new ImageStore(new LinkedHashMap<>(byId), new LinkedHashMap<>(idByTag), new LinkedHashMap<>(layers));
    }

    Collection<LocalImage> all() {
        return byId.values();
    }

    int size() {
        return byId.size();
    }

    boolean hasLayer(String key) {
        return layers.containsKey(key);
    }

    void addLayer(String key, LayerSpec layer) {
        layers.put(key, layer);
    }

    Optional<LayerSpec> layer(String key) {
        return Optional.ofNullable(layers.get(key));
    }

    /** Layers no image uses any more are removed; returns them, top first, for {@code Deleted:} lines. */
    List<LayerSpec> dropUnusedLayers(List<String> candidates) {
        List<LayerSpec> dropped = new ArrayList<>();
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String key = candidates.get(i);
            boolean used = byId.values().stream().anyMatch(img -> img.layers().contains(key));
            if (!used && layers.containsKey(key)) {
                dropped.add(layers.remove(key));
            }
        }
        return dropped;
    }

    Optional<LocalImage> byTag(String familiarTag) {
        String id = idByTag.get(familiarTag);
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    Optional<LocalImage> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Puts an image in the store, or replaces the record of the same id. */
    void put(LocalImage image) {
        LocalImage old = byId.put(image.id(), image);
        if (old != null) {
            old.repoTags().forEach(idByTag::remove);
        }
        image.repoTags().forEach(tag -> idByTag.put(tag, image.id()));
    }

    void remove(LocalImage image) {
        byId.remove(image.id());
        image.repoTags().forEach(idByTag::remove);
    }

    /** Points {@code tag} at {@code image}, taking it away from any other image (which may become dangling). */
    LocalImage tag(LocalImage image, String tag, Instant when) {
        String previous = idByTag.get(tag);
        if (previous != null && !previous.equals(image.id())) {
            LocalImage old = byId.get(previous);
            put(old.withTagRemoved(tag));
        }
        LocalImage current = byId.get(image.id());
        LocalImage tagged = current.withTagAdded(tag, when);
        put(tagged);
        return tagged;
    }

    /**
     * Finds an image as the daemon does: a reference ({@code nginx}, {@code nginx:stable}), a full id with or
     * without {@code sha256:}, or a unique id prefix.
     */
    Optional<LocalImage> find(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        String hex = EngineIds.hex(name);
        if (hex.length() == 64 && byId.containsKey("sha256:" + hex)) {
            return Optional.of(byId.get("sha256:" + hex));
        }
        Optional<ImageReference> ref = ImageReference.tryParse(name);
        if (ref.isPresent()) {
            ImageReference r = ref.get();
            if (r.digest() != null) {
                String wanted = r.familiarRepository() + "@" + r.digest();
                Optional<LocalImage> byDigest = byId.values().stream()
                        .filter(img -> img.repoDigests().contains(wanted)).findFirst();
                if (byDigest.isPresent()) {
                    return byDigest;
                }
            } else {
                Optional<LocalImage> tagged = byTag(r.familiar());
                if (tagged.isPresent()) {
                    return tagged;
                }
            }
        }
        if (hex.matches("[0-9a-f]+")) {
            List<LocalImage> matches = byId.values().stream().filter(img -> EngineIds.hex(img.id()).startsWith(hex)).toList();
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
        }
        return Optional.empty();
    }

    /** The image and every image built on it (its children, their children, ...): what an {@code ancestor} filter names. */
    java.util.Set<String> selfAndDescendants(String imageId) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(List.of(imageId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (LocalImage img : byId.values()) {
                if (!img.parentId().isEmpty() && ids.contains(img.parentId()) && ids.add(img.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    /** Like {@link #find} but failing with the daemon's {@code No such image} message. */
    LocalImage get(String name) {
        return find(name).orElseThrow(() -> EngineException.notFound("No such image: " + displayName(name)));
    }

    /** How the daemon names a missing image in errors: references get their default tag, ids stay as given. */
    static String displayName(String name) {
        Optional<ImageReference> ref = ImageReference.tryParse(name);
        if (ref.isPresent() && !looksLikeId(name)) {
            return ref.get().familiar();
        }
        return name;
    }

    private static boolean looksLikeId(String name) {
        return EngineIds.hex(name).matches("[0-9a-f]{12,64}") || name.startsWith("sha256:");
    }
}
