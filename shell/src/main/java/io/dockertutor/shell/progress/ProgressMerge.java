package io.dockertutor.shell.progress;

import java.util.LinkedHashSet;
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
        Progress out = new Progress();
        out.welcomed = mine.welcomed || theirs.welcomed;
        out.current = Objects.equals(mine.current, base.current) ? theirs.current : mine.current;
        Set<String> ids = new LinkedHashSet<>(theirs.lessons.keySet());
        ids.addAll(mine.lessons.keySet());
        for (String id : ids) {
            LessonProgress m = mine.lessons.get(id);
            LessonProgress t = theirs.lessons.get(id);
            LessonProgress b = base.lessons.get(id);
            if (m == null) {
                if (b == null) {
                    out.lessons.put(id, t.copy());
                }
            } else if (t == null) {
                out.lessons.put(id, m.copy());
            } else {
                out.lessons.put(id, lesson(b, m, t));
            }
        }
        return out;
    }

    private static LessonProgress lesson(LessonProgress b, LessonProgress m, LessonProgress t) {
        LessonProgress out = new LessonProgress();
        boolean iMoved = b == null || b.step != m.step || b.done != m.done;
        out.step = iMoved ? m.step : t.step;
        out.done = iMoved ? m.done : t.done;
        out.seconds = added(t.seconds, m.seconds, b == null ? 0 : b.seconds);
        Set<String> ids = new LinkedHashSet<>(t.steps.keySet());
        ids.addAll(m.steps.keySet());
        for (String id : ids) {
            StepProgress ms = m.steps.get(id);
            StepProgress ts = t.steps.get(id);
            StepProgress bs = b == null ? null : b.steps.get(id);
            out.steps.put(id, ms == null ? ts.copy() : ts == null ? ms.copy() : step(bs, ms, ts));
        }
        return out;
    }

    private static StepProgress step(StepProgress b, StepProgress m, StepProgress t) {
        StepProgress out = new StepProgress();
        out.done = m.done || t.done;
        out.skipped = m.skipped || t.skipped;
        out.hints = (int) added(t.hints, m.hints, b == null ? 0 : b.hints);
        out.attempts = (int) added(t.attempts, m.attempts, b == null ? 0 : b.attempts);
        out.solution = t.solution;
        out.solution(m.solution);
        return out;
    }

    /** Theirs plus what this side added since its base; never less than either side alone. */
    private static long added(long theirs, long mine, long base) {
        return Math.max(mine, theirs + Math.max(0, mine - base));
    }
}
