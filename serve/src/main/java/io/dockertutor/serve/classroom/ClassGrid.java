package io.dockertutor.serve.classroom;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.serve.store.ClassDatabase;
import io.dockertutor.serve.store.ClassResults;
import io.dockertutor.serve.store.ClassSnapshot;
import io.dockertutor.serve.store.Curriculum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The teacher's grid, read from the class database: one row per learner, the steps of the lesson they are in (done,
 * current, open, skipped, with hints, solutions and wrong attempts), how long they have been on their step and how
 * long since their session last did something; the learners stuck longest on top.
 */
public final class ClassGrid {
    /** One step of a learner's current lesson. {@code state}: done, skipped, current or open. */
    public record Cell(String id, String state, int hints, String solution, int attempts) {
    }

    /** One learner. {@code lesson} is null outside a lesson; {@code step} counts from 1. */
    public record Row(String id, String name, boolean connected, String lesson, String lessonTitle, int step,
                      boolean lessonDone, List<Cell> steps, long secondsOnStep, long secondsIdle) {
    }

    /** The whole class, as {@code /api/class} answers it. */
    public record View(String className, long generatedAt, List<Row> learners) {
    }

    private final String className;
    private final ClassDatabase db;
    private final Supplier<LessonLibrary> library;
    private final Supplier<Curriculum> curriculum;
    private final Locale locale;
    private final Predicate<String> connected;

    /** {@code connected}: whether a learner's page is open now, by learner id. */
    public ClassGrid(String className, ClassDatabase db, Supplier<LessonLibrary> library, Supplier<Curriculum> curriculum,
                     Locale locale, Predicate<String> connected) {
        this.className = className;
        this.db = db;
        this.library = library;
        this.curriculum = curriculum;
        this.locale = locale;
        this.connected = connected;
    }

    public View view() {
        ClassSnapshot snapshot = db.snapshot(className);
        Map<String, ClassResults.LessonResult> results = new HashMap<>();
        for (ClassResults.LessonResult r : db.results(className, curriculum.get()).lessons()) {
            results.put(r.learnerId() + "/" + r.lessonId(), r);
        }
        List<Row> rows = new ArrayList<>();
        for (ClassSnapshot.LearnerStatus s : snapshot.stuckLongestFirst()) {
            rows.add(row(s, results.get(s.learnerId() + "/" + s.lessonId()), snapshot));
        }
        return new View(className, snapshot.at().toEpochMilli(), List.copyOf(rows));
    }

    private Row row(ClassSnapshot.LearnerStatus s, ClassResults.LessonResult result, ClassSnapshot snapshot) {
        long idle = Math.max(0, s.idle(snapshot.at()).toSeconds());
        boolean online = connected.test(s.learnerId());
        Optional<Lesson> lesson = s.lessonId() == null ? Optional.empty() : library.get().lesson(s.lessonId());
        if (lesson.isEmpty()) {
            return new Row(s.learnerId(), s.displayName(), online, null, null, 0, false, List.of(), 0, idle);
        }
        int at = s.stepIndex() == null ? 0 : s.stepIndex();
        List<Cell> cells = new ArrayList<>();
        boolean allDone = result != null && !result.steps().isEmpty();
        for (int i = 0; result != null && i < result.steps().size(); i++) {
            ClassResults.StepResult step = result.steps().get(i);
            allDone &= step.status() == ClassResults.Status.DONE;
            String state = step.status() == ClassResults.Status.DONE ? "done"
                    : step.status() == ClassResults.Status.SKIPPED ? "skipped" : i == at ? "current" : "open";
            cells.add(new Cell(step.stepId(), state, step.hints(), step.solution().name().toLowerCase(Locale.ROOT),
                    step.attempts()));
        }
        long onStep = allDone ? 0 : s.onStep(snapshot.at()).toSeconds();
        return new Row(s.learnerId(), s.displayName(), online, s.lessonId(), lesson.get().title().in(locale), at + 1,
                allDone, List.copyOf(cells), onStep, idle);
    }
}
