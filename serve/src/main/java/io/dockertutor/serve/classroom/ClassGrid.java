package io.dockertutor.serve.classroom;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.Step;
import io.dockertutor.tutor.progress.LessonProgress;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.StepProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The teacher's grid: one row per learner, the steps of the lesson they are in (done, current, open, skipped, with
 * hints, solutions and wrong attempts), how long they have been on their step and how long since they typed; the
 * learners stuck longest on top. Time on a step is counted from when the grid first saw the learner there.
 */
public final class ClassGrid {
    /** One step of a learner's current lesson. {@code state}: done, skipped, current or open. */
    public record Cell(String id, String state, int hints, String solution, int attempts) {
    }

    /** One learner. {@code lesson} is null outside a lesson; {@code secondsIdle} is -1 when no page is open. */
    public record Row(String id, String name, boolean connected, String lesson, String lessonTitle, int step,
                      boolean lessonDone, List<Cell> steps, long secondsOnStep, long secondsIdle) {
    }

    /** The whole class, as {@code /api/class} answers it. */
    public record View(String className, long generatedAt, List<Row> learners) {
    }

    private record Place(String lesson, int step, long since) {
    }

    private final String className;
    private final Roster roster;
    private final Supplier<LessonLibrary> library;
    private final Locale locale;
    private final Function<String, OptionalLong> lastActivity;
    private final Map<String, Place> places = new ConcurrentHashMap<>();

    /** {@code lastActivity}: when a learner's running session last saw input, by learner id; empty when none runs. */
    public ClassGrid(String className, Roster roster, Supplier<LessonLibrary> library, Locale locale,
                     Function<String, OptionalLong> lastActivity) {
        this.className = className;
        this.roster = roster;
        this.library = library;
        this.locale = locale;
        this.lastActivity = lastActivity;
    }

    public View view() {
        long now = System.currentTimeMillis();
        List<Row> rows = new ArrayList<>();
        for (Learner learner : roster.all()) {
            rows.add(row(learner, roster.progress(learner), now));
        }
        rows.sort(Comparator.comparing((Row r) -> r.lesson() == null || r.lessonDone())
                .thenComparing(Comparator.comparingLong(Row::secondsOnStep).reversed())
                .thenComparing(Row::name));
        return new View(className, now, List.copyOf(rows));
    }

    private Row row(Learner learner, Progress progress, long now) {
        OptionalLong active = lastActivity.apply(learner.id());
        long idle = active.isPresent() ? Math.max(0, (now - active.getAsLong()) / 1000) : -1;
        Optional<Lesson> lesson = progress.current().flatMap(id -> library.get().lesson(id));
        if (lesson.isEmpty()) {
            places.remove(learner.id());
            return new Row(learner.id(), learner.name(), active.isPresent(), null, null, 0, false, List.of(), 0, idle);
        }
        Lesson l = lesson.get();
        LessonProgress lp = progress.lesson(l.id());
        int at = Math.min(lp.stepIndex(), l.steps().size() - 1);
        Place place = places.compute(learner.id(), (id, p) ->
                p != null && p.lesson().equals(l.id()) && p.step() == at ? p : new Place(l.id(), at, now));
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < l.steps().size(); i++) {
            Step step = l.steps().get(i);
            StepProgress sp = lp.step(step.id());
            String state = i == at && !lp.done() ? "current" : sp.done() ? "done" : sp.skipped() ? "skipped" : "open";
            cells.add(new Cell(step.id(), state, sp.hints(), sp.solution().name().toLowerCase(Locale.ROOT), sp.attempts()));
        }
        long onStep = lp.done() ? 0 : (now - place.since()) / 1000;
        return new Row(learner.id(), learner.name(), active.isPresent(), l.id(), l.title().in(locale), at + 1,
                lp.done(), List.copyOf(cells), onStep, idle);
    }
}
