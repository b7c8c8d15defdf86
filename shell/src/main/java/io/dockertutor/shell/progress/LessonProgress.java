package io.dockertutor.shell.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One lesson's record: finished or not, the step to come back to, seconds spent, and each step's record by id. */
public final class LessonProgress {
    public boolean done;
    /** Index of the step the learner is on (0-based); equals the step count once the lesson is finished. */
    public int step;
    public long seconds;
    public final Map<String, StepProgress> steps = new LinkedHashMap<>();

    public StepProgress step(String id) {
        return steps.computeIfAbsent(id, k -> new StepProgress());
    }

    LessonProgress copy() {
        LessonProgress c = new LessonProgress();
        c.done = done;
        c.step = step;
        c.seconds = seconds;
        steps.forEach((k, v) -> c.steps.put(k, v.copy()));
        return c;
    }

    void adopt(LessonProgress other) {
        done = other.done;
        step = other.step;
        seconds = other.seconds;
        steps.keySet().retainAll(other.steps.keySet());
        other.steps.forEach((id, s) -> step(id).adopt(s));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonProgress l && l.done == done && l.step == step && l.seconds == seconds && l.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(done, step, seconds, steps);
    }
}
