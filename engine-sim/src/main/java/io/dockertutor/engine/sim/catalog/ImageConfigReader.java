package io.dockertutor.engine.sim.catalog;

import io.dockertutor.engine.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an image's {@code config:} mapping. Keys are spelled as {@code docker image inspect} spells them
 * ({@code Cmd}, {@code ExposedPorts}, ...) so a catalog author can copy values from real inspect output;
 * {@code ExposedPorts} and {@code Volumes} are plain lists rather than Docker's maps of empty objects.
 */
final class ImageConfigReader {

    private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:/(tcp|udp|sctp))?");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final Map<String, Double> NANOS = Map.of("ns", 1d, "us", 1e3, "µs", 1e3, "ms", 1e6,
            "s", 1e9, "m", 60e9, "h", 3600e9);

    private final CatalogErrors errors;

    ImageConfigReader(CatalogErrors errors) {
        this.errors = errors;
    }

    ImageConfig read(YamlMap config) {
        config.allow("User", "Env", "Cmd", "Entrypoint", "WorkingDir", "ExposedPorts", "Labels", "StopSignal",
                "Volumes", "OnBuild", "Shell", "Healthcheck");
        return new ImageConfig(
                config.string("User", ""),
                env(config),
                config.strings("Cmd"),
                config.strings("Entrypoint"),
                config.string("WorkingDir", ""),
                ports(config),
                labels(config.map("Labels")),
                config.string("StopSignal", ""),
                absolutePaths(config, "Volumes"),
                config.strings("OnBuild"),
                config.strings("Shell"),
                config.optional("Healthcheck").map(node -> healthcheck(YamlMap.of(errors, node))).orElse(null));
    }

    private List<String> env(YamlMap config) {
        List<String> env = new ArrayList<>();
        for (Node item : config.optional("Env").map(n -> YamlMap.sequence(errors, n)).orElse(List.of())) {
            String entry = YamlMap.scalar(errors, item);
            if (entry.indexOf('=') < 1) {
                throw errors.at(item, "bad.env", entry);
            }
            env.add(entry);
        }
        return env;
    }

    private List<String> ports(YamlMap config) {
        List<String> ports = new ArrayList<>();
        for (Node item : config.optional("ExposedPorts").map(n -> YamlMap.sequence(errors, n)).orElse(List.of())) {
            String port = YamlMap.scalar(errors, item);
            Matcher matcher = PORT.matcher(port);
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > 65535) {
                throw errors.at(item, "bad.port", port);
            }
            ports.add(matcher.group(2) == null ? port + "/tcp" : port);
        }
        return ports;
    }

    private Map<String, String> labels(YamlMap labels) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : labels.keys()) {
            values.put(key, labels.string(key, ""));
        }
        return values;
    }

    private List<String> absolutePaths(YamlMap config, String key) {
        List<String> paths = new ArrayList<>();
        for (Node item : config.optional(key).map(n -> YamlMap.sequence(errors, n)).orElse(List.of())) {
            String path = YamlMap.scalar(errors, item);
            if (!path.startsWith("/")) {
                throw errors.at(item, "bad.path", path);
            }
            paths.add(path);
        }
        return paths;
    }

    private ImageConfig.Healthcheck healthcheck(YamlMap check) {
        check.allow("Test", "Interval", "Timeout", "StartPeriod", "Retries");
        String retries = check.string("Retries", "0");
        if (!retries.matches("\\d{1,4}")) {
            throw errors.at(check.required("Retries"), "bad.number", retries);
        }
        return new ImageConfig.Healthcheck(check.strings("Test"), duration(check, "Interval"),
                duration(check, "Timeout"), duration(check, "StartPeriod"), Integer.parseInt(retries));
    }

    /** Go's duration syntax ({@code 30s}, {@code 1m30s}, {@code 500ms}), as HEALTHCHECK options are written. */
    private long duration(YamlMap check, String key) {
        return check.optional(key).map(node -> {
            String text = YamlMap.scalar(errors, node);
            Matcher matcher = DURATION_PART.matcher(text);
            double nanos = 0;
            int end = 0;
            while (matcher.find() && matcher.start() == end) {
                nanos += Double.parseDouble(matcher.group(1)) * NANOS.get(matcher.group(2));
                end = matcher.end();
            }
            if (text.equals("0")) {
                return 0L;
            }
            if (end == 0 || end != text.length()) {
                throw errors.at(node, "bad.duration", text);
            }
            return Math.round(nanos);
        }).orElse(0L);
    }
}
