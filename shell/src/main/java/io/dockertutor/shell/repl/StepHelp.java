package io.dockertutor.shell.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.SolutionCommand;
import io.dockertutor.lessons.Step;
import io.dockertutor.shell.TutorMessages;
import io.dockertutor.shell.progress.StepProgress;
import io.dockertutor.shell.workspace.FileChanges;
import java.io.IOException;
import java.util.Optional;

/**
 * The commands for a learner who is stuck or wants to move: {@code hint}, {@code solution}, {@code skip},
 * {@code next}, {@code back}, {@code reset} and {@code undo}. Each one records what it gave away in the progress.
 */
final class StepHelp {
    private final Tutor tutor;

    StepHelp(Tutor tutor) {
        this.tutor = tutor;
    }

    private LessonPlay play() {
        return tutor.play().orElseThrow();
    }

    void hint() {
        if (tutor.play().isEmpty()) {
            tutor.screen.say(tutor.messages().get("tutor.noLesson"));
            return;
        }
        Step step = play().step();
        StepProgress sp = tutor.progress.lesson(play().lesson().id()).step(step.id());
        if (step.hints().isEmpty()) {
            tutor.screen.say(tutor.messages().get("hint.none"));
            return;
        }
        int i = Math.min(sp.hints, step.hints().size() - 1);
        tutor.screen.warn(tutor.messages().get("hint.label", i + 1, step.hints().size()));
        tutor.screen.markdown(tutor.text(step.hints().get(i)));
        if (sp.hints < step.hints().size()) {
            sp.hints++;
        }
        if (i == step.hints().size() - 1) {
            tutor.screen.say(tutor.messages().get("hint.last"));
        }
        tutor.save();
    }

    void solution(boolean runIt) {
        if (tutor.play().isEmpty()) {
            tutor.screen.say(tutor.messages().get("tutor.noLesson"));
            return;
        }
        Step step = play().step();
        StepProgress sp = tutor.progress.lesson(play().lesson().id()).step(step.id());
        if (!runIt) {
            sp.solution(StepProgress.Solution.SHOWN);
            tutor.screen.say(tutor.messages().get("solution.shown"));
            tutor.screen.markdown("```\n" + String.join("\n", step.solution().stream().map(StepHelp::bare).toList()) + "\n```");
            tutor.save();
            return;
        }
        sp.solution(StepProgress.Solution.RUN);
        tutor.save();
        for (String command : step.solution()) {
            tutor.screen.say("$ " + bare(command));
            play().run(bare(command), tutor.screen.commands());
            tutor.screen.flush();
        }
        tutor.check();
    }

    private static String bare(String command) {
        return SolutionCommand.parse(command).text();
    }

    /** {@code skip}: solves the step unseen and moves on; {@code next}: the same, for a step done or skipped before. */
    void skip(boolean onlyIfDone) {
        if (tutor.play().isEmpty()) {
            tutor.screen.say(tutor.messages().get("tutor.noLesson"));
            return;
        }
        StepProgress sp = tutor.progress.lesson(play().lesson().id()).step(play().step().id());
        if (onlyIfDone && !sp.done && !sp.skipped) {
            tutor.screen.say(tutor.messages().get("next.notDone"));
            return;
        }
        if (!sp.done) {
            sp.skipped = true;
        }
        if (play().isLastStep()) {
            tutor.finishLesson();
            return;
        }
        play().solveAndAdvance();
        tutor.progress.lesson(play().lesson().id()).step = play().index();
        tutor.save();
        tutor.showStep();
    }

    /** Back to how the previous step began: from a checkpoint, or on a real engine by replaying the lesson to it. */
    void back() throws IOException {
        if (tutor.play().isEmpty()) {
            tutor.screen.say(tutor.messages().get("tutor.noLesson"));
            return;
        }
        if (play().index() == 0) {
            tutor.screen.say(tutor.messages().get("back.first"));
            return;
        }
        boolean checkpoint = play().canCheckpoint();
        boolean moved = checkpoint ? play().back() : tutor.replay(play().index() - 1);
        if (!moved) {
            return;
        }
        if (checkpoint) {
            tellFiles(play().lastRestore());
        }
        tutor.progress.lesson(play().lesson().id()).step = play().index();
        tutor.save();
        tutor.showStep();
    }

    /** The step (or the lesson) as it began: from a checkpoint, or on a real engine by replaying the lesson. */
    void reset(boolean wholeLesson) throws IOException {
        if (tutor.play().isEmpty()) {
            tutor.screen.say(tutor.messages().get("tutor.noLesson"));
            return;
        }
        boolean done;
        if (play().canCheckpoint()) {
            done = wholeLesson ? play().resetLesson() : play().resetStep();
        } else {
            done = tutor.replay(wholeLesson ? 0 : play().index());
        }
        if (!done) {
            return;
        }
        tutor.progress.lesson(play().lesson().id()).step = play().index();
        tutor.save();
        tutor.screen.good(tutor.messages().get(wholeLesson ? "reset.lesson" : "reset.step"));
        if (play().canCheckpoint()) {
            tellFiles(play().lastRestore());
        }
        tutor.showStep();
    }

    private static String joined(java.util.List<java.nio.file.Path> paths) {
        return String.join(", ", paths.stream().map(java.nio.file.Path::toString).sorted().toList());
    }

    void undo() throws IOException {
        Engine engine = tutor.engine();
        if (engine != null && !engine.capabilities().undo()) {
            // A real engine cannot take back one command; replaying the step (reset) is the honest alternative.
            tutor.screen.say(tutor.messages().get("undo.unavailable", tutor.engineName()));
            return;
        }
        Optional<FileChanges.Outcome> undone = tutor.play().isPresent() ? play().undo()
                : tutor.currentSandbox() != null ? tutor.currentSandbox().undo() : Optional.empty();
        if (undone.isEmpty()) {
            tutor.screen.say(tutor.messages().get("undo.nothing"));
            return;
        }
        FileChanges.Outcome o = undone.get();
        tutor.screen.good(tutor.messages().get(o.tracked() ? "undo.done" : "undo.engineOnly"));
        tellFiles(o);
    }

    /** Names the files undo, reset or back left as they are, and why. */
    private void tellFiles(FileChanges.Outcome o) {
        TutorMessages m = tutor.messages();
        if (!o.kept().isEmpty()) {
            tutor.screen.warn(m.get("undo.keptChanged", joined(o.kept())));
        }
        if (!o.notCopied().isEmpty()) {
            tutor.screen.warn(m.get("undo.notCopied", joined(o.notCopied())));
        }
        o.failed().forEach((path, e) -> tutor.screen.bad(m.get("undo.cannotRestore", path, FileFailure.reason(e, m))));
    }
}
