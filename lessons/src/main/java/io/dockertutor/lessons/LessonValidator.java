package io.dockertutor.lessons;

import io.dockertutor.checker.Verdict;
import io.dockertutor.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Proves a lesson solvable and its checks strict. For each step, in a fresh engine and workspace with the earlier
 * steps solved: the check must fail before the solution (else it is too weak), every {@code wrong} attempt must
 * fail it too, then every solution command must succeed (unless written {@code !command}) and the check must pass.
 *
 * <pre>{@code
 * LessonValidator v = new LessonValidator(ws -> simulatedEngine(ws), Set.of(), Locale.ENGLISH);
 * v.validate(lesson, result -> System.out.println(result));
 * }</pre>
 */
public final class LessonValidator {
    /**
     * The verdict on one step, with the check's verdict at each moment it was asked ({@code before: fail [0]},
     * {@code wrong [docker pull nginx]: fail [0]}, {@code solution: pass}): two engines agree on a lesson when these
     * are the same.
     */
    public record StepResult(String lesson, String step, Status status, String reason, double seconds, List<String> verdicts) {
        public enum Status { PASSED, FAILED, SKIPPED }

        public StepResult {
            verdicts = List.copyOf(verdicts);
        }

        public StepResult(String lesson, String step, Status status, String reason, double seconds) {
            this(lesson, step, status, reason, seconds, List.of());
        }
    }

    private final Function<Path, Engine> engines;
    private final Set<String> unavailable;
    private final Locale locale;
    private CommandListener commands = CommandListener.NONE;

    /**
     * @param engines     a fresh engine for a workspace
     * @param unavailable what this validation cannot offer ({@code internet} on an offline real engine): steps
     *                    that need it are skipped
     */
    public LessonValidator(Function<Path, Engine> engines, Set<String> unavailable, Locale locale) {
        this.engines = engines;
        this.unavailable = Set.copyOf(unavailable);
        this.locale = locale;
    }

    /** Lets {@code listener} hear every command each session runs, and where each session ends. */
    public void commandListener(CommandListener listener) {
        this.commands = listener;
    }

    public List<StepResult> validate(Lesson lesson, Consumer<StepResult> progress) {
        return validateAll(List.of(lesson), progress);
    }

    /**
     * Validates several lessons; {@code progress} hears of every step in lesson and step order, on the calling
     * thread. On an engine that can save and restore its state (the simulated one) each lesson is walked once in
     * its own engine ({@link SnapshotWalk}), lessons in parallel on all processors. Otherwise every step is proved
     * in a fresh engine with the earlier steps replayed, one after the other, as a shared real engine needs.
     */
    public List<StepResult> validateAll(List<Lesson> lessons, Consumer<StepResult> progress) {
        if (!undoAvailable()) {
            List<StepResult> results = new ArrayList<>();
            for (Lesson lesson : lessons) {
                for (int k = 0; k < lesson.steps().size(); k++) {
                    StepResult r = stepResult(lesson, k);
                    results.add(r);
                    progress.accept(r);
                }
            }
            return results;
        }
        List<StepResult> results = new ArrayList<>();
        perLesson(lessons, this::walk, (lesson, why) -> lesson.steps().stream()
                .map(s -> new StepResult(lesson.id(), s.id(), StepResult.Status.FAILED, why, 0)).toList(), r -> {
                    results.add(r);
                    progress.accept(r);
                });
        return results;
    }

    /**
     * Runs the mutants of every step of {@code lessons} ({@link io.dockertutor.lessons.mutants.MutantGenerator}),
     * each from the state before its step, and says what each did to the step's check; {@code progress} hears of
     * them in lesson and step order. Lessons run in parallel where the engine keeps snapshots, else every mutant
     * runs in a fresh engine with the earlier steps replayed. Steps this validation skips have no mutants tried.
     */
    public List<MutantResult> mutateAll(List<Lesson> lessons, Consumer<MutantResult> progress) {
        List<MutantResult> results = new ArrayList<>();
        Consumer<MutantResult> each = r -> {
            results.add(r);
            progress.accept(r);
        };
        if (!undoAvailable()) {
            for (Lesson lesson : lessons) {
                mutantsByReplay(lesson).forEach(each);
            }
            return results;
        }
        perLesson(lessons, lesson -> {
            Path ws = Files.createTempDirectory("docker-tutor-mutants-").toRealPath();
            Engine engine = engines.apply(ws);
            try (Env env = new Env(ws, engine, new LessonRun(lesson, engine, ws, locale, commands))) {
                return new MutantWalk(env.run, engine, unavailable).walk();
            }
        }, (lesson, why) -> List.of(), each);
        return results;
    }

    private List<MutantResult> mutantsByReplay(Lesson lesson) {
        List<MutantResult> results = new ArrayList<>();
        for (int k = 0; k < lesson.steps().size(); k++) {
            Step step = lesson.steps().get(k);
            if (step.needs().stream().anyMatch(unavailable::contains)) {
                continue;
            }
            for (io.dockertutor.lessons.mutants.Mutant m : io.dockertutor.lessons.mutants.MutantGenerator.of(step.solution())) {
                try (Env env = open(lesson, k)) {
                    if (env.failure != null) {
                        return results;
                    }
                    env.run.beginStep();
                    m.commands().forEach(env.run::run);
                    boolean passed = env.run.checkSettled(step).passed();
                    results.add(new MutantResult(lesson.id(), step.id(), m.commands(), m.change(), MutantResult.of(passed, step, m.commands())));
                } catch (IOException | RuntimeException e) {
                    return results;
                }
            }
        }
        return results;
    }

    /** A walk of one lesson in its own engine. */
    private interface LessonWalk<T> {
        List<T> walk(Lesson lesson) throws IOException;
    }

    /**
     * Walks each lesson on its own thread, all processors busy, and hands every result to {@code each} on the
     * calling thread in lesson order; a lesson whose walk throws gives {@code failed}'s results instead.
     */
    private <T> void perLesson(List<Lesson> lessons, LessonWalk<T> walk, java.util.function.BiFunction<Lesson, String, List<T>> failed,
                               Consumer<T> each) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "lesson-validator");
            t.setDaemon(true);
            return t;
        });
        try {
            // The longest lessons start first, so that no long one is left to run alone at the end; results come in
            // lesson order all the same.
            // Futures are kept by position: a list may name the same lesson twice, and each walk must be awaited
            // (one left running would write to a command log already closed).
            List<Future<List<T>>> pending = new ArrayList<>(java.util.Collections.nCopies(lessons.size(), null));
            java.util.stream.IntStream.range(0, lessons.size()).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> cost(lessons.get(i))).reversed())
                    .forEach(i -> pending.set(i, pool.submit(() -> walk.walk(lessons.get(i)))));
            for (int i = 0; i < lessons.size(); i++) {
                await(pending.get(i), lessons.get(i), failed).forEach(each);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A rough measure of a lesson's validation time: the commands run for its solutions and wrong attempts. */
    private static int cost(Lesson lesson) {
        int n = lesson.setup().size();
        for (Step step : lesson.steps()) {
            n += step.solution().size() + step.wrong().stream().mapToInt(w -> w.commands().size() + 2).sum();
        }
        return n;
    }

    private boolean undoAvailable() {
        try {
            Path ws = Files.createTempDirectory("docker-tutor-validate-");
            try (Engine probe = engines.apply(ws)) {
                return probe.capabilities().undo();
            } finally {
                Files.deleteIfExists(ws);
            }
        } catch (IOException | RuntimeException e) {
            // An engine that cannot be opened offers no undo; each step then says why it could not run.
            return false;
        }
    }

    private List<StepResult> walk(Lesson lesson) throws IOException {
        Path ws = Files.createTempDirectory("docker-tutor-validate-").toRealPath();
        Engine engine = engines.apply(ws);
        try (Env env = new Env(ws, engine, new LessonRun(lesson, engine, ws, locale, commands))) {
            return new SnapshotWalk(env.run, engine, unavailable).walk();
        }
    }

    private static <T> List<T> await(Future<List<T>> future, Lesson lesson, java.util.function.BiFunction<Lesson, String, List<T>> failed) {
        String why;
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        } catch (ExecutionException e) {
            why = "could not run: " + reason(e.getCause());
        }
        return failed.apply(lesson, why);
    }

    /** What went wrong in the words of the exception (an engine that could not open says why), never a Java class name. */
    private static String reason(Throwable e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }

    private StepResult stepResult(Lesson lesson, int k) {
        long start = System.nanoTime();
        Step step = lesson.steps().get(k);
        List<String> missing = step.needs().stream().filter(unavailable::contains).toList();
        if (!missing.isEmpty()) {
            return new StepResult(lesson.id(), step.id(), StepResult.Status.SKIPPED, "needs " + String.join(", ", missing), 0);
        }
        String failure;
        List<String> verdicts = new ArrayList<>();
        try {
            failure = validateStep(lesson, k, verdicts);
        } catch (IOException | RuntimeException e) {
            failure = "could not run: " + reason(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new StepResult(lesson.id(), step.id(), failure == null ? StepResult.Status.PASSED : StepResult.Status.FAILED,
                failure, seconds, verdicts);
    }

    /** The reason step {@code k} fails validation, or null when it passes; each verdict asked goes to {@code verdicts}. */
    private String validateStep(Lesson lesson, int k, List<String> verdicts) throws IOException {
        Step step = lesson.steps().get(k);
        for (Step.WrongAttempt wrong : step.wrong()) {
            try (Env env = open(lesson, k)) {
                if (env.failure != null) {
                    return env.failure;
                }
                env.run.beginStep();
                wrong.commands().forEach(c -> env.run.run(SolutionCommand.parse(c).text()));
                Verdict v = env.run.check(step);
                verdicts.add(verdictAt("wrong " + wrong.commands(), v));
                if (v.passed()) {
                    return "the wrong attempt " + wrong.commands() + " passes the check";
                }
                String unreached = NearMissStates.unreached(env.run, wrong);
                if (unreached != null) {
                    return unreached;
                }
            }
        }
        try (Env env = open(lesson, k)) {
            if (env.failure != null) {
                return env.failure;
            }
            env.run.beginStep();
            Verdict before = env.run.check(step);
            verdicts.add(verdictAt("before", before));
            if (before.passed()) {
                return "the check passes before the solution (too weak)";
            }
            for (int i = 0; i < step.solution().size(); i++) {
                SolutionCommand command = SolutionCommand.parse(step.solution().get(i));
                LessonRun.Outcome o = env.run.runSolution(command, false);
                if (!command.mayFail() && o.status() != 0) {
                    return "solution command '" + command.text() + "' exited " + o.status() + ": " + firstLine(o.output());
                }
                String misfire = i < step.solution().size() - 1 && NearMissStates.any(step)
                        ? NearMissStates.misfires(env.run, step, command.text()) : null;
                if (misfire != null) {
                    return misfire;
                }
            }
            Verdict v = env.run.checkSettled(step);
            verdicts.add(verdictAt("solution", v));
            if (!v.passed()) {
                return "the check fails after the solution: " + String.join("; ", v.failures());
            }
        }
        return null;
    }

    /** One entry of {@link StepResult#verdicts}: the moment the check was asked, and its verdict. */
    static String verdictAt(String moment, Verdict v) {
        return moment + ": " + v.summary();
    }

    /** The line of a command's output that says what went wrong: the first naming an error, else the first. */
    static String firstLine(String s) {
        List<String> lines = s.strip().lines().toList();
        return lines.stream().filter(l -> ERROR_LINE.matcher(l).find()).findFirst().orElse(lines.isEmpty() ? "" : lines.get(0));
    }

    private static final java.util.regex.Pattern ERROR_LINE =
            java.util.regex.Pattern.compile("(?i)error|denied|not found|no such|invalid|failed|unknown|requires");

    /** A fresh workspace and engine with the lesson set up and steps before {@code k} solved. */
    private Env open(Lesson lesson, int k) throws IOException {
        Path ws = Files.createTempDirectory("docker-tutor-validate-").toRealPath();
        Engine engine = engines.apply(ws);
        Env env = new Env(ws, engine, new LessonRun(lesson, engine, ws, locale, commands));
        if (!env.run.setupFailures().isEmpty()) {
            env.failure = env.run.setupFailures().get(0);
        }
        for (int i = 0; i < k && env.failure == null; i++) {
            if (lesson.steps().get(i).needs().stream().anyMatch(unavailable::contains)) {
                continue; // skipped here, so not replayed either: later steps must not depend on it
            }
            for (String written : lesson.steps().get(i).solution()) {
                SolutionCommand command = SolutionCommand.parse(written);
                LessonRun.Outcome o = env.run.runSolution(command, true);
                if (!command.mayFail() && o.status() != 0) {
                    env.failure = "step '" + lesson.steps().get(i).id() + "' solution '" + command.text() + "' exited " + o.status()
                            + " on the way to this step: " + firstLine(o.output());
                }
            }
        }
        return env;
    }

    private static final class Env implements AutoCloseable {
        final Path workspace;
        final Engine engine;
        final LessonRun run;
        String failure;

        Env(Path workspace, Engine engine, LessonRun run) {
            this.workspace = workspace;
            this.engine = engine;
            this.run = run;
        }

        @Override
        public void close() throws IOException {
            run.close();
            // On a real engine: remove what this validation made, and nothing that was there before.
            engine.ownership().cleanUp();
            engine.close();
            try (Stream<Path> walk = Files.walk(workspace)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
