package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One COPY or ADD vertex: finds the sources, keys the cache on their content, and writes them into the stage. */
final class CopyStep {
    private final StageRunner runner;
    private final StageRunner.Inputs inputs;
    private final ShellLex lex;

    CopyStep(StageRunner runner, StageRunner.Inputs inputs, ShellLex lex) {
        this.runner = runner;
        this.inputs = inputs;
        this.lex = lex;
    }

    void apply(StageState s, Instruction ins, String name) {
        Map<String, String> env = s.expansionEnv();
        List<String> words = ins.words().stream().map(w -> lex.process(w, env)).toList();
        List<String> srcs = words.subList(0, words.size() - 1);
        String rawDest = words.get(words.size() - 1);
        String from = ins.flags().get("from");
        Map<String, FileSpec> tree;
        Map<String, Long> sizes;
        String fromKey = "context";
        if (from != null) {
            StageState other = inputs.finishedStage(from, s.index);
            if (other != null) {
                tree = other.files;
                sizes = other.sizes;
                fromKey = other.key;
            } else {
                BuildHost.BaseImage img = inputs.image(from);
                tree = img.files();
                sizes = Map.of();
                fromKey = img.id();
            }
        } else {
            tree = inputs.context();
            sizes = inputs.contextSizes();
        }
        boolean add = ins.keyword().equals("ADD");
        List<CopyInstruction.Source> selected = new ArrayList<>();
        StringBuilder content = new StringBuilder();
        for (String src : srcs) {
            if (add && src.matches("(?i)https?://.*")) {
                String file = src.substring(src.lastIndexOf('/') + 1);
                long size = SizeTable.get().downloadSize(src);
                selected.add(new CopyInstruction.Source(file, FileSpec.file("", 0600), size));
                content.append(src).append('\n');
                continue;
            }
            List<CopyInstruction.Source> found = CopyInstruction.select(tree, sizes, src);
            if (found.isEmpty()) {
                String ref = BuildCache.key(fromKey).substring(7, 19);
                throw new StageRunner.StepFailed("failed to calculate checksum of ref " + ref + "::" + ref.substring(0, 8)
                        + ": \"" + java.nio.file.Path.of("/" + src).normalize() + "\": not found", ins);
            }
            for (CopyInstruction.Source f : found) {
                if (add && from == null && CopyInstruction.looksLikeTar(src) && f.spec().kind() == FileSpec.Kind.FILE) {
                    byte[] bytes = f.spec().content().getBytes(StandardCharsets.ISO_8859_1);
                    List<CopyInstruction.Source> unpacked = CopyInstruction.untar(bytes);
                    if (unpacked != null) {
                        selected.addAll(unpacked);
                        content.append(f.relative()).append(':').append(BuildCache.digest(bytes)).append('\n');
                        continue;
                    }
                }
                selected.add(f);
                content.append(f.relative()).append(':').append(BuildCache.digest(f.spec().content().getBytes(StandardCharsets.UTF_8)))
                        .append(f.spec().mode()).append('\n');
            }
        }
        String dest = s.absolute(rawDest);
        boolean destIsDir = rawDest.endsWith("/") || rawDest.equals(".") || srcs.size() > 1
                || selected.stream().anyMatch(f -> !f.relative().isEmpty() && f.relative().contains("/"))
                || selected.stream().anyMatch(f -> f.relative().isEmpty() && f.spec().kind() == FileSpec.Kind.DIRECTORY)
                || (s.files.containsKey(dest) && s.files.get(dest).kind() == FileSpec.Kind.DIRECTORY);
        int[] owner = Owners.resolve(ins.flags().get("chown"), s.files);
        Integer mode = ins.flags().containsKey("chmod") ? Integer.parseInt(ins.flags().get("chmod"), 8) : null;
        String key = BuildCache.key(s.key, ins.keyword(), String.join("\u0001", srcs), dest, String.valueOf(ins.flags()),
                fromKey, content.toString(), s.user);
        String history = ins.keyword() + " " + String.join(" ", srcs) + " " + rawDest;
        runner.vertex(s, name, history, true, key, ws -> {
            for (Map.Entry<String, CopyInstruction.Source> e : CopyInstruction.place(selected, dest, destIsDir).entrySet()) {
                FileSpec f = e.getValue().spec();
                FileSpec placed = new FileSpec(f.kind(), f.content(), mode != null && f.kind() != FileSpec.Kind.SYMLINK ? mode : f.mode(),
                        owner[0], owner[1], f.linkTarget(), f.modified());
                if (f.kind() == FileSpec.Kind.DIRECTORY) {
                    ws.mkdirs(e.getKey());
                    ws.files.put(e.getKey(), placed);
                } else {
                    ws.write(e.getKey(), placed, e.getValue().size());
                }
            }
            ws.mkdirs(destIsDir ? dest : RunWorkspace.parent(dest));
            return 0;
        }, ins);
    }
}
