package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.SolutionCommand;
import io.dockertutor.lessons.Step;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.StepProgress;
import io.dockertutor.tutor.workspace.FileChanges;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The commands for a learner who is stuck or wants to move: {@code hint}, {@code solution}, {@code skip},
 * {@code next}, {@code back}, {@code reset} and {@code undo}. Each one records what it gave away in the progress.
 */
final class StepHelp {
    private final EngineSessions sessions;
    private final LessonFlow flow;
    private final Progress progress;
    private final ProgressKeeper keeper;
    private final Screen screen;
    private final Language language;

    StepHelp(EngineSessions sessions, LessonFlow flow, ProgressKeeper keeper, Screen screen, Language language) {
        this.sessions = sessions;
        this.flow = flow;
        this.progress = keeper.progress();
        this.keeper = keeper;
        this.screen = screen;
        this.language = language;
    }

    /** The open lesson; empty (the learner told so) outside one. */
    private Optional<LessonPlay> lesson() {
        Optional<LessonPlay> play = sessions.play();
        if (play.isEmpty()) {
            screen.say(language.get("tutor.noLesson"));
        }
        return play;
    }

    void hint() {
        lesson().ifPresent(play -> {
            Step step = play.step();
            if (step.hints().isEmpty()) {
                screen.say(language.get("hint.none"));
                return;
            }
            String lessonId = play.lesson().id();
            int i = Math.min(progress.lesson(lessonId).step(step.id()).hints(), step.hints().size() - 1);
            screen.warn(language.get("hint.label", i + 1, step.hints().size()));
            screen.markdown(language.text(step.hints().get(i)));
            progress.hintShown(lessonId, step.id(), step.hints().size());
            if (i == step.hints().size() - 1) {
                screen.say(language.get("hint.last"));
            }
            keeper.save();
        });
    }

    void solution(boolean runIt) {
        Optional<LessonPlay> open = lesson();
        if (open.isEmpty()) {
            return;
        }
        LessonPlay play = open.get();
        Step step = play.step();
        if (!runIt) {
            progress.solutionUsed(play.lesson().id(), step.id(), StepProgress.Solution.SHOWN);
            screen.say(language.get("solution.shown"));
            screen.markdown("```\n" + String.join("\n", step.solution().stream().map(StepHelp::bare).toList()) + "\n```");
            keeper.save();
            return;
        }
        progress.solutionUsed(play.lesson().id(), step.id(), StepProgress.Solution.RUN);
        keeper.save();
        for (String command : step.solution()) {
            screen.say("$ " + bare(command));
            play.run(bare(command), screen.commands());
            screen.flush();
        }
        flow.check();
    }

    private static String bare(String command) {
        return SolutionCommand.parse(command).text();
    }

    /** {@code skip}: solves the step unseen and moves on; {@code next}: the same, for a step done or skipped before. */
    void skip(boolean onlyIfDone) {
        Optional<LessonPlay> open = lesson();
        if (open.isEmpty()) {
            return;
        }
        LessonPlay play = open.get();
        String lessonId = play.lesson().id();
        StepProgress sp = progress.lesson(lessonId).step(play.step().id());
        if (onlyIfDone && !sp.done() && !sp.skipped()) {
            screen.say(language.get("next.notDone"));
            return;
        }
        progress.passedOver(lessonId, play.step().id());
        if (play.isLastStep()) {
            flow.finishLesson(play);
            return;
        }
        play.solveAndAdvance();
        progress.movedTo(lessonId, play.index());
        keeper.save();
        flow.showStep();
    }

    /** Back to how the previous step began: from a checkpoint, or on a real engine by replaying the lesson to it. */
    void back() throws IOException {
        Optional<LessonPlay> open = lesson();
        if (open.isEmpty()) {
            return;
        }
        LessonPlay play = open.get();
        if (play.index() == 0) {
            screen.say(language.get("back.first"));
            return;
        }
        boolean checkpoint = play.canCheckpoint();
        boolean moved = checkpoint ? play.back() : flow.replay(play, play.index() - 1);
        if (!moved) {
            return;
        }
        LessonPlay now = sessions.play().orElseThrow();
        if (checkpoint) {
            tellFiles(now.lastRestore());
        }
        progress.movedTo(now.lesson().id(), now.index());
        keeper.save();
        flow.showStep();
    }

    /** The step (or the lesson) as it began: from a checkpoint, or on a real engine by replaying the lesson. */
    void reset(boolean wholeLesson) throws IOException {
        Optional<LessonPlay> open = lesson();
        if (open.isEmpty()) {
            return;
        }
        LessonPlay play = open.get();
        boolean done;
        if (play.canCheckpoint()) {
            done = wholeLesson ? play.resetLesson() : play.resetStep();
        } else {
            done = flow.replay(play, wholeLesson ? 0 : play.index());
        }
        if (!done) {
            return;
        }
        LessonPlay now = sessions.play().orElseThrow();
        progress.movedTo(now.lesson().id(), now.index());
        keeper.save();
        screen.good(language.get(wholeLesson ? "reset.lesson" : "reset.step"));
        if (now.canCheckpoint()) {
            tellFiles(now.lastRestore());
        }
        flow.showStep();
    }

    void undo() {
        Engine engine = sessions.engine();
        if (engine != null && !engine.capabilities().undo()) {
            // A real engine cannot take back one command; replaying the step (reset) is the honest alternative.
            screen.say(language.get("undo.unavailable", sessions.engineName()));
            return;
        }
        Optional<UndoStack.Undone> undone = sessions.play().isPresent() ? sessions.play().get().undo()
                : sessions.sandbox().flatMap(Sandbox::undo);
        if (undone.isEmpty()) {
            screen.say(language.get("undo.nothing"));
            return;
        }
        FileChanges.Outcome o = undone.get().files();
        screen.good(language.get(o.tracked() ? "undo.done" : "undo.engineOnly", undone.get().command()));
        tellFiles(o);
    }

    /** Names the files undo, reset or back left as they are, and why. */
    private void tellFiles(FileChanges.Outcome o) {
        if (!o.kept().isEmpty()) {
            screen.warn(language.get("undo.keptChanged", joined(o.kept())));
        }
        if (!o.notCopied().isEmpty()) {
            screen.warn(language.get("undo.notCopied", joined(o.notCopied())));
        }
        o.failed().forEach((path, e) -> screen.bad(language.get("undo.cannotRestore", path,
                FileFailure.reason(e, language.messages()))));
    }

    private static String joined(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).sorted().toList());
    }
}
