package io.dockertutor.engine.sim.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The stages of a Dockerfile: the ARGs before the first FROM, then each FROM with its instructions, its name
 * ({@code AS builder}) and the stages it needs ({@code FROM builder}, {@code COPY --from=builder}). Answers which
 * stages a build of a target runs: the target and what it depends on, nothing else, as BuildKit does.
 */
final class StagePlan {
    record Stage(int index, String name, Instruction from, List<Instruction> body) {
        /** How BuildKit labels its steps: the name, or {@code stage-N}. */
        String label() {
            return name != null ? name : "stage-" + index;
        }

        /** Steps BuildKit counts in {@code [2/4]}: FROM and the instructions that touch files. */
        int steps() {
            return 1 + (int) body.stream().filter(i -> List.of("RUN", "COPY", "ADD", "WORKDIR").contains(i.keyword())).count();
        }
    }

    final List<Instruction> metaArgs = new ArrayList<>();
    final List<Stage> stages = new ArrayList<>();

    StagePlan(Dockerfile df) {
        List<Instruction> body = null;
        for (Instruction ins : df.instructions()) {
            if (ins.keyword().equals("FROM")) {
                body = new ArrayList<>();
                String name = ins.words().size() == 3 ? ins.words().get(2).toLowerCase(Locale.ROOT) : null;
                stages.add(new Stage(stages.size(), name, ins, body));
            } else if (body == null) {
                if (!ins.keyword().equals("ARG")) {
                    throw new DockerfileException("no build stage in current context", ins.startLine(), ins.endLine());
                }
                metaArgs.add(ins);
            } else {
                body.add(ins);
            }
        }
        Set<String> names = new HashSet<>();
        for (Stage s : stages) {
            if (s.name() != null && !names.add(s.name())) {
                throw DockerfileException.parse("duplicate stage name \"" + s.name() + "\"", s.from().startLine(), s.from().endLine());
            }
        }
    }

    /** The stage {@code ref} names: a stage name or index, or empty when it is an image reference. */
    java.util.Optional<Stage> stage(String ref, int before) {
        String r = ref.toLowerCase(Locale.ROOT);
        for (Stage s : stages) {
            if (s.index() < before && (r.equals(s.name()) || r.equals(String.valueOf(s.index())))) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    Stage target(String target) {
        if (target == null || target.isEmpty()) {
            return stages.get(stages.size() - 1);
        }
        return stages.stream().filter(s -> target.toLowerCase(Locale.ROOT).equals(s.name())).findFirst()
                .orElseThrow(() -> new DockerfileException("target stage \"" + target + "\" could not be found", 0, 0));
    }

    /** The stages the target needs, in Dockerfile order, the target last. */
    List<Stage> needed(Stage target) {
        Set<Integer> want = new LinkedHashSet<>();
        collect(target, want);
        return stages.stream().filter(s -> want.contains(s.index())).toList();
    }

    private void collect(Stage s, Set<Integer> want) {
        if (!want.add(s.index())) {
            return;
        }
        stage(s.from().words().get(0), s.index()).ifPresent(dep -> collect(dep, want));
        for (Instruction ins : s.body()) {
            String from = ins.flags().get("from");
            if (from != null && (ins.keyword().equals("COPY") || ins.keyword().equals("ADD"))) {
                stage(from, s.index()).ifPresent(dep -> collect(dep, want));
            }
        }
    }
}
