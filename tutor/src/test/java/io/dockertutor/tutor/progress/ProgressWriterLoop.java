package io.dockertutor.tutor.progress;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process {@link ProgressKillTest} kills: saves generation after generation of a progress whose every number is
 * the generation, so a file mixing two generations (a torn write) is recognisable. Prints "ready" after the
 * {@link #READY_AFTER}th save, so a kill after it lands among saves in full swing.
 */
public final class ProgressWriterLoop {
    /** Saves made before "ready". */
    static final int READY_AFTER = 10;

    private ProgressWriterLoop() {
    }

    public static void main(String[] args) throws Exception {
        ProgressFile store = new ProgressFile(Path.of(args[0]));
        // As a tutor does: what it saves replaces what it read (the previous run's generation) instead of joining it.
        store.load();
        for (long generation = 1; ; generation++) {
            store.save(generation(generation));
            if (generation == READY_AFTER) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }

    static Progress generation(long g) {
        Map<String, StepProgress> steps = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            steps.put("step-" + i, new StepProgress(g % 2 == 0, false, (int) (g % 7), StepProgress.Solution.NONE, (int) g));
        }
        return new Progress(true, "lesson-" + g, Map.of("lesson-" + g, new LessonProgress(false, (int) (g % 1000), g, steps)));
    }
}
