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
 * subject (one of {@link AssertionKinds#keys()}) and whose other keys are its conditions. Which keys exist, what
 * each allows and which method below reads it is {@link AssertionKinds}' to say.
 */
final class AssertionReader {
    private static final Pattern SIZE = Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(B|kB|KB|MB|GB|TB)?\\s*");

    private final Yaml yaml;
    /** How deep inside {@code not} and {@code anyOf} the item being read is: 0 for a step's own check item. */
    private int nested;

    AssertionReader(Yaml yaml) {
        this.yaml = yaml;
    }

    Assertion read(Node node) {
        String subjects = String.join(", ", AssertionKinds.keys());
        if (!(node instanceof MappingNode m) || m.getValue().isEmpty()) {
            yaml.error(node, "a check must be a mapping whose first key is one of: " + subjects);
            return null;
        }
        String subject = yaml.string(m.getValue().get(0).getKeyNode(), "a check's subject");
        AssertionKinds.CheckKind kind = subject == null ? null : AssertionKinds.byKey(subject).orElse(null);
        if (kind == null) {
            yaml.error(m.getValue().get(0).getKeyNode(), "unknown check '" + subject + "' (expected one of: " + subjects + ")");
            return null;
        }
        Map<String, Node> keys = yaml.mapping(node, "check '" + subject + "'", kind.allowedKeys());
        Text message = keys.containsKey("message") ? yaml.text(keys.get("message"), "message") : null;
        return kind.reader().read(this, keys.get(subject), keys, message);
    }

    Assertion volume(Node value, Map<String, Node> keys, Text message) {
        return new Assertion.VolumeIs(yaml.string(value, "volume"), flag(keys, "absent"),
                keys.containsKey("files") ? yaml.strings(keys.get("files"), "files") : List.of(), message);
    }

    /**
     * {@code ran: REGEX} with {@code like: COMMAND}, a command the pattern matches: what a learner who has not run
     * one yet is told to run, since the pattern is never shown. A step's own item needs {@code like} or a
     * {@code message}; inside {@code not} or {@code anyOf} the enclosing item speaks.
     */
    Assertion ran(Node value, Map<String, Node> keys, Text message) {
        String pattern = regex(value, "ran");
        String like = keys.containsKey("like") ? yaml.string(keys.get("like"), "like") : null;
        if (like != null && pattern != null && validRegex(pattern) && !Pattern.compile(pattern).matcher(like).find()) {
            yaml.error(keys.get("like"), "like: '" + like + "' does not match the ran: pattern, so it would tell a learner"
                    + " to run a command that does not pass");
        }
        if (like == null && message == null && nested == 0) {
            yaml.error(value, "ran: needs like: (a command that matches, told to a learner who has not run one) or a"
                    + " message: the pattern itself is never shown to a learner");
        }
        return new Assertion.Ran(pattern, like, message);
    }

    Assertion not(Node value, Map<String, Node> keys, Text message) {
        nested++;
        try {
            Assertion inner = read(value);
            return inner == null ? null : new Assertion.Not(inner, message);
        } finally {
            nested--;
        }
    }

    private boolean flag(Map<String, Node> keys, String key) {
        return keys.containsKey(key) && yaml.bool(keys.get(key), key);
    }

    private static final List<String> STATES = List.of("created", "running", "paused", "restarting", "exited", "dead");
    private static final List<String> MOUNT_TYPES = List.of("bind", "volume", "tmpfs");
    private static final List<String> POLICIES = List.of("no", "on-failure", "always", "unless-stopped");

    Assertion container(Node value, Map<String, Node> k, Text message) {
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
                k.containsKey("env") ? yaml.strings(k.get("env"), "env") : null, str(k, "user"),
                k.containsKey("detached") ? yaml.bool(k.get("detached"), "detached") : null, message);
    }

    private String str(Map<String, Node> k, String key) {
        return k.containsKey(key) ? yaml.string(k.get(key), key) : null;
    }

    Assertion containers(Node value, Map<String, Node> keys, Text message) {
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

    Assertion image(Node value, Map<String, Node> k, Text message) {
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

    Assertion file(Node value, Map<String, Node> k, Text message) {
        Map<String, Node> f = yaml.mapping(value, "file", Set.of("container", "path"));
        if (!f.containsKey("container") || !f.containsKey("path")) {
            yaml.error(value, "file needs container and path");
        }
        return new Assertion.FileIs(str(f, "container"), str(f, "path"), flag(k, "absent"), str(k, "contains"), message);
    }

    Assertion http(Node value, Map<String, Node> outer, Text message) {
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

    Assertion output(Node value, Map<String, Node> keys, Text message) {
        Map<String, Node> o = yaml.mapping(value, "output", Set.of("contains", "matches"));
        if (o.isEmpty()) {
            yaml.error(value, "output needs contains or matches");
        }
        if (o.containsKey("matches") && message == null && nested == 0) {
            yaml.warn(o.get("matches"), "output matches: without a message: a learner is told only that the output is"
                    + " not what the step asks for (the pattern itself is never shown)");
        }
        return new Assertion.Output(str(o, "contains"), o.containsKey("matches") ? regex(o.get("matches"), "matches") : null, message);
    }

    Assertion anyOf(Node value, Map<String, Node> keys, Text message) {
        List<Assertion> options = new ArrayList<>();
        nested++;
        try {
            for (Node n : yaml.sequence(value, "anyOf")) {
                Assertion a = read(n);
                if (a != null) {
                    options.add(a);
                }
            }
        } finally {
            nested--;
        }
        return new Assertion.AnyOf(options, message);
    }

    private static boolean validRegex(String s) {
        try {
            Pattern.compile(s);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
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
