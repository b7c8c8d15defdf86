package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one RUN step sees and changes, with the bookkeeping that decides its layer's size: what it wrote counts,
 * what it deleted of its own writes stops counting, and what it deleted from earlier layers leaves a whiteout that
 * frees nothing (the lesson of {@code RUN rm} in a later layer).
 */
final class RunWorkspace {
    final StageState stage;
    final Map<String, FileSpec> files;
    final Map<String, Long> sizes;
    final Map<String, Long> written = new LinkedHashMap<>();
    final List<String> output = new ArrayList<>();
    boolean removedSomething;
    /** When a RUN step writes: the time its new files get (null: files keep the time they come with). */
    java.time.Instant writeTime;
    String cwd;

    RunWorkspace(StageState stage) {
        this.stage = stage;
        this.files = new java.util.TreeMap<>(stage.files);
        this.sizes = new java.util.TreeMap<>(stage.sizes);
        this.cwd = stage.workdirOrRoot();
    }

    String absolute(String path) {
        String p = path.startsWith("/") ? path : cwd + "/" + path;
        String n = java.nio.file.Path.of(p).normalize().toString();
        return n.isEmpty() ? "/" : n;
    }

    void write(String path, FileSpec spec, long size) {
        mkdirs(parent(path));
        boolean stamp = writeTime != null && spec.kind() == FileSpec.Kind.FILE && spec.modified() == null;
        files.put(path, stamp ? spec.withModified(writeTime) : spec);
        sizes.put(path, size);
        written.put(path, size);
    }

    void mkdirs(String dir) {
        String d = dir;
        List<String> missing = new ArrayList<>();
        while (!d.equals("/") && !d.isEmpty() && !files.containsKey(d)) {
            missing.add(d);
            d = parent(d);
        }
        for (String m : missing) {
            files.put(m, FileSpec.directory(0755));
            written.put(m, 0L);
        }
    }

    /** Removes {@code path} and everything under it; a trailing {@code *} removes what the directory holds. */
    boolean remove(String path) {
        String prefix;
        boolean keepDir = path.endsWith("/*");
        String base = keepDir ? path.substring(0, path.length() - 2) : path;
        prefix = base.equals("/") ? "/" : base + "/";
        List<String> doomed = new ArrayList<>();
        for (String p : files.keySet()) {
            if ((!keepDir && p.equals(base)) || p.startsWith(prefix)) {
                doomed.add(p);
            }
        }
        for (String p : doomed) {
            files.remove(p);
            sizes.remove(p);
            if (written.remove(p) == null) {
                removedSomething = true;
            }
        }
        return !doomed.isEmpty();
    }

    long layerSize() {
        return written.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean changed() {
        return !written.isEmpty() || removedSomething;
    }

    String env(String name, String fallback) {
        return stage.env.getOrDefault(name, fallback);
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
