package io.dockertutor.shell.repl;

import io.dockertutor.checker.Text;
import io.dockertutor.checker.Verdict;
import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.Step;
import io.dockertutor.shell.TutorMessages;
import io.dockertutor.shell.engines.CannotOpenEngine;
import io.dockertutor.shell.engines.EngineFactory;
import io.dockertutor.shell.progress.LessonProgress;
import io.dockertutor.shell.progress.Progress;
import io.dockertutor.shell.progress.ProgressStore;
import io.dockertutor.shell.progress.StepProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The state of one tutor session and the lesson flow: which engine, the lesson being played (or free practice),
 * the learner's progress and its file. Learners' lines come here; after each one in a lesson the step is checked,
 * success announced and the next step shown. Tutor commands ({@link TutorCommands}) call the public operations.
 */
final class Tutor implements CompletionContext {
    /** Gaps longer than this between two commands are a learner away from the keyboard, not study time. */
    private static final Duration MAX_GAP = Duration.ofMinutes(5);

    final Screen screen;
    final EngineFactory engines;
    final ProgressStore store;
    final Progress progress;
    private final Supplier<LessonLibrary> library;
    private final Path practiceWorkspace;
    private final boolean ownLessonWorkspaces;
    private final boolean terminal;
    private TutorMessages messages;
    private String engineName;
    private Sandbox sandbox;
    private LessonPlay play;
    private Instant lastCommand = Instant.now();
    private boolean leaving;
    /** Whether the last save failed (or saving is off); the learner has been told once, and is told again at exit. */
    private boolean unsaved;
    /** Where lesson files go when the state directory cannot hold them; made once per session. */
    private Path fallbackWorkspaces;

    /** What commands read as standard input: the learner's keyboard, one line at a time (set by the REPL). */
    private java.io.InputStream keyboard = java.io.InputStream.nullInputStream();

    void keyboard(java.io.InputStream keyboard) {
        this.keyboard = keyboard;
    }

    java.io.InputStream keyboard() {
        return keyboard;
    }

    Tutor(Screen screen, TutorMessages messages, EngineFactory engines, String engineName, Supplier<LessonLibrary> library,
          ProgressStore store, Progress progress, Path workspace, boolean terminal) {
        this.screen = screen;
        this.messages = messages;
        this.engines = engines;
        this.engineName = engineName;
        this.library = library;
        this.store = store;
        this.progress = progress;
        this.ownLessonWorkspaces = workspace == null;
        this.practiceWorkspace = workspace == null ? Path.of("").toAbsolutePath() : workspace.toAbsolutePath();
        this.terminal = terminal;
    }

    @Override
    public TutorMessages messages() {
        return messages;
    }

    @Override
    public java.util.List<Lesson> lessons() {
        return library().lessons();
    }

    @Override
    public java.util.List<String> engineNames() {
        return engines.names();
    }

    String text(Text t) {
        return t == null ? "" : t.in(messages.locale());
    }

    LessonLibrary library() {
        return library.get();
    }

    Optional<LessonPlay> play() {
        return Optional.ofNullable(play);
    }

    String engineName() {
        return engineName;
    }

    /** Which engine lessons and free practice open from now on; the caller has ended the sessions on the old one. */
    void engineName(String name) {
        this.engineName = name;
    }

    boolean terminal() {
        return terminal;
    }

    boolean leaving() {
        return leaving || (play != null && play.run().interpreter().shell().hasExited())
                || (sandbox != null && sandbox.interpreter().shell().hasExited());
    }

    void leave() {
        leaving = true;
    }

    /** The status of the learner's own {@code exit N}, else 0. */
    int exitStatus() {
        if (play != null && play.run().interpreter().shell().hasExited()) {
            return play.run().interpreter().shell().exitStatus();
        }
        return sandbox != null && sandbox.interpreter().shell().hasExited() ? sandbox.interpreter().shell().exitStatus() : 0;
    }

    Sandbox currentSandbox() {
        return sandbox;
    }

    /** {@code [ports 2/4] $ } in a lesson, {@code $ } in free practice. */
    String prompt() {
        if (play == null) {
            return "$ ";
        }
        return "[" + play.lesson().id() + " " + (play.index() + 1) + "/" + play.lesson().steps().size() + "] $ ";
    }

    /** The engine commands run on now, or null before free practice has opened one. */
    @Override
    public Engine engine() {
        return play != null ? play.engine() : sandbox != null ? sandbox.engine() : null;
    }

    /** The directory the learner's shell is in, for path completion. */
    @Override
    public Path cwd() {
        if (play != null) {
            return Path.of(play.run().interpreter().shell().cwd());
        }
        return sandbox != null ? Path.of(sandbox.interpreter().shell().cwd()) : practiceWorkspace;
    }

    @Override
    public Path workspace() {
        return play != null ? play.workspace() : sandbox != null ? sandbox.workspace() : practiceWorkspace;
    }

    // -- learners' commands ---------------------------------------------------------------------------------------

    /** Runs a line that is not a tutor command; in a lesson, checks the step afterwards. */
    void learnerLine(String line) {
        if (play == null) {
            Sandbox s = sandbox();
            if (s != null) {
                s.run(line, screen.commands(), keyboard);
                screen.flush();
            }
            return;
        }
        LessonProgress lp = progress.lesson(play.lesson().id());
        Instant now = Instant.now();
        Duration gap = Duration.between(lastCommand, now);
        lp.seconds += Math.min(gap.toSeconds(), MAX_GAP.toSeconds());
        lastCommand = now;
        lp.step(play.step().id()).attempts++;
        play.run(line, screen.commands(), keyboard);
        screen.flush();
        Verdict v = play.check();
        if (v.passed()) {
            stepPassed();
        } else {
            play.nearMiss(line).ifPresent(hint -> screen.warn(messages.get("tutor.nearMiss", text(hint))));
        }
    }

    private Sandbox sandbox() {
        if (sandbox == null) {
            try {
                sandbox = new Sandbox(engines.open(engineName, practiceWorkspace, messages), practiceWorkspace,
                        messages.locale(), terminal);
            } catch (CannotOpenEngine e) {
                screen.bad(e.getMessage());
                return null;
            }
        }
        return sandbox;
    }

    // -- the lesson flow ------------------------------------------------------------------------------------------

    /**
     * Opens {@code lesson} at the step the learner's progress remembers (0 for a new lesson), on a fresh engine. The
     * sessions open before end first, so on a real engine their objects are gone before the new lesson's setup runs
     * (otherwise the old session's cleanup could remove an image the new lesson just found there).
     */
    boolean start(Lesson lesson, int atStep) {
        endEngineSessions();
        LessonProgress lp = progress.lesson(lesson.id());
        for (String required : lesson.requires()) {
            if (!progress.isDone(required)) {
                screen.warn(messages.get("start.requires", required));
            }
        }
        LessonPlay opened;
        try {
            Engine engine = engines.open(engineName, lessonWorkspace(lesson), messages);
            opened = LessonPlay.open(lesson, engine, lessonWorkspace(lesson), messages.locale(), atStep);
        } catch (CannotOpenEngine e) {
            screen.bad(e.getMessage());
            return false;
        } catch (IOException e) {
            screen.bad(messages.get("error.lessonFiles", e.getMessage()));
            return false;
        }
        play(opened);
        lp.step = play.index();
        progress.current = lesson.id();
        lastCommand = Instant.now();
        save();
        return true;
    }

    private Path lessonWorkspace(Lesson lesson) throws IOException {
        if (!ownLessonWorkspaces) {
            return practiceWorkspace;
        }
        if (fallbackWorkspaces == null) {
            try {
                return emptyDirectory(store.directory().resolve("workspaces").resolve(lesson.id()));
            } catch (IOException e) {
                // A state directory that cannot be written must not stop the lessons: their files go elsewhere.
                fallbackWorkspaces = Files.createTempDirectory("docker-tutor-workspaces-");
                screen.warn(messages.get("progress.workspacesElsewhere", fallbackWorkspaces, FileFailure.reason(e, messages)));
            }
        }
        return emptyDirectory(fallbackWorkspaces.resolve(lesson.id()));
    }

    /** Removes the lesson files made outside the state directory; the session is over. */
    void removeFallbackWorkspaces() {
        if (fallbackWorkspaces == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(fallbackWorkspaces)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary directory; the system cleans it up in the end.
        }
        fallbackWorkspaces = null;
    }

    private static Path emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir.toRealPath();
    }

    /** Prints the current step: where the learner is, then its text. */
    void showStep() {
        if (play == null) {
            screen.say(messages.get("tutor.noLesson"));
            return;
        }
        Lesson l = play.lesson();
        screen.say("");
        screen.heading(messages.get("step.header", text(l.title()), play.index() + 1, l.steps().size()));
        screen.markdown(text(play.step().text()));
        for (String need : play.run().unmetNeeds(play.step())) {
            screen.warn(messages.get("step.unmetNeed", messages.get("need." + need)));
        }
        if (play.index() == 0 && progress.lessons.values().stream().noneMatch(p -> p.done)) {
            screen.say("");
            screen.say(messages.get("step.firstTime"));
        }
    }

    private void stepPassed() {
        Step step = play.step();
        Lesson lesson = play.lesson();
        LessonProgress lp = progress.lesson(lesson.id());
        lp.step(step.id()).done = true;
        screen.good(messages.get("step.passed", play.index() + 1, lesson.steps().size()));
        if (play.isLastStep()) {
            finishLesson();
            return;
        }
        play.advance();
        lp.step = play.index();
        save();
        showStep();
    }

    void finishLesson() {
        Lesson lesson = play.lesson();
        LessonProgress lp = progress.lesson(lesson.id());
        lp.done = true;
        lp.step = lesson.steps().size();
        progress.current = null;
        int hints = lp.steps.values().stream().mapToInt(s -> s.hints).sum();
        screen.good(messages.get("lesson.done", text(lesson.title()), lesson.steps().size(), hints,
                Math.max(1, (lp.seconds + 59) / 60)));
        practiceOnLessonEngine();
        save();
        nextLesson().ifPresentOrElse(next -> screen.say(messages.get("lesson.next", next.id(), text(next.title()))),
                () -> screen.say(messages.get("lesson.allDone")));
    }

    /** The first lesson not done yet, in library order. */
    Optional<Lesson> nextLesson() {
        return library().lessons().stream().filter(l -> !progress.isDone(l.id())).findFirst();
    }

    /** Checks the current step on request, saying why it does not pass yet. */
    void check() {
        if (play == null) {
            screen.say(messages.get("tutor.noLesson"));
            return;
        }
        Verdict v = play.check();
        if (v.passed()) {
            stepPassed();
            return;
        }
        screen.bad(messages.get("check.notYet"));
        v.failures().forEach(f -> screen.say("  - " + f));
    }

    /** Leaves the lesson for free practice; its progress stays, {@code start} comes back to it. */
    void sandboxMode() {
        if (play != null) {
            practiceOnLessonEngine();
            progress.current = null;
            save();
        }
        screen.say(messages.get("sandbox.on", practiceWorkspaceOf()));
    }

    /** Free practice goes on with the lesson's engine and files; an older practice engine is no longer reachable. */
    private void practiceOnLessonEngine() {
        Sandbox old = sandbox;
        sandbox = new Sandbox(play.run().interpreter());
        play = null;
        if (old != null) {
            EngineCleanup.retire(old.engine(), screen, messages);
        }
    }

    private Path practiceWorkspaceOf() {
        return sandbox != null ? sandbox.workspace() : practiceWorkspace;
    }

    void language(Locale locale) {
        messages = new TutorMessages(locale);
        screen.labels(kind -> messages.get("callout." + kind));
        if (play != null) {
            play.run().locale(locale);
        }
        if (sandbox != null) {
            sandbox.interpreter().shell().locale(locale);
        }
    }

    // -- engine sessions ------------------------------------------------------------------------------------------

    private void play(LessonPlay opened) {
        opened.run().interpreter().terminal(terminal);
        play = opened;
    }

    /**
     * Rebuilds the lesson at step {@code at} on an engine without snapshots (a real one), for {@code reset} and
     * {@code back}: this session's objects are removed, the files put back, then setup and the earlier steps'
     * solutions run unseen, as when a learner comes back. False (with the reason shown) when the files cannot be.
     */
    boolean replay(int at) {
        EngineCleanup.cleanUp(play.engine(), screen, messages);
        try {
            play(play.replay(at, messages.locale()));
            return true;
        } catch (IOException e) {
            screen.bad(messages.get("error.lessonFiles", e.getMessage()));
            return false;
        }
    }

    /** Ends the lesson's and free practice's engine sessions (another lesson, another engine, exit). */
    void endEngineSessions() {
        Engine lessonEngine = play != null ? play.engine() : null;
        Engine practiceEngine = sandbox != null ? sandbox.engine() : null;
        play = null;
        sandbox = null;
        EngineCleanup.retire(lessonEngine, screen, messages);
        if (practiceEngine != lessonEngine) {
            EngineCleanup.retire(practiceEngine, screen, messages);
        }
    }

    /**
     * Saves the progress. A failure is told once, not at every command: the session goes on with the progress in
     * memory, and {@link #saved()} says at exit whether it reached the file. While saving is off (the file could
     * not be read, and the learner was told so at start) it stays silent.
     */
    void save() {
        try {
            store.save(progress);
            if (unsaved) {
                screen.good(messages.get("progress.savedAgain", store.file()));
            }
            unsaved = false;
        } catch (ProgressStore.NotSaved e) {
            unsaved = true;
        } catch (IOException e) {
            if (!unsaved) {
                screen.warn(messages.get("progress.cannotSave", store.file(), FileFailure.reason(e, messages)));
            }
            unsaved = true;
        }
    }

    /** Whether the progress as it is now is in the file. */
    boolean saved() {
        return !unsaved;
    }
}
