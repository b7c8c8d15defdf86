package io.dockertutor.engine.sim.catalog;

import io.dockertutor.engine.ImageConfig;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one entry of {@code images:} and checks it against the layers and file sets already read: every layer it
 * names exists, and its history has exactly one step with a layer per layer, in order.
 */
final class ImageReader {

    private static final List<String> IMAGE_KEYS = List.of("id", "digest", "created", "architecture", "os",
            "author", "dockerVersion", "layers", "config", "history");

    private final CatalogErrors errors;
    private final Map<String, LayerSpec> layers;
    private final FileTreeReader files;
    private final ImageConfigReader configs;

    ImageReader(CatalogErrors errors, Map<String, LayerSpec> layers, FileTreeReader files) {
        this.errors = errors;
        this.layers = layers;
        this.files = files;
        this.configs = new ImageConfigReader(errors);
    }

    ImageSpec read(String key, YamlMap image) {
        image.allow(Stream.concat(IMAGE_KEYS.stream(), FileTreeReader.FILE_KEYS.stream()).toArray(String[]::new));
        String id = CatalogIdFormats.digest(errors, image.required("id"));
        String digest = CatalogIdFormats.digest(errors, image.required("digest"));
        Instant created = instant(image.required("created"));
        List<String> layerIds = layerIds(image.required("layers"));
        ImageConfig config = configs.read(image.map("config"));
        List<HistorySpec> history = history(image.required("history"), created, layerIds.size());
        return new ImageSpec(key, id, digest, created, image.string("architecture", "amd64"),
                image.string("os", "linux"), image.string("author", ""), image.string("dockerVersion", ""),
                config, layerIds, history, files.tree(image));
    }

    private List<String> layerIds(Node node) {
        List<String> ids = new ArrayList<>();
        for (Node item : YamlMap.sequence(errors, node)) {
            String shortId = YamlMap.scalar(errors, item);
            if (!layers.containsKey(shortId)) {
                throw errors.at(item, "undefined.layer", shortId);
            }
            ids.add(shortId);
        }
        if (ids.isEmpty()) {
            throw errors.at(node, "no.layers");
        }
        return List.copyOf(ids);
    }

    private List<HistorySpec> history(Node node, Instant imageCreated, int layerCount) {
        List<HistorySpec> steps = new ArrayList<>();
        int withLayer = 0;
        for (Node item : YamlMap.sequence(errors, node)) {
            YamlMap step = YamlMap.of(errors, item).allow("created", "createdBy", "comment", "emptyLayer");
            Instant created = step.optional("created").map(this::instant).orElse(imageCreated);
            boolean empty = step.bool("emptyLayer", false);
            withLayer += empty ? 0 : 1;
            steps.add(new HistorySpec(created, step.string("createdBy"), step.string("comment", ""), empty));
        }
        if (withLayer != layerCount) {
            throw errors.at(node, "history.layer.mismatch", String.valueOf(withLayer), String.valueOf(layerCount));
        }
        return List.copyOf(steps);
    }

    private Instant instant(Node node) {
        String text = YamlMap.scalar(errors, node);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            throw errors.at(node, "bad.time", text);
        }
    }
}
