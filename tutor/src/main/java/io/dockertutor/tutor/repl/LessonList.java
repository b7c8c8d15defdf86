package io.dockertutor.tutor.repl;

import io.dockertutor.cli.command.DisplayWidth;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.LessonProblem;
import io.dockertutor.lessons.Step;
import io.dockertutor.tutor.progress.LessonProgress;
import io.dockertutor.tutor.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lessons as the tutor shows them: the {@code lessons} table (columns aligned by display width, so Korean titles
 * line up), the {@code progress} summary, and the problems that kept lessons from loading. Each lesson's standing is
 * said one way in both: done (✓), finished with steps skipped (»), in progress (→), not opened (·), with the steps
 * passed with the solution and a finished lesson played again named as such.
 */
final class LessonList {
    private final Screen screen;
    private final Language language;
    private final Supplier<LessonLibrary> library;
    private final Progress progress;

    LessonList(Screen screen, Language language, Supplier<LessonLibrary> library, Progress progress) {
        this.screen = screen;
        this.language = language;
        this.library = library;
        this.progress = progress;
    }

    /** {@code lessons}: the load problems, then one aligned row per lesson. */
    void table() {
        boolean problems = problems();
        List<Lesson> all = library.get().lessons();
        if (all.isEmpty()) {
            screen.say(language.get(problems ? "lessons.noneLoaded" : "lessons.none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (Lesson l : all) {
            rows.add(new String[] {mark(l), l.id(), language.text(l.title()), language.get("lessons.steps", l.steps().size()),
                    progress.lessons().containsKey(l.id()) ? standing(l) : ""});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(row[0]);
            for (int c = 1; c < row.length; c++) {
                line.append(c == 1 ? " " : "  ").append(row[c]);
                if (c < row.length - 1) {
                    line.append(" ".repeat(widths[c] - DisplayWidth.of(row[c])));
                }
            }
            screen.say(line.toString().stripTrailing());
        }
        screen.say(language.get("lessons.howToStart"));
    }

    /**
     * {@code progress}: one line per lesson the learner opened, then how many of the library's challenges were
     * solved without hints; false when no lesson was opened.
     */
    boolean summary() {
        boolean any = false;
        int challenges = 0;
        int solvedAlone = 0;
        for (Lesson l : library.get().lessons()) {
            List<String> challengeIds = l.steps().stream().filter(Step::challenge).map(Step::id).toList();
            challenges += challengeIds.size();
            LessonProgress lp = progress.lessons().get(l.id());
            if (lp == null) {
                continue;
            }
            solvedAlone += lp.challengesSolvedAlone(challengeIds);
            screen.say(language.get("progress.lesson", mark(l), l.id(), language.text(l.title()), standing(l),
                    lp.hintsShown(), lp.attempts(), lp.minutesBegun()));
            any = true;
        }
        if (any && challenges > 0) {
            screen.say(language.get("progress.challenges", solvedAlone, challenges));
        }
        return any;
    }

    /**
     * The errors that kept lessons out of the library, at {@code file:line:column} as {@code lint} prints them;
     * false when there are none.
     */
    boolean problems() {
        List<LessonProblem> errors = library.get().errors();
        if (errors.isEmpty()) {
            return false;
        }
        screen.warn(language.get("lessons.problems", errors.size()));
        errors.forEach(e -> screen.warn("  " + e));
        return true;
    }

    private String mark(Lesson l) {
        LessonProgress lp = progress.lessons().get(l.id());
        if (lp == null) {
            return "·";
        }
        if (!lp.done()) {
            return "→";
        }
        return lp.tally(stepIds(l)).skipped() > 0 ? "»" : "✓";
    }

    /** How the lesson stands, in words: where the learner is, or how it was finished. */
    private String standing(Lesson l) {
        LessonProgress lp = progress.lesson(l.id());
        int steps = l.steps().size();
        if (!lp.done()) {
            return language.get("lesson.state.open", lp.stepIndex() + 1, steps);
        }
        LessonProgress.Tally t = lp.tally(stepIds(l));
        String finished;
        if (t.skipped() > 0) {
            finished = t.withSolution() > 0 ? language.get("lesson.state.skippedWithSolutions", t.skipped(), steps, t.withSolution())
                    : language.get("lesson.state.skipped", t.skipped(), steps);
        } else {
            finished = t.withSolution() > 0 ? language.get("lesson.state.doneWithSolutions", t.withSolution())
                    : language.get("lesson.state.done");
        }
        return lp.playedAgain(steps) ? finished + "; " + language.get("lesson.state.again", lp.stepIndex() + 1, steps) : finished;
    }

    private static List<String> stepIds(Lesson l) {
        return l.steps().stream().map(Step::id).toList();
    }
}
