package io.dockertutor.tutor.repl;

import io.dockertutor.checker.Text;
import io.dockertutor.checker.Verdict;
import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonRun;
import io.dockertutor.lessons.NearMiss;
import io.dockertutor.lessons.SolutionCommand;
import io.dockertutor.lessons.Step;
import io.dockertutor.tutor.workspace.FileChanges;
import io.dockertutor.tutor.workspace.WorkspaceState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One lesson being played: the {@link LessonRun}, the step the learner is on, a {@link RestorePoint} at the start of
 * every step reached (for {@code reset} and {@code back}) and the {@link UndoStack} of its recent commands. On an
 * engine without snapshots (a real one) there are no checkpoints: it keeps the workspace as it was before the lesson
 * instead, and {@code reset} and {@code back} {@link #replay} the lesson. Holds no terminal: the REPL tells the
 * learner what happened.
 */
final class LessonPlay {
    private final Lesson lesson;
    private final LessonRun run;
    private final Engine engine;
    private final Path workspace;
    /** The files before the lesson wrote its own, for a replay; null on an engine with snapshots or a huge workspace. */
    private WorkspaceState filesBefore;
    /** What the last reset or back could not put back in the files (empty lists when all went well). */
    private FileChanges.Outcome lastRestore = new FileChanges.Outcome(true, List.of(), List.of(), java.util.Map.of());
    private final List<RestorePoint> stepStarts = new ArrayList<>();
    private final UndoStack undo;
    /** The learner's commands in this step, in order: what a near miss is matched against. */
    private final List<String> typed = new ArrayList<>();
    /** Where the learner's shell began the lesson, and this step: where the step's solution may be meant to run. */
    private String home;
    private String stepCwd;
    private int index;

    private LessonPlay(Lesson lesson, LessonRun run, Engine engine, Path workspace) {
        this.lesson = lesson;
        this.run = run;
        this.engine = engine;
        this.workspace = workspace;
        this.undo = new UndoStack(engine, workspace);
    }

    /**
     * Sets the lesson up in {@code workspace} and brings it to step {@code at} by running the solutions of the steps
     * before it unseen, as the validator does: a learner who comes back finds the engine as they left it.
     */
    static LessonPlay open(Lesson lesson, Engine engine, Path workspace, Locale locale, int at) throws IOException {
        // The setup and the replay are not shown: their pulls take no time (PacedPulls paces only what is watched).
        return io.dockertutor.tutor.engines.PacedPulls.unseen(() -> openUnseen(lesson, engine, workspace, locale, at));
    }

    private static LessonPlay openUnseen(Lesson lesson, Engine engine, Path workspace, Locale locale, int at) throws IOException {
        WorkspaceState filesBefore = !engine.capabilities().undo() ? WorkspaceState.take(workspace).orElse(null) : null;
        Engine watched = EngineWrites.watch(engine);
        LessonPlay play = new LessonPlay(lesson, new LessonRun(lesson, watched, workspace, locale), watched, workspace);
        int target = Math.max(0, Math.min(at, lesson.steps().size() - 1));
        play.home = play.run.interpreter().shell().cwd();
        play.stepStarts.add(play.checkpoint());
        while (play.index < target) {
            play.solveUnseen();
            play.index++;
            play.stepStarts.add(play.checkpoint());
        }
        play.run.beginStep();
        play.stepCwd = play.run.interpreter().shell().cwd();
        play.filesBefore = filesBefore;
        return play;
    }

    /**
     * The lesson opened again at step {@code at} on the same engine and workspace, the files first put back as they
     * were before the lesson: {@code reset} and {@code back} where the engine has no snapshots. The caller has removed
     * the session's engine objects ({@link io.dockertutor.engine.Ownership#cleanUp()}), so setup and the earlier
     * steps' solutions find the engine as a first start does.
     */
    LessonPlay replay(int at, Locale locale) throws IOException {
        if (filesBefore != null) {
            FileChanges.Outcome o = filesBefore.restore();
            if (!o.failed().isEmpty()) {
                throw o.failed().values().iterator().next();
            }
        }
        return open(lesson, engine, workspace, locale, at);
    }

    Lesson lesson() {
        return lesson;
    }

    /** The interpreter the learner's commands run in; free practice goes on in it once the lesson is finished. */
    Interpreter interpreter() {
        return run.interpreter();
    }

    /** The directory the learner's shell is in. */
    Path cwd() {
        return Path.of(run.interpreter().shell().cwd());
    }

    /** Whether the learner typed {@code exit}. */
    boolean shellExited() {
        return run.interpreter().shell().hasExited();
    }

    /** The status the learner's {@code exit} asked for. */
    int exitStatus() {
        return run.interpreter().shell().exitStatus();
    }

    void locale(Locale locale) {
        run.locale(locale);
    }

    void terminal(boolean terminal) {
        run.interpreter().terminal(terminal);
    }

    /** What the current step needs from the machine that it does not have (a network, an architecture ...). */
    List<String> unmetNeeds() {
        return run.unmetNeeds(step());
    }

    Engine engine() {
        return engine;
    }

    Path workspace() {
        return workspace;
    }

    int index() {
        return index;
    }

    Step step() {
        return lesson.steps().get(index);
    }

    boolean isLastStep() {
        return index == lesson.steps().size() - 1;
    }

    /** Runs a learner's command, showing its output on {@code screen} as it comes; undo can take it back. */
    LessonRun.Outcome run(String command, OutputStream screen) {
        return run(command, screen, java.io.InputStream.nullInputStream());
    }

    /** As {@link #run(String, OutputStream)}, with the learner's keyboard as standard input ({@code docker exec -it}). */
    LessonRun.Outcome run(String command, OutputStream screen, java.io.InputStream keyboard) {
        typed.add(command);
        return undo.record(command, () -> run.run(command, screen, keyboard));
    }

    /** Whether the last command may have changed the engine or the files (always, on a real engine). */
    boolean lastCommandChanged() {
        return undo.lastChanged();
    }

    Verdict check() {
        return run.check(step());
    }

    /**
     * Whether the step can still pass from here, its solution tried unseen from the state now and everything put
     * back ({@link SolutionProbe}); empty where that cannot be told (a real engine, a workspace too large to copy).
     */
    Optional<Boolean> canStillPass() {
        return SolutionProbe.canStillPass(run, step(), engine, workspace,
                List.of(run.interpreter().shell().cwd(), stepCwd, home), typed);
    }

    /**
     * The author's hint for a near miss: the learner's last command completed one of the step's {@code wrong}
     * attempts ({@link NearMiss}), or, having changed something, left the state one of them describes
     * ({@code when:}).
     */
    Optional<Text> nearMiss() {
        Optional<Text> said = NearMiss.made(step(), typed).map(Step.WrongAttempt::hint);
        if (said.isPresent() || !lastCommandChanged()) {
            return said;
        }
        // Typed another way, the same mistake leaves the same state: -p 80:8080 nginx as well as nginx:latest.
        return NearMiss.byState(step(), run).map(Step.WrongAttempt::hint);
    }

    /** Moves to the next step; the caller has checked there is one. */
    void advance() {
        index++;
        run.beginStep();
        undo.clear();
        typed.clear();
        stepCwd = run.interpreter().shell().cwd();
        if (stepStarts.size() <= index) {
            stepStarts.add(checkpoint());
        } else {
            stepStarts.set(index, checkpoint());
        }
    }

    /** Runs the current step's solution unseen, then moves on ({@code skip}, {@code next} after {@code back}). */
    void solveAndAdvance() {
        solveUnseen();
        advance();
    }

    private void solveUnseen() {
        for (String command : step().solution()) {
            run.runHidden(SolutionCommand.parse(command).text());
        }
    }

    /** Back to how the previous step began; false on the first step or when the engine cannot be restored. */
    boolean back() throws IOException {
        if (index == 0 || stepStarts.get(index - 1) == null) {
            return false;
        }
        index--;
        lastRestore = stepStarts.get(index).restore();
        run.beginStep();
        undo.clear();
        typed.clear();
        stepCwd = run.interpreter().shell().cwd();
        return true;
    }

    /** Engine and files as the current step began; false when the engine cannot be restored. */
    boolean resetStep() throws IOException {
        RestorePoint start = stepStarts.get(index);
        if (start == null) {
            return false;
        }
        lastRestore = start.restore();
        run.beginStep();
        undo.clear();
        typed.clear();
        stepCwd = run.interpreter().shell().cwd();
        return true;
    }

    /** Engine and files as the lesson began, on step 1. */
    boolean resetLesson() throws IOException {
        RestorePoint start = stepStarts.get(0);
        if (start == null) {
            return false;
        }
        lastRestore = start.restore();
        index = 0;
        run.beginStep();
        undo.clear();
        typed.clear();
        stepCwd = run.interpreter().shell().cwd();
        return true;
    }

    /**
     * Takes back the last command that changed something (engine, and the files it changed), and forgets it and the
     * commands after it for near misses; empty when there is nothing or the engine cannot.
     */
    Optional<UndoStack.Undone> undo() {
        Optional<UndoStack.Undone> undone = undo.undo();
        undone.ifPresent(u -> typed.subList(Math.min(u.position(), typed.size()), typed.size()).clear());
        return undone;
    }

    /** What the last {@link #back()}, {@link #resetStep()} or {@link #resetLesson()} could not put back in the files. */
    FileChanges.Outcome lastRestore() {
        return lastRestore;
    }

    /** Whether reset, back and undo restore checkpoints (the simulated engine) rather than replay the lesson. */
    boolean canCheckpoint() {
        return engine.capabilities().undo();
    }

    private RestorePoint checkpoint() {
        return RestorePoint.of(engine, workspace).orElse(null);
    }
}
