package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the instructions of one stage: metadata instructions change the image config and add an empty-layer history
 * entry; RUN, COPY, ADD and WORKDIR are vertices, taken from the cache when their key is known, else executed,
 * each adding a layer when it changed files. History texts are BuildKit's ({@code RUN /bin/sh -c ... # buildkit},
 * {@code COPY ./main.go ./ # buildkit}, {@code USER nobody}, {@code EXPOSE map[8080/tcp:{}]}).
 */
final class StageRunner {
    static final String COMMENT = "buildkit.dockerfile.v0";

    /** A vertex that failed, with BuildKit's message and the instruction to blame. */
    static final class StepFailed extends RuntimeException {
        final Instruction instruction;

        StepFailed(String message, Instruction instruction) {
            super(message, null, false, false);
            this.instruction = instruction;
        }
    }

    /** What the stage can read from outside: the context, finished stages, other images, the clock. */
    interface Inputs {
        Map<String, FileSpec> context();

        Map<String, Long> contextSizes();

        StageState finishedStage(String ref, int before);

        BuildHost.BaseImage image(String ref);

        Instant now();
    }

    private final BuildCache cache;
    private final boolean noCache;
    private final RunModel run;
    private final Steps steps;
    private final ShellLex lex;
    private final Inputs inputs;

    StageRunner(BuildCache cache, boolean noCache, SizeTable sizes, Steps steps, char escape, Inputs inputs) {
        this.cache = cache;
        this.noCache = noCache;
        this.run = new RunModel(sizes);
        this.steps = steps;
        this.lex = new ShellLex(escape);
        this.inputs = inputs;
    }

    void run(StagePlan.Stage stage, StageState s, String prefix, Map<String, String> buildArgs, Map<String, String> metaArgs) {
        int step = 1;
        int total = stage.steps();
        for (Instruction ins : stage.body()) {
            Map<String, String> env = s.expansionEnv();
            switch (ins.keyword()) {
                case "ARG" -> {
                    List<String> parts = new ArrayList<>();
                    for (String w : KeyValues.words(ins.rest())) {
                        int eq = w.indexOf('=');
                        String name = eq < 0 ? w : w.substring(0, eq);
                        String value = buildArgs.containsKey(name) ? buildArgs.get(name)
                                : eq >= 0 ? lex.process(w.substring(eq + 1), env) : metaArgs.get(name);
                        if (value != null) {
                            s.args.put(name, value);
                        }
                        parts.add(eq < 0 ? name : name + "=" + w.substring(eq + 1));
                    }
                    meta(s, "ARG " + String.join(" ", parts));
                }
                case "ENV" -> {
                    List<String> parts = new ArrayList<>();
                    for (Map.Entry<String, String> kv : KeyValues.env(ins)) {
                        String v = lex.process(kv.getValue(), s.expansionEnv());
                        s.env.put(kv.getKey(), v);
                        parts.add(kv.getKey() + "=" + v);
                    }
                    meta(s, "ENV " + String.join(" ", parts));
                }
                case "LABEL" -> {
                    StringBuilder h = new StringBuilder("LABEL");
                    for (Map.Entry<String, String> kv : KeyValues.labels(ins)) {
                        String k = lex.process(kv.getKey(), env);
                        String v = lex.process(kv.getValue(), env);
                        s.labels.put(k, v);
                        h.append(' ').append(k).append('=').append(v);
                    }
                    meta(s, h.toString());
                }
                case "MAINTAINER" -> meta(s, "MAINTAINER " + ins.rest());
                case "EXPOSE" -> {
                    TreeMap<String, String> ports = new TreeMap<>();
                    for (String w : ins.words()) {
                        String p = lex.process(w, env).toLowerCase(Locale.ROOT);
                        ports.put(p.contains("/") ? p : p + "/tcp", "{}");
                    }
                    s.exposed.addAll(ports.keySet());
                    meta(s, "EXPOSE map[" + String.join(" ", ports.keySet().stream().map(p -> p + ":{}").toList()) + "]");
                }
                case "USER" -> {
                    s.user = lex.process(ins.rest(), env);
                    meta(s, "USER " + s.user);
                }
                case "STOPSIGNAL" -> {
                    s.stopSignal = lex.process(ins.rest(), env);
                    meta(s, "STOPSIGNAL " + s.stopSignal);
                }
                case "VOLUME" -> {
                    List<String> vols = (ins.json() ? ins.words() : KeyValues.words(ins.rest())).stream()
                            .map(v -> lex.process(v, env)).toList();
                    vols.forEach(v -> {
                        if (!s.volumes.contains(v)) {
                            s.volumes.add(v);
                        }
                    });
                    meta(s, "VOLUME " + vols);
                }
                case "SHELL" -> {
                    s.shell = ins.words();
                    meta(s, "SHELL " + ins.words());
                }
                case "ONBUILD" -> {
                    s.onBuild.add(ins.rest());
                    meta(s, "ONBUILD " + ins.rest());
                }
                case "HEALTHCHECK" -> {
                    s.healthcheck = Healthchecks.parse(ins);
                    meta(s, "HEALTHCHECK " + ins.rest());
                }
                case "CMD" -> {
                    s.cmd = command(ins, s);
                    s.cmdSet = true;
                    meta(s, "CMD " + quoted(s.cmd));
                }
                case "ENTRYPOINT" -> {
                    s.entrypoint = command(ins, s);
                    if (!s.cmdSet) {
                        s.cmd = List.of();
                    }
                    meta(s, "ENTRYPOINT " + quoted(s.entrypoint));
                }
                case "WORKDIR" -> {
                    String wd = s.absolute(lex.process(ins.rest(), env));
                    s.workdir = wd;
                    String name = prefix + (++step) + "/" + total + "] WORKDIR " + ins.rest();
                    vertex(s, name, "WORKDIR " + wd, false, BuildCache.key(s.key, "WORKDIR", wd, s.user), ws -> {
                        ws.mkdirs(wd);
                        return 0;
                    }, ins);
                }
                case "RUN" -> {
                    List<String> argv = command(ins, s);
                    String shown = runHistory(argv, s);
                    String key = BuildCache.key(s.key, "RUN", String.join("\u0001", argv), String.join("\u0001", s.envList()),
                            s.user, s.workdirOrRoot(), String.valueOf(s.args));
                    String name = prefix + (++step) + "/" + total + "] RUN " + ins.rest();
                    vertex(s, name, "RUN " + shown, true, key, ws -> {
                        ws.writeTime = inputs.now(); // what the step writes is as new as the step
                        // In the image's own shell, unless it installs, downloads or compiles (modelled by size).
                        RunModel.Result r = ShellRunStep.suits(argv) ? ShellRunStep.run(argv, ws) : null;
                        if (r == null) {
                            r = run.run(ins.json() ? String.join(" ", argv) : ins.rest(), ws);
                        }
                        if (r.exitCode() != 0) {
                            throw new StepFailed("process \"" + String.join(" ", argv).replace("\"", "\\\"")
                                    + "\" did not complete successfully: exit code: " + r.exitCode(), ins);
                        }
                        return 0;
                    }, ins);
                }
                case "COPY", "ADD" -> {
                    String name = prefix + (++step) + "/" + total + "] " + ins.keyword() + " " + displayRest(ins);
                    new CopyStep(this, inputs, lex).apply(s, ins, name);
                }
                default -> {
                }
            }
        }
    }

    /** Runs or replays a vertex; {@code action} changes the workspace and answers 0. */
    void vertex(StageState s, String name, String history, boolean buildkitSuffix, String key,
                java.util.function.ToIntFunction<RunWorkspace> action, Instruction ins) {
        BuildCache.Entry hit = noCache ? null : cache.get(key).orElse(null);
        if (hit == null) {
            RunWorkspace ws = new RunWorkspace(s);
            try {
                action.applyAsInt(ws);
            } catch (StepFailed e) {
                steps.failed(name, timestamped(ws.output), seconds(ws.layerSize()), e.getMessage());
                throw e;
            }
            Instant created = inputs.now();
            List<BuildHost.Layer> layers = new ArrayList<>(s.layers);
            if (ws.changed()) {
                String diff = BuildCache.key(key, "diff");
                String blob = BuildCache.key(key, "blob");
                layers.add(new BuildHost.Layer("build-" + blob.substring(7, 19),
                        new LayerSpec(blob.substring(7, 19), blob, diff, ws.layerSize())));
            }
            hit = new BuildCache.Entry(Map.copyOf(ws.files), Map.copyOf(ws.sizes), List.copyOf(layers), created, List.copyOf(ws.output));
            cache.put(key, hit);
            steps.done(name, timestamped(ws.output), seconds(ws.layerSize()));
        } else {
            steps.cached(name, List.of());
        }
        boolean newLayer = hit.layers().size() > s.layers.size();
        s.files = new TreeMap<>(hit.files());
        s.sizes = new TreeMap<>(hit.sizes());
        s.layers = new ArrayList<>(hit.layers());
        s.key = key;
        s.lastCreated = hit.created();
        s.history.add(new HistorySpec(hit.created(), history + (buildkitSuffix ? " # buildkit" : ""), COMMENT, !newLayer));
    }

    private static List<String> timestamped(List<String> output) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < output.size(); i++) {
            out.add(String.format(Locale.ROOT, "%.3f %s", 0.1 + i * 0.01, output.get(i)));
        }
        return out;
    }

    private static double seconds(long bytes) {
        return Math.min(30.0, 0.1 + bytes / 50_000_000.0);
    }

    /** Metadata instructions: no layer, a history entry whose time is filled in at the end. */
    private static void meta(StageState s, String createdBy) {
        s.history.add(new HistorySpec(null, createdBy, COMMENT, true));
    }

    private List<String> command(Instruction ins, StageState s) {
        if (ins.json()) {
            return ins.words();
        }
        List<String> argv = new ArrayList<>(s.shellOrDefault());
        argv.add(ins.rest());
        return argv;
    }

    /** {@code |1 VERSION=1.0 /bin/sh -c ...}: BuildKit shows the build args a RUN sees before its command. */
    private static String runHistory(List<String> argv, StageState s) {
        String cmd = String.join(" ", argv);
        if (s.args.isEmpty()) {
            return cmd;
        }
        StringBuilder sb = new StringBuilder("|").append(s.args.size());
        s.args.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.append(' ').append(cmd).toString();
    }

    static String displayRest(Instruction ins) {
        StringBuilder sb = new StringBuilder();
        ins.flags().forEach((k, v) -> sb.append("--").append(k).append(v.isEmpty() ? "" : "=" + v).append(' '));
        return sb.append(ins.rest()).toString();
    }

    /** Go's {@code %q} of a string slice: {@code ["./go-app" "-v"]}. */
    static String quoted(List<String> args) {
        List<String> q = args.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList();
        return "[" + String.join(" ", q) + "]";
    }
}
