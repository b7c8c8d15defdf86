package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.BuildFailure;
import io.dockertutor.engine.BuildRequest;
import io.dockertutor.engine.BuildStep;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds an image from a Dockerfile the way BuildKit (Docker's default builder) does and reports its vertices in
 * order: load the definition, the base images' metadata and {@code .dockerignore}, each needed stage's FROM, the
 * build context, the stage steps ({@code CACHED} when the cache has them), then export and name the image.
 *
 * <pre>{@code
 * String id = new ImageBuilder(host, cache, clock).build(request, step -> print(step));
 * }</pre>
 */
public final class ImageBuilder {
    private final BuildHost host;
    private final BuildCache cache;
    private final Supplier<Instant> clock;

    public ImageBuilder(BuildHost host, BuildCache cache, Supplier<Instant> clock) {
        this.host = host;
        this.cache = cache;
        this.clock = clock;
    }

    public String build(BuildRequest request, Consumer<BuildStep> progress) {
        Steps steps = new Steps(progress);
        Path file = request.dockerfile() != null ? request.dockerfile() : request.context().resolve("Dockerfile");
        String fileName = file.getFileName().toString();
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            steps.done("[internal] load build definition from " + fileName, List.of("transferring dockerfile: 2B done"), 0.0);
            throw new BuildFailure("failed to read dockerfile: open " + fileName + ": no such file or directory", fileName, "", 0, 0);
        }
        Dockerfile df;
        StagePlan plan;
        try {
            df = DockerfileParser.parse(source);
            plan = new StagePlan(df);
        } catch (DockerfileException e) {
            steps.done("[internal] load build definition from " + fileName,
                    List.of("transferring dockerfile: " + Steps.size(source.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) + " done"), 0.0);
            throw new BuildFailure(e.getMessage(), fileName, source, e.startLine(), e.endLine());
        }
        List<String> lines = new ArrayList<>();
        lines.add("transferring dockerfile: " + Steps.size(source.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) + " done");
        Lints.check(df).forEach(w -> lines.add("WARN: " + w));
        steps.done("[internal] load build definition from " + fileName, lines, 0.0);
        try {
            return run(request, df, plan, fileName, steps);
        } catch (DockerfileException e) {
            throw new BuildFailure(e.getMessage(), fileName, source, e.startLine(), e.endLine());
        } catch (StageRunner.StepFailed e) {
            throw new BuildFailure(e.getMessage(), fileName, source, e.instruction.startLine(), e.instruction.endLine());
        } catch (ShellLex.UnsetVariable | IllegalArgumentException e) {
            throw new BuildFailure(e.getMessage(), fileName, source, 0, 0);
        }
    }

    private String run(BuildRequest request, Dockerfile df, StagePlan plan, String fileName, Steps steps) {
        ShellLex lex = new ShellLex(df.escape());
        Map<String, String> metaArgs = new LinkedHashMap<>();
        for (Instruction arg : plan.metaArgs) {
            for (String w : KeyValues.words(arg.rest())) {
                int eq = w.indexOf('=');
                String name = eq < 0 ? w : w.substring(0, eq);
                String value = request.buildArgs().containsKey(name) ? request.buildArgs().get(name)
                        : eq >= 0 ? lex.process(w.substring(eq + 1), metaArgs) : null;
                if (value != null) {
                    metaArgs.put(name, value);
                }
            }
        }
        StagePlan.Stage target = plan.target(request.target());
        List<StagePlan.Stage> needed = plan.needed(target);
        Map<Integer, String> bases = new HashMap<>();
        Set<String> canonicals = new LinkedHashSet<>();
        for (StagePlan.Stage st : needed) {
            String ref = lex.process(st.from().words().get(0), metaArgs);
            bases.put(st.index(), ref);
            if (plan.stage(ref, st.index()).isEmpty() && !ref.equals("scratch")) {
                canonicals.add(ref);
            }
        }
        Map<String, BuildHost.BaseImage> images = new HashMap<>();
        for (String ref : canonicals) {
            String canonical = canonical(ref);
            BuildHost.BaseImage img = host.resolve(ref).orElse(null);
            if (img == null) {
                String msg = canonical + ": failed to resolve source metadata for " + canonical
                        + ": pull access denied, repository does not exist or may require authorization: server message: "
                        + "insufficient_scope: authorization failed";
                steps.failed("[internal] load metadata for " + canonical, List.of(), 0.4, msg);
                Instruction from = needed.stream().filter(s -> bases.get(s.index()).equals(ref)).findFirst().orElseThrow().from();
                throw new StageRunner.StepFailed(msg, from);
            }
            images.put(ref, img);
            steps.done("[internal] load metadata for " + canonical, List.of(), img.local() ? 0.0 : 0.4);
        }
        steps.done("[internal] load .dockerignore", List.of("transferring context: 2B done"), 0.0);
        boolean multi = plan.stages.size() > 1;
        for (StagePlan.Stage st : needed) {
            BuildHost.BaseImage img = images.get(bases.get(st.index()));
            if (img == null) {
                continue;
            }
            String name = prefix(st, multi) + "1/" + st.steps() + "] FROM " + img.canonical() + (img.digest() == null ? "" : "@" + img.digest());
            String key = BuildCache.key("FROM", img.id());
            if (cache.get(key).isPresent()) {
                steps.done(name, List.of("resolve " + img.canonical() + "@" + img.digest() + " done"), 0.0);
            } else {
                cache.put(key, new BuildCache.Entry(Map.of(), Map.of(), List.of(), clock.get(), List.of()));
                List<String> lines = new ArrayList<>();
                if (img.digest() != null) {
                    lines.add("resolve " + img.canonical() + "@" + img.digest() + " done");
                }
                if (!img.local()) {
                    for (BuildHost.Layer l : img.layers()) {
                        lines.add(l.spec().digest() + " " + Steps.size(l.spec().size() * 2 / 5) + " / " + Steps.size(l.spec().size() * 2 / 5) + " 0.4s done");
                    }
                    for (BuildHost.Layer l : img.layers()) {
                        lines.add("extracting " + l.spec().digest() + " 0.1s done");
                    }
                }
                steps.done(name, lines, img.local() ? 0.0 : 1.2);
            }
        }
        BuildContextFiles context = new BuildContextFiles(request.context());
        Map<String, Long> contextSizes = new HashMap<>();
        Map<String, FileSpec> contextTree = CopyInstruction.contextTree(context, contextSizes);
        boolean usesContext = needed.stream().flatMap(s -> s.body().stream())
                .anyMatch(i -> (i.keyword().equals("COPY") || i.keyword().equals("ADD")) && !i.flags().containsKey("from"));
        if (usesContext) {
            long sent = contextSizes.values().stream().mapToLong(Long::longValue).sum();
            steps.done("[internal] load build context", List.of("transferring context: " + Steps.size(sent) + " done"), 0.0);
        }
        Map<Integer, StageState> finished = new HashMap<>();
        StageRunner.Inputs inputs = new StageRunner.Inputs() {
            public Map<String, FileSpec> context() {
                return contextTree;
            }

            public Map<String, Long> contextSizes() {
                return contextSizes;
            }

            public StageState finishedStage(String ref, int before) {
                return plan.stage(ref, before).map(s -> finished.get(s.index())).orElse(null);
            }

            public BuildHost.BaseImage image(String ref) {
                return host.resolve(ref).orElseThrow(() -> new IllegalArgumentException(canonical(ref)
                        + ": failed to resolve source metadata for " + canonical(ref) + ": not found"));
            }

            public Instant now() {
                return clock.get();
            }
        };
        StageRunner runner = new StageRunner(cache, request.noCache(), SizeTable.get(), steps, df.escape(), inputs);
        StageState last = null;
        for (StagePlan.Stage st : needed) {
            String ref = bases.get(st.index());
            StageState parent = plan.stage(ref, st.index()).map(s -> finished.get(s.index())).orElse(null);
            BuildHost.BaseImage base = parent != null ? snapshot(parent)
                    : ref.equals("scratch") ? scratch() : images.get(ref);
            StageState state = new StageState(st.name(), st.index(), base);
            int baseHistory = state.history.size();
            runner.run(st, state, prefix(st, multi), request.buildArgs(), metaArgs);
            fillTimes(state.history, baseHistory, clock.get());
            finished.put(st.index(), state);
            last = state;
        }
        return export(last, request, steps);
    }

    private String export(StageState s, BuildRequest request, Steps steps) {
        List<HistorySpec> history = s.history;
        Instant created = history.isEmpty() ? clock.get() : history.get(history.size() - 1).created();
        StringBuilder identity = new StringBuilder(s.config().toString());
        s.layers.forEach(l -> identity.append(l.spec().diffId()));
        history.forEach(h -> identity.append(h.createdBy()).append(h.created()));
        String id = BuildCache.key(identity.toString());
        host.store(new BuildHost.BuiltImage(id, created, s.config(), s.layers, history, s.files), request.tags());
        List<String> lines = new ArrayList<>();
        lines.add("exporting layers 0.0s done");
        lines.add("writing image " + id + " done");
        for (String tag : request.tags()) {
            lines.add("naming to " + canonical(tag) + " done");
        }
        steps.done("exporting to image", lines, 0.0);
        return id;
    }

    /** BuildKit's normalizeLayersAndHistory: metadata steps take the time of the first new layer, then the previous one. */
    private static void fillTimes(List<HistorySpec> history, int from, Instant fallback) {
        Instant first = history.subList(from, history.size()).stream().map(HistorySpec::created)
                .filter(java.util.Objects::nonNull).findFirst().orElse(fallback);
        Instant prev = first;
        for (int i = from; i < history.size(); i++) {
            HistorySpec h = history.get(i);
            if (h.created() == null) {
                history.set(i, new HistorySpec(prev, h.createdBy(), h.comment(), h.emptyLayer()));
            } else {
                prev = h.created();
            }
        }
    }

    private static BuildHost.BaseImage snapshot(StageState s) {
        return new BuildHost.BaseImage(s.key, null, null, s.config(), s.layers, s.history, s.files, true);
    }

    private static BuildHost.BaseImage scratch() {
        return new BuildHost.BaseImage("scratch", null, null, io.dockertutor.engine.ImageConfig.EMPTY, List.of(), List.of(), Map.of(), true);
    }

    private static String prefix(StagePlan.Stage st, boolean multi) {
        return multi ? "[" + st.label() + " " : "[";
    }

    static String canonical(String ref) {
        try {
            return ImageReference.parse(ref).withDefaultTag().canonical();
        } catch (RuntimeException e) {
            return ref;
        }
    }
}
