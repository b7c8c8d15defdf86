package io.dockertutor.lessons;

import io.dockertutor.checker.Assertion;
import io.dockertutor.checker.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one item of a step's {@code check:} list into an {@link Assertion}: a mapping whose first key names the
 * subject ({@code container}, {@code containers}, {@code image}, {@code volume}, {@code file}, {@code http},
 * {@code ran}, {@code output}, {@code not}, {@code anyOf}) and whose other keys are its conditions.
 */
final class AssertionReader {
    // Lists, not sets: messages name them in this order, the same on every run.
    static final List<String> SUBJECTS = List.of("container", "containers", "image", "volume", "file", "http", "ran", "output", "not", "anyOf");
    private static final Pattern SIZE = Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(B|kB|KB|MB|GB|TB)?\\s*");

    private final Yaml yaml;

    AssertionReader(Yaml yaml) {
        this.yaml = yaml;
    }

    Assertion read(Node node) {
        if (!(node instanceof MappingNode m) || m.getValue().isEmpty()) {
            yaml.error(node, "a check must be a mapping whose first key is one of: " + String.join(", ", SUBJECTS));
            return null;
        }
        String subject = yaml.string(m.getValue().get(0).getKeyNode(), "a check's subject");
        if (subject == null || !SUBJECTS.contains(subject)) {
            yaml.error(m.getValue().get(0).getKeyNode(), "unknown check '" + subject + "' (expected one of: " + String.join(", ", SUBJECTS) + ")");
            return null;
        }
        Map<String, Node> keys = yaml.mapping(node, "check '" + subject + "'", allowed(subject));
        Text message = keys.containsKey("message") ? yaml.text(keys.get("message"), "message") : null;
        Node value = keys.get(subject);
        return switch (subject) {
            case "container" -> container(value, keys, message);
            case "containers" -> containers(value, message);
            case "image" -> image(value, keys, message);
            case "volume" -> new Assertion.VolumeIs(yaml.string(value, "volume"), flag(keys, "absent"),
                    keys.containsKey("files") ? yaml.strings(keys.get("files"), "files") : List.of(), message);
            case "file" -> file(value, keys, message);
            case "http" -> http(value, keys, message);
            case "ran" -> new Assertion.Ran(regex(value, "ran"), message);
            case "output" -> output(value, message);
            case "not" -> {
                Assertion inner = read(value);
                yield inner == null ? null : new Assertion.Not(inner, message);
            }
            default -> anyOf(value, message);
        };
    }

    private static Set<String> allowed(String subject) {
        return switch (subject) {
            case "container" -> Set.of("container", "state", "image", "command", "restart", "ports", "mounts", "exitCode",
                    "labels", "env", "user", "absent", "message");
            case "image" -> Set.of("image", "absent", "maxSize", "minSize", "layers", "user", "entrypoint", "cmd", "workdir",
                    "exposes", "labels", "from", "message");
            case "volume" -> Set.of("volume", "absent", "files", "message");
            case "file" -> Set.of("file", "exists", "contains", "absent", "message");
            case "http" -> Set.of("http", "status", "contains", "refused", "message");
            default -> Set.of(subject, "message");
        };
    }

    private boolean flag(Map<String, Node> keys, String key) {
        return keys.containsKey(key) && yaml.bool(keys.get(key), key);
    }

    private static final List<String> STATES = List.of("created", "running", "paused", "restarting", "exited", "dead");
    private static final List<String> MOUNT_TYPES = List.of("bind", "volume", "tmpfs");
    private static final List<String> POLICIES = List.of("no", "on-failure", "always", "unless-stopped");

    private Assertion container(Node value, Map<String, Node> k, Text message) {
        String state = k.containsKey("state") ? yaml.string(k.get("state"), "state") : null;
        if (state != null && !STATES.contains(state)) {
            yaml.error(k.get("state"), "state must be one of " + STATES);
        }
        String restart = k.containsKey("restart") ? yaml.string(k.get("restart"), "restart") : null;
        if (restart != null && !POLICIES.contains(restart)) {
            yaml.error(k.get("restart"), "restart must be one of " + POLICIES);
        }
        List<Assertion.MountExpectation> mounts = null;
        if (k.containsKey("mounts")) {
            mounts = new ArrayList<>();
            for (Node n : yaml.sequence(k.get("mounts"), "mounts")) {
                Map<String, Node> m = yaml.mapping(n, "a mount", Set.of("type", "source", "target", "readonly"));
                if (m.containsKey("type") && !MOUNT_TYPES.contains(yaml.string(m.get("type"), "type"))) {
                    yaml.error(m.get("type"), "a mount's type is one of " + MOUNT_TYPES);
                }
                mounts.add(new Assertion.MountExpectation(str(m, "type"), str(m, "source"), str(m, "target"),
                        m.containsKey("readonly") ? yaml.bool(m.get("readonly"), "readonly") : null));
            }
        }
        return new Assertion.ContainerIs(yaml.string(value, "container"), flag(k, "absent"), state, str(k, "image"),
                str(k, "command"), restart, k.containsKey("ports") ? yaml.strings(k.get("ports"), "ports") : null, mounts,
                k.containsKey("exitCode") ? yaml.integer(k.get("exitCode"), "exitCode") : null,
                k.containsKey("labels") ? yaml.stringMap(k.get("labels"), "labels") : null,
                k.containsKey("env") ? yaml.strings(k.get("env"), "env") : null, str(k, "user"), message);
    }

    private String str(Map<String, Node> k, String key) {
        return k.containsKey(key) ? yaml.string(k.get(key), key) : null;
    }

    private Assertion containers(Node value, Text message) {
        Map<String, Node> m = yaml.mapping(value, "containers", Set.of("filter", "count", "min", "max"));
        Map<String, String> filter = m.containsKey("filter") ? yaml.stringMap(m.get("filter"), "filter") : Map.of();
        for (String key : filter.keySet()) {
            if (!Set.of("name", "ancestor", "status", "label", "id", "exited", "publish", "expose", "volume", "network").contains(key)) {
                yaml.error(m.get("filter"), "unknown filter '" + key + "'");
            }
        }
        Integer count = m.containsKey("count") ? yaml.integer(m.get("count"), "count") : null;
        Integer min = m.containsKey("min") ? yaml.integer(m.get("min"), "min") : null;
        Integer max = m.containsKey("max") ? yaml.integer(m.get("max"), "max") : null;
        if (count == null && min == null && max == null) {
            yaml.error(value, "containers needs count, min or max");
        }
        return new Assertion.ContainerCount(filter, count, min, max, message);
    }

    private Assertion image(Node value, Map<String, Node> k, Text message) {
        Integer minLayers = null;
        Integer maxLayers = null;
        if (k.containsKey("layers")) {
            Map<String, Node> l = yaml.mapping(k.get("layers"), "layers", Set.of("min", "max"));
            minLayers = l.containsKey("min") ? yaml.integer(l.get("min"), "layers.min") : null;
            maxLayers = l.containsKey("max") ? yaml.integer(l.get("max"), "layers.max") : null;
        }
        return new Assertion.ImageIs(yaml.string(value, "image"), flag(k, "absent"), size(k.get("maxSize")), size(k.get("minSize")),
                minLayers, maxLayers, str(k, "user"), k.containsKey("entrypoint") ? yaml.strings(k.get("entrypoint"), "entrypoint") : null,
                k.containsKey("cmd") ? yaml.strings(k.get("cmd"), "cmd") : null, str(k, "workdir"),
                k.containsKey("exposes") ? yaml.strings(k.get("exposes"), "exposes") : null,
                k.containsKey("labels") ? yaml.stringMap(k.get("labels"), "labels") : null, str(k, "from"), message);
    }

    /** {@code 20MB}, {@code 1.5GB}, {@code 300kB} or plain bytes; Docker's units are decimal. */
    private Long size(Node node) {
        if (node == null) {
            return null;
        }
        String s = yaml.string(node, "a size");
        Matcher m = s == null ? null : SIZE.matcher(s);
        if (m == null || !m.matches()) {
            yaml.error(node, "a size is a number with B, kB, MB or GB, like 20MB");
            return null;
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(java.util.Locale.ROOT);
        long factor = switch (unit) {
            case "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            case "TB" -> 1_000_000_000_000L;
            default -> 1L;
        };
        return Math.round(Double.parseDouble(m.group(1)) * factor);
    }

    private Assertion file(Node value, Map<String, Node> k, Text message) {
        Map<String, Node> f = yaml.mapping(value, "file", Set.of("container", "path"));
        if (!f.containsKey("container") || !f.containsKey("path")) {
            yaml.error(value, "file needs container and path");
        }
        return new Assertion.FileIs(str(f, "container"), str(f, "path"), flag(k, "absent"), str(k, "contains"), message);
    }

    private Assertion http(Node value, Map<String, Node> outer, Text message) {
        Map<String, Node> h = yaml.mapping(value, "http", Set.of("port", "path", "host", "status", "contains", "refused"));
        Map<String, Node> all = new java.util.LinkedHashMap<>(outer);
        all.putAll(h);
        Integer port = all.containsKey("port") ? yaml.integer(all.get("port"), "port") : null;
        if (port == null) {
            yaml.error(value, "http needs a port");
            port = 0;
        }
        return new Assertion.HttpAnswers(str(all, "host"), port, str(all, "path"),
                all.containsKey("status") ? yaml.integer(all.get("status"), "status") : null, str(all, "contains"),
                all.containsKey("refused") && yaml.bool(all.get("refused"), "refused"), message);
    }

    private Assertion output(Node value, Text message) {
        Map<String, Node> o = yaml.mapping(value, "output", Set.of("contains", "matches"));
        if (o.isEmpty()) {
            yaml.error(value, "output needs contains or matches");
        }
        return new Assertion.Output(str(o, "contains"), o.containsKey("matches") ? regex(o.get("matches"), "matches") : null, message);
    }

    private Assertion anyOf(Node value, Text message) {
        List<Assertion> options = new ArrayList<>();
        for (Node n : yaml.sequence(value, "anyOf")) {
            Assertion a = read(n);
            if (a != null) {
                options.add(a);
            }
        }
        return new Assertion.AnyOf(options, message);
    }

    private String regex(Node node, String what) {
        String s = yaml.string(node, what);
        if (s != null) {
            try {
                Pattern.compile(s);
            } catch (PatternSyntaxException e) {
                yaml.error(node, what + " is not a valid regular expression: " + e.getDescription());
            }
        }
        return s;
    }
}
