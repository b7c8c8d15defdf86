package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One stage while it is built: its files (with the sizes of those the build wrote), the image config the
 * instructions have set so far, its layers and history, and the cache key of its last filesystem step.
 */
final class StageState {
    final String name;
    final int index;
    Map<String, FileSpec> files;
    Map<String, Long> sizes = new TreeMap<>();
    String user;
    final LinkedHashMap<String, String> env = new LinkedHashMap<>();
    List<String> cmd;
    List<String> entrypoint;
    boolean cmdSet;
    String workdir;
    final LinkedHashSet<String> exposed = new LinkedHashSet<>();
    final LinkedHashMap<String, String> labels = new LinkedHashMap<>();
    String stopSignal;
    List<String> volumes;
    final List<String> onBuild = new ArrayList<>();
    List<String> shell;
    ImageConfig.Healthcheck healthcheck;
    List<BuildHost.Layer> layers;
    final List<HistorySpec> history;
    final Map<String, String> args = new LinkedHashMap<>();
    String key;
    Instant lastCreated;

    StageState(String name, int index, BuildHost.BaseImage base) {
        this.name = name;
        this.index = index;
        this.files = new TreeMap<>(base.files());
        ImageConfig c = base.config();
        user = c.user();
        for (String e : c.env()) {
            int eq = e.indexOf('=');
            env.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }
        cmd = c.cmd();
        entrypoint = c.entrypoint();
        workdir = c.workingDir();
        exposed.addAll(c.exposedPorts());
        labels.putAll(c.labels());
        stopSignal = c.stopSignal();
        volumes = new ArrayList<>(c.volumes());
        shell = c.shell();
        healthcheck = c.healthcheck();
        layers = new ArrayList<>(base.layers());
        history = new ArrayList<>(base.history());
        key = base.id();
    }

    /** Variables ARG/ENV expansion sees: the stage's ARGs, then its ENV (which wins, as in BuildKit). */
    Map<String, String> expansionEnv() {
        Map<String, String> m = new LinkedHashMap<>(args);
        m.putAll(env);
        return m;
    }

    List<String> envList() {
        List<String> out = new ArrayList<>();
        env.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    String workdirOrRoot() {
        return workdir == null || workdir.isEmpty() ? "/" : workdir;
    }

    /** An absolute path for {@code path} as written in the stage ({@code ./main.go} against the WORKDIR). */
    String absolute(String path) {
        String p = path.startsWith("/") ? path : workdirOrRoot() + "/" + path;
        String n = java.nio.file.Path.of(p).normalize().toString();
        return n.isEmpty() ? "/" : n;
    }

    List<String> shellOrDefault() {
        return shell == null || shell.isEmpty() ? List.of("/bin/sh", "-c") : shell;
    }

    ImageConfig config() {
        return new ImageConfig(user, envList(), cmd, entrypoint, workdir, List.copyOf(exposed), labels, stopSignal,
                volumes, onBuild, shell, healthcheck);
    }
}
