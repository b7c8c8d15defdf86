package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import io.dockertutor.engine.sim.fs.FileTars;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code docker save} archives this simulated engine wrote, by the digest of their bytes, so that
 * {@code docker load} restores exactly the images saved (same ids, layers and tags) while any other bytes get the
 * daemon's errors. The tar stream itself has the layout of the daemon's ({@code manifest.json}, {@code repositories},
 * the config and one directory per layer), so a learner who lists it sees what {@code tar tf} shows on a real one.
 * Kept for the engine's life, outside its undoable state: a file written stays loadable.
 */
final class SavedArchives {
    /** One saved image: its record, the tags the archive names it by, and its layers. */
    private record Saved(LocalImage image, List<String> tags, Map<String, LayerSpec> layers) {
    }

    private final Map<String, List<Saved>> byDigest = new ConcurrentHashMap<>();

    byte[] save(ImageStore store, List<String> names) {
        Map<String, Saved> chosen = new LinkedHashMap<>();
        for (String name : names) {
            LocalImage image = store.find(name).orElseThrow(() -> EngineException.notFound("No such image: " + name));
            boolean byId = ImageReference.tryParse(name).isEmpty() || EngineIds.hex(name).equals(EngineIds.hex(image.id()))
                    || (name.matches("[0-9a-f]{12,64}") && EngineIds.hex(image.id()).startsWith(name));
            Saved before = chosen.get(image.id());
            List<String> tags = new ArrayList<>(before == null ? List.of() : before.tags());
            if (!byId) {
                String tag = ImageReference.parse(name).withDefaultTag().familiar();
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            Map<String, LayerSpec> layers = new LinkedHashMap<>();
            image.layers().forEach(k -> layers.put(k, store.layer(k).orElse(new LayerSpec(k, "sha256:" + k, "sha256:" + k, 0))));
            chosen.put(image.id(), new Saved(image, tags, layers));
        }
        byte[] tar = FileTars.write(layout(chosen.values()));
        byDigest.put(digest(tar), List.copyOf(chosen.values()));
        return tar;
    }

    List<String> load(ImageStore store, byte[] tar, Instant now) {
        List<Saved> images = byDigest.get(digest(tar));
        if (images == null) {
            throw EngineException.inStream(FileTars.read(tar).isPresent()
                    ? "open /var/lib/docker/tmp/docker-import-1000000000/repositories: no such file or directory"
                    : ContainerExports.BAD_TAR);
        }
        List<String> lines = new ArrayList<>();
        for (Saved saved : images) {
            saved.layers().forEach((k, spec) -> {
                if (!store.hasLayer(k)) {
                    store.addLayer(k, spec);
                }
            });
            if (store.byId(saved.image().id()).isEmpty()) {
                store.put(saved.image().withNames(List.of(), List.of(), null));
            }
            for (String tag : saved.tags()) {
                store.tag(store.byId(saved.image().id()).orElseThrow(), tag, now);
                lines.add("Loaded image: " + tag);
            }
            if (saved.tags().isEmpty()) {
                lines.add("Loaded image ID: " + saved.image().id());
            }
        }
        return lines;
    }

    /** {@code manifest.json}, {@code repositories}, {@code ID.json} and {@code LAYER/{VERSION,json,layer.tar}}. */
    private static Map<String, FileSpec> layout(Iterable<Saved> images) {
        Map<String, FileSpec> files = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder("[");
        StringBuilder repositories = new StringBuilder("{");
        for (Saved s : images) {
            String hex = EngineIds.hex(s.image().id());
            files.put("/" + hex + ".json", FileSpec.file("{\"architecture\":\"amd64\",\"os\":\"linux\"}", 0644));
            List<String> layerFiles = new ArrayList<>();
            for (LayerSpec layer : s.layers().values()) {
                String dir = "/" + EngineIds.hex(layer.diffId());
                files.put(dir, FileSpec.directory(0755));
                files.put(dir + "/VERSION", FileSpec.file("1.0", 0644));
                files.put(dir + "/json", FileSpec.file("{\"id\":\"" + EngineIds.hex(layer.diffId()) + "\"}", 0644));
                files.put(dir + "/layer.tar", FileSpec.file("", 0644));
                layerFiles.add("\"" + dir.substring(1) + "/layer.tar\"");
            }
            String tags = s.tags().isEmpty() ? "null" : "[" + String.join(",", s.tags().stream().map(t -> "\"" + t + "\"").toList()) + "]";
            manifest.append(manifest.length() > 1 ? "," : "").append("{\"Config\":\"").append(hex).append(".json\",\"RepoTags\":")
                    .append(tags).append(",\"Layers\":[").append(String.join(",", layerFiles)).append("]}");
            for (String tag : s.tags()) {
                int colon = tag.lastIndexOf(':');
                repositories.append(repositories.length() > 1 ? "," : "").append("\"").append(tag, 0, colon).append("\":{\"")
                        .append(tag.substring(colon + 1)).append("\":\"").append(hex).append("\"}");
            }
        }
        files.put("/manifest.json", FileSpec.file(manifest.append("]\n").toString(), 0644));
        files.put("/repositories", FileSpec.file(repositories.append("}\n").toString(), 0644));
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
