package io.dockertutor.tutor.progress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges a tutor's progress into the file another tutor on the same state directory may have written meanwhile: a
 * three-way merge against what this tutor last read or wrote (its base), so each side's own work since then counts
 * once. A step done (or skipped) in either stays done; counters (seconds, hints, attempts) add what each side added;
 * a lesson's position (step, done) is the one last moved, this save's when it moved it. A lesson only one side knows
 * is kept, unless this side had it and dropped it ({@code progress import} replaces the lessons). Counters and done
 * marks never go down in a merge: losing work is the failure this class exists to prevent.
 */
final class ProgressMerge {
    private ProgressMerge() {
    }

    static Progress merge(Progress base, Progress mine, Progress theirs) {
        String current = Objects.equals(mine.current(), base.current()) ? theirs.current().orElse(null)
                : mine.current().orElse(null);
        Map<String, LessonProgress> lessons = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>(theirs.lessons().keySet());
        ids.addAll(mine.lessons().keySet());
        for (String id : ids) {
            LessonProgress m = mine.lessons().get(id);
            LessonProgress t = theirs.lessons().get(id);
            LessonProgress b = base.lessons().get(id);
            if (m == null) {
                if (b == null) {
                    lessons.put(id, t);
                }
            } else if (t == null) {
                lessons.put(id, m);
            } else {
                lessons.put(id, lesson(b, m, t));
            }
        }
        return new Progress(mine.welcomed() || theirs.welcomed(), current, lessons);
    }

    private static LessonProgress lesson(LessonProgress b, LessonProgress m, LessonProgress t) {
        boolean iMoved = b == null || b.stepIndex() != m.stepIndex() || b.done() != m.done();
        Map<String, StepProgress> steps = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>(t.steps().keySet());
        ids.addAll(m.steps().keySet());
        for (String id : ids) {
            StepProgress ms = m.steps().get(id);
            StepProgress ts = t.steps().get(id);
            StepProgress bs = b == null ? null : b.steps().get(id);
            steps.put(id, ms == null ? ts : ts == null ? ms : step(bs, ms, ts));
        }
        return new LessonProgress(iMoved ? m.done() : t.done(), iMoved ? m.stepIndex() : t.stepIndex(),
                added(t.seconds(), m.seconds(), b == null ? 0 : b.seconds()), steps);
    }

    private static StepProgress step(StepProgress b, StepProgress m, StepProgress t) {
        return new StepProgress(m.done() || t.done(), m.skipped() || t.skipped(),
                (int) added(t.hints(), m.hints(), b == null ? 0 : b.hints()), t.solutionUsed(m.solution()).solution(),
                (int) added(t.attempts(), m.attempts(), b == null ? 0 : b.attempts()));
    }

    /** Theirs plus what this side added since its base; never less than either side alone. */
    private static long added(long theirs, long mine, long base) {
        return Math.max(mine, theirs + Math.max(0, mine - base));
    }
}
