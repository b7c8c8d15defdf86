package io.dockertutor.lessons;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.lessons.mutants.Mutant;
import io.dockertutor.lessons.mutants.MutantGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the mutants of every step of a lesson in one engine that can save and restore its state, as
 * {@link SnapshotWalk} runs wrong attempts: each mutant starts from the state saved before its step (engine and
 * workspace), then the solution runs once to bring the lesson to the next step. A step the validation skips has no
 * mutants tried; after a solution that fails, the lesson's later steps have none either (validation says why).
 */
final class MutantWalk {
    private final LessonRun run;
    private final Snapshots snapshots;
    private final Set<String> unavailable;

    MutantWalk(LessonRun run, Engine engine, Set<String> unavailable) {
        this.run = run;
        this.snapshots = engine.snapshots().orElseThrow();
        this.unavailable = unavailable;
    }

    List<MutantResult> walk() throws IOException {
        List<MutantResult> results = new ArrayList<>();
        if (!run.setupFailures().isEmpty()) {
            return results;
        }
        for (Step step : run.lesson().steps()) {
            if (step.needs().stream().noneMatch(unavailable::contains)) {
                tryMutants(step, results);
            }
            run.beginStep();
            for (String written : step.solution()) {
                SolutionCommand command = SolutionCommand.parse(written);
                if (run.run(command.text()).status() != 0 && !command.mayFail()) {
                    return results;
                }
            }
        }
        return results;
    }

    private void tryMutants(Step step, List<MutantResult> results) throws IOException {
        List<Mutant> mutants = MutantGenerator.of(step.solution());
        if (mutants.isEmpty()) {
            return;
        }
        Snapshots.Snapshot before = snapshots.take();
        WorkspaceCopy files = WorkspaceCopy.of(run.workspace());
        try {
            for (Mutant m : mutants) {
                run.beginStep();
                m.commands().forEach(run::run);
                boolean passed = run.check(step).passed();
                results.add(new MutantResult(run.lesson().id(), step.id(), m.commands(), m.change(), MutantResult.of(passed, step, m.commands())));
                snapshots.restore(before);
                files.restore();
                // The restored engine is a copy: a new interpreter sees its volumes where the learner looks for them.
                run.reopen();
            }
        } finally {
            files.delete();
        }
    }
}
