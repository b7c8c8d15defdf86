package io.dockertutor.engine.sim.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read through snakeyaml's node API, so every value keeps its position for error messages.
 * Rejects duplicate keys on construction and unknown keys on {@link #allow}; the typed getters fail with the
 * position of the offending value.
 */
final class YamlMap {

    private final CatalogErrors errors;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(CatalogErrors errors, Node node) {
        this.errors = errors;
        this.node = node;
        if (isNull(node)) {
            return;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw errors.at(node, "expected.mapping");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(errors, tuple.getKeyNode());
            if (entries.putIfAbsent(key, tuple) != null) {
                throw errors.at(tuple.getKeyNode(), "duplicate.key", key);
            }
        }
    }

    /** Reads {@code node} as a mapping; a missing value ({@code key:} with nothing after it) is an empty one. */
    static YamlMap of(CatalogErrors errors, Node node) {
        return new YamlMap(errors, node);
    }

    YamlMap allow(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw errors.at(tuple.getKeyNode(), "unknown.key", key, String.join(", ", Arrays.asList(keys)));
            }
        }
        return this;
    }

    Node node() {
        return node;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    Node keyNode(String key) {
        return entries.get(key).getKeyNode();
    }

    Optional<Node> optional(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    Node required(String key) {
        return optional(key).orElseThrow(() -> errors.at(node, "missing.key", key));
    }

    String string(String key) {
        return scalar(errors, required(key));
    }

    String string(String key, String fallback) {
        return optional(key).map(value -> scalar(errors, value)).orElse(fallback);
    }

    boolean bool(String key, boolean fallback) {
        return optional(key).map(value -> bool(errors, value)).orElse(fallback);
    }

    List<String> strings(String key) {
        return optional(key).map(value -> strings(errors, value)).orElse(List.of());
    }

    YamlMap map(String key) {
        return of(errors, optional(key).orElse(null));
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode && node.getTag().equals(Tag.NULL));
    }

    static String scalar(CatalogErrors errors, Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw errors.at(node, "expected.scalar");
        }
        return scalar.getValue();
    }

    static boolean bool(CatalogErrors errors, Node node) {
        String value = scalar(errors, node);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw errors.at(node, "expected.boolean", value);
        };
    }

    static List<Node> sequence(CatalogErrors errors, Node node) {
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw errors.at(node, "expected.sequence");
        }
        return sequence.getValue();
    }

    static List<String> strings(CatalogErrors errors, Node node) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence(errors, node)) {
            values.add(scalar(errors, item));
        }
        return values;
    }
}
