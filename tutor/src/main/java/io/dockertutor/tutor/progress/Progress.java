package io.dockertutor.tutor.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything docker-tutor remembers about a learner between runs: whether the welcome was shown, the lesson in
 * progress, and a record per lesson ({@link LessonProgress}). The tutor tells it what the learner did, in the
 * learner's terms ({@link #attempted}, {@link #hintShown}, {@link #finished} ...); the records it answers are values,
 * so nobody changes progress behind its back. {@link ProgressStore} reads and writes it; {@link #copy()} gives the
 * store an unchanging snapshot to write.
 *
 * <pre>{@code
 * progress.opened("ports", 0);
 * progress.attempted("ports", "publish");
 * progress.passed("ports", "publish");
 * progress.lesson("ports").stepsDone();   // 1
 * }</pre>
 */
public final class Progress {
    private boolean welcomed;
    /** The lesson to resume on the next start, or null in free practice. */
    private String current;
    private final Map<String, LessonProgress> lessons = new LinkedHashMap<>();

    /** A learner's first run: nothing done, no welcome shown yet. */
    public Progress() {
    }

    Progress(boolean welcomed, String current, Map<String, LessonProgress> lessons) {
        this.welcomed = welcomed;
        this.current = current;
        this.lessons.putAll(lessons);
    }

    public boolean welcomed() {
        return welcomed;
    }

    /** The lesson to resume on the next start; empty in free practice. */
    public Optional<String> current() {
        return Optional.ofNullable(current);
    }

    /** Every lesson's record by id, in the order the learner first opened them; unmodifiable. */
    public Map<String, LessonProgress> lessons() {
        return Collections.unmodifiableMap(lessons);
    }

    /** Lesson {@code id}'s record; {@link LessonProgress#NOT_STARTED} for a lesson never opened. */
    public LessonProgress lesson(String id) {
        return lessons.getOrDefault(id, LessonProgress.NOT_STARTED);
    }

    public boolean isDone(String lessonId) {
        return lesson(lessonId).done();
    }

    /** Whether the learner has finished any lesson at all. */
    public boolean anyDone() {
        return lessons.values().stream().anyMatch(LessonProgress::done);
    }

    // -- what the learner did -------------------------------------------------------------------------------------

    /** The welcome was shown; it is not shown again. */
    public void welcome() {
        welcomed = true;
    }

    /** Lesson {@code id} was opened at step {@code stepIndex}; it is the one to resume from now on. */
    public void opened(String id, int stepIndex) {
        change(id, l -> l.at(stepIndex));
        current = id;
    }

    /** The learner is on step {@code stepIndex} of lesson {@code id} now (next, back, skip, reset). */
    public void movedTo(String id, int stepIndex) {
        change(id, l -> l.at(stepIndex));
    }

    /** The learner worked {@code seconds} more on lesson {@code id}. */
    public void studied(String id, long seconds) {
        change(id, l -> l.studied(seconds));
    }

    /** One more command typed on a step. */
    public void attempted(String lessonId, String stepId) {
        change(lessonId, l -> l.withStep(stepId, StepProgress::attempted));
    }

    /** One more of the step's {@code hintsInStep} hints was shown (counted up to that many). */
    public void hintShown(String lessonId, String stepId, int hintsInStep) {
        change(lessonId, l -> l.withStep(stepId, s -> s.hintShown(hintsInStep)));
    }

    /** The step's solution was shown or run; the stronger mark stays. */
    public void solutionUsed(String lessonId, String stepId, StepProgress.Solution used) {
        change(lessonId, l -> l.withStep(stepId, s -> s.solutionUsed(used)));
    }

    /** The step's check passed. */
    public void passed(String lessonId, String stepId) {
        change(lessonId, l -> l.withStep(stepId, StepProgress::passed));
    }

    /** The learner moved past the step; it counts as skipped unless it had passed. */
    public void passedOver(String lessonId, String stepId) {
        change(lessonId, l -> l.withStep(stepId, StepProgress::passedOver));
    }

    /** Lesson {@code id}, of {@code stepCount} steps, is finished; there is no lesson to resume. */
    public void finished(String id, int stepCount) {
        change(id, l -> l.finished(stepCount));
        current = null;
    }

    /** The learner left the lesson for free practice; its record stays, no lesson is resumed on the next start. */
    public void leftLesson() {
        current = null;
    }

    /** Takes {@code imported}'s lessons and lesson to resume ({@code progress import}); the welcome was seen. */
    public void replaceWith(Progress imported) {
        lessons.clear();
        lessons.putAll(imported.lessons);
        current = imported.current;
        welcomed = true;
    }

    private void change(String id, UnaryOperator<LessonProgress> change) {
        lessons.put(id, change.apply(lesson(id)));
    }

    // -- for the store --------------------------------------------------------------------------------------------

    public Progress copy() {
        return new Progress(welcomed, current, lessons);
    }

    /** Becomes {@code other} in place: how a save takes in what another tutor saved meanwhile. */
    void adopt(Progress other) {
        welcomed = other.welcomed;
        current = other.current;
        lessons.clear();
        lessons.putAll(other.lessons);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Progress p && p.welcomed == welcomed && Objects.equals(p.current, current) && p.lessons.equals(lessons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(welcomed, current, lessons);
    }

    @Override
    public String toString() {
        return "Progress[welcomed=" + welcomed + ", current=" + current + ", lessons=" + lessons + "]";
    }
}
