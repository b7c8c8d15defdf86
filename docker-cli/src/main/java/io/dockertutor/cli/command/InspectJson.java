package io.dockertutor.cli.command;

import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.ImageDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON objects {@code docker inspect} prints, field for field in the Engine API's order. */
final class InspectJson {
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private InspectJson() {
    }

    static Map<String, Object> image(ImageDetails d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Id", d.id());
        m.put("RepoTags", d.repoTags());
        m.put("RepoDigests", d.repoDigests());
        m.put("Parent", d.parent());
        m.put("Comment", d.comment());
        m.put("Created", GoTime.rfc3339Nano(d.created()));
        m.put("DockerVersion", d.dockerVersion());
        m.put("Author", d.author());
        m.put("Config", imageConfig(d.config()));
        m.put("Architecture", d.architecture());
        m.put("Os", d.os());
        m.put("Size", d.size());
        Map<String, Object> graph = new LinkedHashMap<>();
        String top = d.layers().isEmpty() ? "" : d.layers().get(d.layers().size() - 1).substring(7);
        Map<String, Object> data = new java.util.TreeMap<>(); // GraphDriver.Data is a Go map
        if (d.layers().size() > 1) {
            List<String> lower = new ArrayList<>();
            for (int i = d.layers().size() - 2; i >= 0; i--) {
                lower.add("/var/lib/docker/overlay2/" + d.layers().get(i).substring(7) + "/diff");
            }
            data.put("LowerDir", String.join(":", lower));
        }
        data.put("MergedDir", "/var/lib/docker/overlay2/" + top + "/merged");
        data.put("UpperDir", "/var/lib/docker/overlay2/" + top + "/diff");
        data.put("WorkDir", "/var/lib/docker/overlay2/" + top + "/work");
        graph.put("Data", data);
        graph.put("Name", "overlay2");
        m.put("GraphDriver", graph);
        Map<String, Object> rootfs = new LinkedHashMap<>();
        rootfs.put("Type", "layers");
        rootfs.put("Layers", d.layers());
        m.put("RootFS", rootfs);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("LastTagTime", d.lastTagTime() == null ? ZERO_TIME : GoTime.rfc3339Nano(d.lastTagTime()));
        m.put("Metadata", meta);
        return m;
    }

    /** The image config as the Engine API (1.50) writes it: empty fields left out. */
    static Map<String, Object> imageConfig(ImageConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!c.user().isEmpty()) {
            m.put("User", c.user());
        }
        if (!c.exposedPorts().isEmpty()) {
            Map<String, Object> ports = new java.util.TreeMap<>(); // a Go map: sorted keys
            c.exposedPorts().forEach(p -> ports.put(p, Map.of()));
            m.put("ExposedPorts", ports);
        }
        if (!c.env().isEmpty()) {
            m.put("Env", c.env());
        }
        if (!c.entrypoint().isEmpty()) {
            m.put("Entrypoint", c.entrypoint());
        }
        if (!c.cmd().isEmpty()) {
            m.put("Cmd", c.cmd());
        }
        if (c.healthcheck() != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("Test", c.healthcheck().test());
            putIfPositive(h, "Interval", c.healthcheck().intervalNanos());
            putIfPositive(h, "Timeout", c.healthcheck().timeoutNanos());
            putIfPositive(h, "StartPeriod", c.healthcheck().startPeriodNanos());
            putIfPositive(h, "Retries", c.healthcheck().retries());
            m.put("Healthcheck", h);
        }
        if (!c.volumes().isEmpty()) {
            Map<String, Object> vols = new java.util.TreeMap<>(); // a Go map: sorted keys
            c.volumes().forEach(v -> vols.put(v, Map.of()));
            m.put("Volumes", vols);
        }
        if (!c.workingDir().isEmpty()) {
            m.put("WorkingDir", c.workingDir());
        }
        if (!c.labels().isEmpty()) {
            m.put("Labels", c.labels());
        }
        if (!c.onBuild().isEmpty()) {
            m.put("OnBuild", c.onBuild());
        }
        if (!c.stopSignal().isEmpty()) {
            m.put("StopSignal", c.stopSignal());
        }
        if (!c.shell().isEmpty()) {
            m.put("Shell", c.shell());
        }
        return m;
    }

    private static void putIfPositive(Map<String, Object> m, String key, long value) {
        if (value > 0) {
            m.put(key, value);
        }
    }

    static String time(Instant t) {
        return t == null ? ZERO_TIME : GoTime.rfc3339Nano(t);
    }
}
