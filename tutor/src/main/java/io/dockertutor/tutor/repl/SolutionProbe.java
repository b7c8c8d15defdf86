package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.lessons.LessonRun;
import io.dockertutor.lessons.SolutionCommand;
import io.dockertutor.lessons.Step;
import io.dockertutor.tutor.workspace.FileChanges;
import io.dockertutor.tutor.workspace.WorkspaceState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a step can still pass from where the learner is: its solution is tried unseen from the engine and files as
 * they are now, then both are put back. A learner half-way through the solution has done part of it, so each tail
 * of the solution (all of it, all but the first command, ...) is tried, in the directory the learner is in, where the
 * step began, and the workspace's top; one pass is enough. Only an engine with snapshots (the simulated one) and a
 * workspace small enough to copy whole can be asked: elsewhere the answer is "cannot tell", and the tutor says
 * nothing rather than guess.
 *
 * <pre>{@code
 * SolutionProbe.canStillPass(run, step, engine, workspace, List.of(cwd, stepStart, home), typed)  // Optional[false]: stuck
 * }</pre>
 */
final class SolutionProbe {
    private SolutionProbe() {
    }

    /**
     * True when some tail of the solution passes from here, false when none does, empty when it cannot be told. The
     * tail after the part of the solution the learner's last commands ({@code typed}, the step's commands oldest
     * first) typed word for word is tried first: the usual answer, found with one trial instead of one per command
     * before it. The answer is the same in any order.
     */
    static Optional<Boolean> canStillPass(LessonRun run, Step step, Engine engine, java.nio.file.Path workspace,
                                          List<String> directories, List<String> typed) {
        Optional<Snapshots> snapshots = engine.snapshots();
        if (snapshots.isEmpty() || step.solution().isEmpty()) {
            return Optional.empty();
        }
        List<String> solution = step.solution().stream().map(c -> SolutionCommand.parse(c).text()).toList();
        if (typedTheSolutionSoFar(solution, typed)) {
            // Every command of the step so far is the solution's, in order: the state is the one the solution
            // itself passes through, and the rest of it passes from there (validate proves each solution). Nothing
            // is tried, so the workspace is not copied either.
            return Optional.of(true);
        }
        Optional<WorkspaceState> files = WorkspaceState.take(workspace);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Snapshots.Snapshot now = snapshots.get().take();
        Set<String> places = new LinkedHashSet<>(directories);
        boolean passes = false;
        try {
            for (int from : tailsToTry(solution, typed)) {
                if (passes) {
                    break;
                }
                for (String cwd : places) {
                    passes = run.tryFrom(step, solution.subList(from, solution.size()), cwd).passed();
                    if (!restore(snapshots.get(), now, files.get())) {
                        return Optional.empty();
                    }
                    if (passes) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            // A trial that broke says nothing about the learner's state; put it back and keep quiet.
            restore(snapshots.get(), now, files.get());
            return Optional.empty();
        }
        return Optional.of(passes);
    }

    /** Whether {@code typed}, every command of the step so far, is the start of {@code solution} word for word. */
    static boolean typedTheSolutionSoFar(List<String> solution, List<String> typed) {
        return !typed.isEmpty() && typed.size() < solution.size() && typed.stream().map(String::strip).toList()
                .equals(solution.subList(0, typed.size()).stream().map(String::strip).toList());
    }

    /** Where each tail to try begins: after the solution's commands the learner just typed first, then the others. */
    static List<Integer> tailsToTry(List<String> solution, List<String> typed) {
        int done = 0;
        for (int n = Math.min(solution.size() - 1, typed.size()); n > 0 && done == 0; n--) {
            List<String> last = typed.subList(typed.size() - n, typed.size()).stream().map(String::strip).toList();
            if (last.equals(solution.subList(0, n).stream().map(String::strip).toList())) {
                done = n;
            }
        }
        List<Integer> order = new java.util.ArrayList<>(List.of(done));
        for (int from = 0; from < solution.size(); from++) {
            if (from != done) {
                order.add(from);
            }
        }
        return order;
    }

    private static boolean restore(Snapshots snapshots, Snapshots.Snapshot now, WorkspaceState files) {
        snapshots.restore(now);
        FileChanges.Outcome o = files.restore();
        return o.failed().isEmpty();
    }
}
