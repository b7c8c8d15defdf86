package io.dockertutor.lessons;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates a lesson in one engine that can save and restore its state (the simulated one): the lesson is set up
 * once and each step's solution runs once, while every attempt at a step (each wrong one, then the solution) starts
 * from the state saved before the step, engine and workspace alike. The verdicts are those of replaying every
 * step in a fresh engine, at a fraction of the cost.
 */
final class SnapshotWalk {
    private final LessonRun run;
    private final Snapshots snapshots;
    private final Set<String> unavailable;

    SnapshotWalk(LessonRun run, Engine engine, Set<String> unavailable) {
        this.run = run;
        this.snapshots = engine.snapshots().orElseThrow();
        this.unavailable = unavailable;
    }

    List<LessonValidator.StepResult> walk() throws IOException {
        Lesson lesson = run.lesson();
        List<LessonValidator.StepResult> results = new ArrayList<>();
        String blocked = run.setupFailures().isEmpty() ? null : run.setupFailures().get(0);
        for (Step step : lesson.steps()) {
            long start = System.nanoTime();
            List<String> missing = step.needs().stream().filter(unavailable::contains).toList();
            boolean judged = missing.isEmpty() && blocked == null;
            String failure = blocked;
            List<String> verdicts = new ArrayList<>();
            if (blocked == null) {
                failure = judged ? wrongAttemptsFail(step, verdicts) : null;
                // A skipped step's solution still runs: the steps after it start from its result.
                Attempt solved = solve(step, judged, verdicts);
                failure = failure != null ? failure : solved.failure;
                blocked = solved.blocking;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LessonValidator.StepResult.Status status = !missing.isEmpty() ? LessonValidator.StepResult.Status.SKIPPED
                    : failure == null ? LessonValidator.StepResult.Status.PASSED : LessonValidator.StepResult.Status.FAILED;
            String reason = !missing.isEmpty() ? "needs " + String.join(", ", missing) : failure;
            results.add(new LessonValidator.StepResult(lesson.id(), step.id(), status, reason, seconds, verdicts));
        }
        return results;
    }

    /**
     * Runs each wrong attempt from the state before the step and leaves that state in place for the solution. A
     * snapshot copies the whole engine, so the first attempt runs on the live state: one copy per attempt.
     */
    private String wrongAttemptsFail(Step step, List<String> verdicts) throws IOException {
        if (step.wrong().isEmpty()) {
            return null;
        }
        Snapshots.Snapshot before = snapshots.take();
        WorkspaceCopy files = WorkspaceCopy.of(run.workspace());
        try {
            String failure = null;
            for (Step.WrongAttempt wrong : step.wrong()) {
                run.beginStep();
                wrong.commands().forEach(c -> run.run(SolutionCommand.parse(c).text()));
                var v = run.check(step);
                verdicts.add(LessonValidator.verdictAt("wrong " + wrong.commands(), v));
                if (failure == null && v.passed()) {
                    failure = "the wrong attempt " + wrong.commands() + " passes the check";
                }
                failure = failure != null ? failure : NearMissStates.unreached(run, wrong);
                reset(before, files);
            }
            return failure;
        } finally {
            files.delete();
        }
    }

    /** What running the solution showed: why the step fails (or null), and why later steps cannot run (or null). */
    private record Attempt(String failure, String blocking) {
    }

    private Attempt solve(Step step, boolean judge, List<String> verdicts) {
        run.beginStep();
        String failure = null;
        if (judge) {
            var before = run.check(step);
            verdicts.add(LessonValidator.verdictAt("before", before));
            failure = before.passed() ? "the check passes before the solution (too weak)" : null;
        }
        for (int i = 0; i < step.solution().size(); i++) {
            SolutionCommand command = SolutionCommand.parse(step.solution().get(i));
            LessonRun.Outcome o = run.run(command.text());
            if (!command.mayFail() && o.status() != 0) {
                String what = "'" + command.text() + "' exited " + o.status();
                String output = LessonValidator.firstLine(o.output());
                return new Attempt(failure != null ? failure : "solution command " + what + ": " + output,
                        "step '" + step.id() + "' solution " + what + " on the way to this step: " + output);
            }
            if (judge && failure == null && i < step.solution().size() - 1 && NearMissStates.any(step)) {
                failure = NearMissStates.misfires(run, step, command.text());
            }
        }
        if (failure == null && judge) {
            var v = run.check(step);
            verdicts.add(LessonValidator.verdictAt("solution", v));
            if (!v.passed()) {
                failure = "the check fails after the solution: " + String.join("; ", v.failures());
            }
        }
        return new Attempt(failure, null);
    }

    private void reset(Snapshots.Snapshot before, WorkspaceCopy files) throws IOException {
        snapshots.restore(before);
        files.restore();
        // The restored engine is a copy: a new interpreter sees its volumes where the learner looks for them.
        run.reopen();
    }
}
