package io.dockertutor.lessons;

import io.dockertutor.checker.Assertion;
import io.dockertutor.checker.CheckContext;
import io.dockertutor.checker.Checker;
import io.dockertutor.checker.Verdict;
import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One lesson played in one engine and workspace: its files written, its setup run, then commands step by step,
 * remembering what ran in the current step and what the last command printed, which is what checks look at.
 * The validator and the interactive shell both drive lessons through it.
 */
public final class LessonRun implements AutoCloseable {
    private final Lesson lesson;
    private final Engine engine;
    private Interpreter interpreter;
    private final Path workspace;
    private Locale locale;
    private final Clock clock = Clock.systemUTC();
    private final List<String> ranThisStep = new ArrayList<>();
    private final List<String> setupFailures = new ArrayList<>();
    private final CommandListener listener;
    private String lastOutput = "";

    public LessonRun(Lesson lesson, Engine engine, Path workspace, Locale locale) throws IOException {
        this(lesson, engine, workspace, locale, CommandListener.NONE);
    }

    /** As the four-argument constructor, with {@code listener} hearing every command, the setup's included. */
    public LessonRun(Lesson lesson, Engine engine, Path workspace, Locale locale, CommandListener listener) throws IOException {
        this.listener = listener;
        this.lesson = lesson;
        this.engine = engine;
        this.workspace = workspace;
        this.locale = locale;
        // On a shared real engine the lesson sees only what it makes, as on an empty one (Ownership#lessonScope).
        engine.ownership().lessonScope(true);
        this.interpreter = new Interpreter(engine, workspace, locale, clock);
        writeFiles(lesson, workspace);
        listener.sessionStarted(this);
        List<String> clashes = LessonNames.clashes(lesson, engine);
        if (!clashes.isEmpty()) {
            setupFailures.add("objects that are not the tutor's have names this lesson uses: " + String.join(", ", clashes)
                    + "; rename or remove them, then start the lesson again");
            return;
        }
        for (String command : lesson.setup()) {
            // As in solutions, a leading ! marks a command expected to fail; a broken setup is the author's bug.
            SolutionCommand setup = SolutionCommand.parse(command);
            Outcome o = hidden(CommandListener.Kind.SETUP, setup.text());
            if (!setup.mayFail() && o.status() != 0) {
                String first = o.output().strip().lines().findFirst().orElse("");
                setupFailures.add("setup command '" + command + "' exited " + o.status() + ": " + first);
            }
        }
    }

    /**
     * The lesson's {@code files:}, written through the same confined view as every learner command: a name that
     * leaves the workspace, or a link on its way that leads out, stops the lesson before anything is written
     * there, and a file is never written through a link.
     */
    private static void writeFiles(Lesson lesson, Path workspace) throws IOException {
        io.dockertutor.hostfs.ConfinedFileView view = io.dockertutor.hostfs.ConfinedFileView.workspace(workspace);
        for (Map.Entry<String, String> f : lesson.files().entrySet()) {
            String shellPath = io.dockertutor.sh.ShellPaths.normalize(view.home(), f.getKey());
            Path p;
            try {
                if (f.getKey().startsWith("/") || !io.dockertutor.sh.ShellPaths.isWithin(shellPath, view.home())
                        || shellPath.equals(view.home())) {
                    throw new io.dockertutor.sh.OutsideViewException("path.outsideWorkspace", view.home());
                }
                p = view.resolve(shellPath);
            } catch (io.dockertutor.sh.OutsideViewException e) {
                throw new IOException("lesson file outside the workspace: " + f.getKey() + ": " + e.reason(java.util.Locale.ENGLISH));
            }
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Setup commands that failed (each described with its status and first line of output); empty when all ran. */
    public List<String> setupFailures() {
        return List.copyOf(setupFailures);
    }

    /** What one command did: its exit status and everything it printed (both streams, in order). */
    public record Outcome(int status, String output) {
    }

    /** Runs a command as the learner's, recording it for the current step's checks. */
    public Outcome run(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String cwd = interpreter.shell().cwd();
        int status = interpret(CommandListener.Kind.STEP, command, InputStream.nullInputStream(), out);
        lastOutput = bytes.toString(StandardCharsets.UTF_8);
        ran(ranThisStep, command, cwd);
        return new Outcome(status, lastOutput);
    }

    /**
     * Runs a learner's command as {@link #run(String)} does, also copying its output to {@code echo} as it is
     * written: the REPL shows progress bars live while the checks still see everything the command printed.
     */
    public Outcome run(String command, java.io.OutputStream echo) {
        return run(command, echo, InputStream.nullInputStream());
    }

    /** As {@link #run(String, java.io.OutputStream)}, with the learner's keyboard as the command's standard input. */
    public Outcome run(String command, java.io.OutputStream echo, InputStream keyboard) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.OutputStream tee = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                bytes.write(b);
                echo.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                bytes.write(b, off, len);
                echo.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                echo.flush();
            }
        };
        PrintStream out = new PrintStream(tee, true, StandardCharsets.UTF_8);
        String cwd = interpreter.shell().cwd();
        int status = interpret(CommandListener.Kind.STEP, command, keyboard, out);
        out.flush();
        lastOutput = bytes.toString(StandardCharsets.UTF_8);
        ran(ranThisStep, command, cwd);
        return new Outcome(status, lastOutput);
    }

    /**
     * Notes {@code command}, run in {@code cwd}, for {@code ran:} checks: as typed, and with the paths of its file
     * commands made absolute ({@link AbsoluteSpelling}), so {@code cd DIR} then {@code ls} counts as {@code ls DIR}.
     */
    private static void ran(List<String> ran, String command, String cwd) {
        ran.add(command);
        String absolute = AbsoluteSpelling.of(command, cwd);
        if (!absolute.equals(command)) {
            ran.add(absolute);
        }
    }

    /** Changes the language of check failures and of the shell's own messages (the REPL's {@code lang}). */
    public void locale(Locale locale) {
        this.locale = locale;
        interpreter.shell().locale(locale);
    }

    /** Runs a command whose output nobody sees (setup, cleanup, earlier steps' solutions). */
    public Outcome runHidden(String command) {
        return hidden(CommandListener.Kind.REPLAY, command);
    }

    private Outcome hidden(CommandListener.Kind kind, String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = interpret(kind, command, InputStream.nullInputStream(), out);
        return new Outcome(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs a step's solution command as the learner's ({@code hidden} false) or unseen. On a real engine a failing
     * command that only reads state a moment may change ({@code curl}, {@code docker logs|ps|inspect|port}, or one
     * whose arguments come from {@code $(...)}) is tried again within the engine's {@link Engine#settling()}, as a
     * learner who looks again a second later would. A command expected to fail ({@code !command}) is never
     * tried again.
     */
    public Outcome runSolution(SolutionCommand command, boolean hidden) {
        boolean again = !command.mayFail() && command.readsState();
        return engine.settling().until(() -> hidden ? runHidden(command.text()) : run(command.text()), o -> o.status() == 0 || !again);
    }

    /** {@link #check(Step)}, asked again until it passes or the engine's settling window has gone by (none on the simulator). */
    public Verdict checkSettled(Step step) {
        return engine.settling().until(() -> check(step), Verdict::passed);
    }

    /** Every command goes through here, so the listener hears each one exactly once. */
    private int interpret(CommandListener.Kind kind, String command, InputStream in, PrintStream out) {
        long start = System.nanoTime();
        int status = interpreter.run(command, in, out, out);
        listener.commandRan(this, kind, command, status, System.nanoTime() - start);
        return status;
    }

    /**
     * What {@code step} needs that this engine cannot offer: {@code daemon} where the tutor cannot restart the
     * daemon, {@code engine-files} where the engine's data directory is not in reach (both: a real engine).
     * {@code internet} is never named: whether Docker Hub answers shows when the learner tries.
     */
    public List<String> unmetNeeds(Step step) {
        List<String> unmet = new ArrayList<>();
        for (String need : step.needs()) {
            if ((need.equals("daemon") && !engine.capabilities().daemonRestart())
                    || (need.equals("engine-files") && !engine.capabilities().engineFiles())) {
                unmet.add(need);
            }
        }
        return unmet;
    }

    /** Starts a new step: the commands of the previous one no longer count for {@code ran:} checks. */
    public void beginStep() {
        // A step begins where a learner would find the engine after reading it: young restart loops settled.
        engine.settling().awaitSettled();
        ranThisStep.clear();
        lastOutput = "";
    }

    /**
     * The step's check now. On a real engine a container caught in a restart loop is {@code running} for a moment
     * between its backoff waits, where the simulator shows it {@code restarting} throughout: the check first lets
     * such a container get back to its wait (within the engine's {@link Engine#settling()}), so both engines are
     * judged alike.
     */
    public Verdict check(Step step) {
        return check(step.check());
    }

    /** Any assertions (a wrong attempt's {@code when:}) judged on the state now, as {@link #check(Step)} judges a step's. */
    public Verdict check(List<Assertion> assertions) {
        engine.settling().awaitSettled();
        return new Checker().check(assertions, new CheckContext(engine, workspace, ranThisStep, lastOutput, locale));
    }

    /**
     * The step's check after {@code commands} run unseen in a shell of their own that starts in {@code cwd}, counted
     * with the learner's commands for {@code ran:} and as the last output for {@code output:}: whether the step
     * could still pass from here. The learner's shell, their commands and their last output stay as they were;
     * the engine and the files keep what the commands did, for the caller to restore.
     */
    public Verdict tryFrom(Step step, List<String> commands, String cwd) {
        Interpreter trial = new Interpreter(engine, workspace, locale, clock);
        trial.shell().cwd(cwd);
        List<String> ran = new ArrayList<>(ranThisStep);
        String output = lastOutput;
        for (String command : commands) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            String here = trial.shell().cwd();
            trial.run(command, InputStream.nullInputStream(), out, out);
            ran(ran, command, here);
            output = bytes.toString(StandardCharsets.UTF_8);
        }
        engine.settling().awaitSettled();
        return new Checker().check(step.check(), new CheckContext(engine, workspace, ran, output, locale));
    }

    /**
     * A new interpreter over the same engine and workspace, in the same working directory: needed after the
     * engine's state was restored from a snapshot, since an interpreter shows the volumes of the state it began with.
     */
    void reopen() {
        String cwd = interpreter.shell().cwd();
        interpreter = new Interpreter(engine, workspace, locale, clock);
        interpreter.shell().cwd(cwd);
    }

    public Path workspace() {
        return workspace;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public Lesson lesson() {
        return lesson;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        for (String command : lesson.cleanup()) {
            hidden(CommandListener.Kind.CLEANUP, command);
        }
        listener.sessionEnded(this);
    }
}
