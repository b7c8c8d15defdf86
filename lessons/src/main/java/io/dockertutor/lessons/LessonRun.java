package io.dockertutor.lessons;

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
        this.interpreter = new Interpreter(engine, workspace, locale, clock);
        for (Map.Entry<String, String> f : lesson.files().entrySet()) {
            Path p = workspace.resolve(f.getKey()).normalize();
            if (!p.startsWith(workspace)) {
                throw new IOException("lesson file outside the workspace: " + f.getKey());
            }
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        listener.sessionStarted(this);
        for (String command : lesson.setup()) {
            // As in solutions, a leading ! marks a command expected to fail; a broken setup is the author's bug.
            boolean mayFail = command.startsWith("!");
            Outcome o = hidden(CommandListener.Kind.SETUP, mayFail ? command.substring(1).trim() : command);
            if (!mayFail && o.status() != 0) {
                String first = o.output().strip().lines().findFirst().orElse("");
                setupFailures.add("setup command '" + command + "' exited " + o.status() + ": " + first);
            }
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
        int status = interpret(CommandListener.Kind.STEP, command, InputStream.nullInputStream(), out);
        lastOutput = bytes.toString(StandardCharsets.UTF_8);
        ranThisStep.add(command);
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
        int status = interpret(CommandListener.Kind.STEP, command, keyboard, out);
        out.flush();
        lastOutput = bytes.toString(StandardCharsets.UTF_8);
        ranThisStep.add(command);
        return new Outcome(status, lastOutput);
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
     * Runs a step's solution command as the learner's ({@code hidden} false) or unseen. A real engine's containers
     * change state by themselves a moment after a command returns (a server is not listening yet, a failing
     * container is not yet {@code restarting}), as a learner who looks again a second later sees: there a failing
     * command that only reads that state ({@code curl}, {@code docker logs|ps|inspect|port}, or one whose arguments
     * come from {@code $(...)}) is tried again for up to {@link #SETTLE}. {@code mayFail} marks a command expected to
     * fail ({@code !command}), never tried again. The simulated engine settles at once.
     */
    public Outcome runSolution(String command, boolean hidden, boolean mayFail) {
        long deadline = System.nanoTime() + settle().toNanos();
        Outcome o = hidden ? runHidden(command) : run(command);
        while (o.status() != 0 && !mayFail && SETTLING.matcher(command).find() && System.nanoTime() < deadline && pause()) {
            o = hidden ? runHidden(command) : run(command);
        }
        return o;
    }

    /** {@link #check(Step)}, asked again until it passes or {@link #SETTLE} has gone by (at once on the simulator). */
    public Verdict checkSettled(Step step) {
        long deadline = System.nanoTime() + settle().toNanos();
        Verdict v = check(step);
        while (!v.passed() && System.nanoTime() < deadline && pause()) {
            v = check(step);
        }
        return v;
    }

    /** How long a real engine may take to settle after a command; see {@link #runSolution}. */
    public static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(3);

    private static final java.util.regex.Pattern SETTLING = java.util.regex.Pattern.compile(
            "^\\s*(curl\\b|docker\\s+(container\\s+)?(logs|ps|inspect|port)\\b)|\\$\\(");

    private void awaitRestartLoops() {
        long deadline = System.nanoTime() + settle().toNanos();
        while (System.nanoTime() < deadline && restartLoopRunning() && pause()) {
            // waiting for the loop's next backoff
        }
    }

    /**
     * A container of the session's whose restart policy may be cycling it and that has not settled into a long wait
     * yet: running with a policy and either restarted before or started less than {@link #FRESH} ago, or waiting to
     * restart with a backoff still short. The daemon doubles the wait after each failed run (100 ms, 200 ms, ...);
     * from the {@link #SETTLED_RESTARTS}th on it lasts long enough (400 ms and more) that a check sees the container
     * {@code restarting} throughout, as the simulator shows it.
     */
    private boolean restartLoopRunning() {
        if (settle().isZero()) {
            return false;
        }
        java.time.Instant freshSince = java.time.Instant.now().minus(FRESH);
        for (io.dockertutor.engine.ContainerSummary c : engine.listContainers(false, -1, false, io.dockertutor.engine.Filters.NONE)) {
            boolean running = "running".equals(c.state());
            if ((!running && !"restarting".equals(c.state())) || !engine.ownership().ownsContainer(c.id())) {
                continue;
            }
            io.dockertutor.engine.ContainerDetails d = engine.inspectContainer(c.id(), false);
            String policy = d.hostConfig().restartPolicy() == null ? "" : d.hostConfig().restartPolicy().name();
            if (policy.isEmpty() || policy.equals("no")) {
                continue;
            }
            java.time.Instant started = d.state().startedAt();
            boolean unsettled = running ? d.restartCount() > 0 || (started != null && started.isAfter(freshSince))
                    : d.restartCount() < SETTLED_RESTARTS;
            if (unsettled) {
                return true;
            }
        }
        return false;
    }

    private static final int SETTLED_RESTARTS = 3;

    private static final java.time.Duration FRESH = java.time.Duration.ofMillis(1500);

    private java.time.Duration settle() {
        return engine.snapshots().isPresent() ? java.time.Duration.ZERO : SETTLE;
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
            if ((need.equals("daemon") && engine.daemonControl().isEmpty())
                    || (need.equals("engine-files") && engine.dataRoot().isEmpty())) {
                unmet.add(need);
            }
        }
        return unmet;
    }

    /** Starts a new step: the commands of the previous one no longer count for {@code ran:} checks. */
    public void beginStep() {
        // A step begins where a learner would find the engine after reading it: young restart loops settled.
        awaitRestartLoops();
        ranThisStep.clear();
        lastOutput = "";
    }

    /**
     * The step's check now. On a real engine a container caught in a restart loop is {@code running} for a moment
     * between its backoff waits, where the simulator shows it {@code restarting} throughout: the check first lets
     * such a container get back to its wait (for up to {@link #SETTLE}), so both engines are judged alike.
     */
    public Verdict check(Step step) {
        awaitRestartLoops();
        return new Checker().check(step.check(), new CheckContext(engine, workspace, ranThisStep, lastOutput, locale));
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
