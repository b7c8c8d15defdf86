package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.engines.CannotOpenEngine;
import io.dockertutor.tutor.engines.EngineFactory;
import io.dockertutor.checker.Verdict;
import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.Step;
import io.dockertutor.tutor.progress.LessonProgress;
import io.dockertutor.tutor.progress.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A lesson played step by step: opening it where the learner left it, showing the step, running the learner's lines
 * and checking the step after each one, announcing a pass and the next step, finishing the lesson, and leaving it for
 * free practice. Each move is told to the {@link Progress} and saved.
 */
final class LessonFlow {
    /** Gaps longer than this between two commands are a learner away from the keyboard, not study time. */
    private static final Duration MAX_GAP = Duration.ofMinutes(5);

    private final EngineSessions sessions;
    private final LessonWorkspaces workspaces;
    private final Supplier<LessonLibrary> library;
    private final Progress progress;
    private final ProgressKeeper keeper;
    private final Screen screen;
    private final Language language;
    private Instant lastCommand = Instant.now();

    LessonFlow(EngineSessions sessions, LessonWorkspaces workspaces, Supplier<LessonLibrary> library,
               ProgressKeeper keeper, Screen screen, Language language) {
        this.sessions = sessions;
        this.workspaces = workspaces;
        this.library = library;
        this.progress = keeper.progress();
        this.keeper = keeper;
        this.screen = screen;
        this.language = language;
    }

    /** Runs a learner's line in the lesson, then checks the step: a pass moves on, a known near miss gets its hint. */
    void learnerLine(LessonPlay play, String line, InputStream keyboard) {
        String lessonId = play.lesson().id();
        Instant now = Instant.now();
        progress.studied(lessonId, Math.min(Duration.between(lastCommand, now).toSeconds(), MAX_GAP.toSeconds()));
        lastCommand = now;
        progress.attempted(lessonId, play.step().id());
        CatalogMisses output = new CatalogMisses(screen.commands());
        play.run(line, output, keyboard);
        screen.flush();
        output.note(sessions.engine(), language).ifPresent(screen::say);
        Verdict v = play.check();
        if (v.passed()) {
            stepPassed(play);
        } else {
            play.nearMiss().ifPresent(hint -> screen.warn(language.get("tutor.nearMiss", language.text(hint))));
            // Only a command that changed something can have closed the way; a real engine cannot be asked.
            if (play.lastCommandChanged() && play.canStillPass().equals(Optional.of(false))) {
                screen.warn(language.get("step.deadEnd", line));
            }
        }
    }

    /**
     * Opens {@code lesson} at step {@code atStep} (0 for a new lesson), on a fresh engine. The sessions open before
     * end first, so on a real engine their objects are gone before the new lesson's setup runs (otherwise the old
     * session's cleanup could remove an image the new lesson just found there).
     */
    boolean start(Lesson lesson, int atStep) {
        sessions.endAll();
        for (String required : lesson.requires()) {
            if (!progress.isDone(required)) {
                screen.warn(language.get("start.requires", required));
            }
        }
        LessonPlay opened;
        try {
            Engine engine = sessions.open(workspaces.of(lesson));
            // On a shared engine, the learner's own web or net would meet the lesson's docker run --name web.
            java.util.List<String> clashes = io.dockertutor.lessons.LessonNames.clashes(lesson, engine);
            if (!clashes.isEmpty()) {
                engine.close();
                screen.bad(language.get("start.nameClash", String.join(", ", clashes)));
                return false;
            }
            opened = LessonPlay.open(lesson, engine, workspaces.of(lesson), language.locale(), atStep);
        } catch (CannotOpenEngine e) {
            screen.bad(e.getMessage());
            return false;
        } catch (IOException e) {
            screen.bad(language.get("error.lessonFiles", e.getMessage()));
            return false;
        }
        sessions.play(opened);
        progress.opened(lesson.id(), opened.index());
        lastCommand = Instant.now();
        keeper.save();
        return true;
    }

    /** Prints the current step: where the learner is, then its text. */
    void showStep() {
        Optional<LessonPlay> open = sessions.play();
        if (open.isEmpty()) {
            screen.say(language.get("tutor.noLesson"));
            return;
        }
        LessonPlay play = open.get();
        Lesson l = play.lesson();
        screen.say("");
        screen.heading(language.get("step.header", language.text(l.title()), play.index() + 1, l.steps().size()));
        if (play.step().challenge()) {
            screen.good(language.get("step.challenge"));
        }
        screen.markdown(language.text(play.step().text()));
        for (String need : play.unmetNeeds()) {
            screen.warn(language.get("step.unmetNeed", language.get("need." + need)));
        }
        if (play.index() == 0 && !progress.anyDone()) {
            screen.say("");
            screen.say(language.get("step.firstTime"));
        }
    }

    /** Checks the current step on request, saying why it does not pass yet. */
    void check() {
        Optional<LessonPlay> open = sessions.play();
        if (open.isEmpty()) {
            screen.say(language.get("tutor.noLesson"));
            return;
        }
        Verdict v = open.get().check();
        if (v.passed()) {
            stepPassed(open.get());
            return;
        }
        screen.bad(language.get("check.notYet"));
        v.failures().forEach(f -> screen.say("  - " + f));
    }

    private void stepPassed(LessonPlay play) {
        Lesson lesson = play.lesson();
        progress.passed(lesson.id(), play.step().id());
        screen.good(language.get("step.passed", play.index() + 1, lesson.steps().size()));
        if (play.isLastStep()) {
            finishLesson(play);
            return;
        }
        play.advance();
        progress.movedTo(lesson.id(), play.index());
        keeper.save();
        showStep();
    }

    /** The lesson is done: the learner reads how it went and what comes next; free practice goes on in its files. */
    void finishLesson(LessonPlay play) {
        Lesson lesson = play.lesson();
        progress.finished(lesson.id(), lesson.steps().size());
        LessonProgress lp = progress.lesson(lesson.id());
        screen.good(language.get("lesson.done", language.text(lesson.title()), lesson.steps().size(), lp.hintsShown(),
                Math.max(1, lp.minutesBegun())));
        sessions.practiceOnLessonEngine();
        keeper.save();
        nextLesson().ifPresentOrElse(
                next -> screen.say(language.get("lesson.next", next.id(), language.text(next.title()))),
                () -> screen.say(language.get("lesson.allDone")));
    }

    /** The first lesson not done yet, in library order. */
    Optional<Lesson> nextLesson() {
        return library.get().lessons().stream().filter(l -> !progress.isDone(l.id())).findFirst();
    }

    /** Leaves the lesson for free practice; its progress stays, {@code start} comes back to it. */
    void sandboxMode() {
        if (sessions.play().isPresent()) {
            sessions.practiceOnLessonEngine();
            progress.leftLesson();
            keeper.save();
        }
        screen.say(language.get("sandbox.on", sessions.workspace()));
    }

    /**
     * Rebuilds the lesson at step {@code at} on an engine without snapshots (a real one), for {@code reset} and
     * {@code back}: this session's objects are removed, the files put back, then setup and the earlier steps'
     * solutions run unseen, as when a learner comes back. False (with the reason shown) when the files cannot be.
     */
    boolean replay(LessonPlay play, int at) {
        EngineCleanup.cleanUp(play.engine(), screen, language.messages());
        try {
            sessions.play(play.replay(at, language.locale()));
            return true;
        } catch (IOException e) {
            screen.bad(language.get("error.lessonFiles", e.getMessage()));
            return false;
        }
    }
}
