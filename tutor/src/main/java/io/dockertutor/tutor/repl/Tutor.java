package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.engines.EngineFactory;
import io.dockertutor.checker.Text;
import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One tutor session, put together: the learner's {@link Language}, the {@link EngineSessions} open now, the
 * {@link LessonFlow} of a lesson being played, the {@link ProgressKeeper} and the tutor's own commands
 * ({@link TutorCommands}, with {@link StepHelp} and {@link EngineChoice}). Each part is given the others it needs
 * here; the REPL sends each line either to the tutor commands or to {@link #learnerLine}.
 */
final class Tutor implements CompletionContext {
    private final Screen screen;
    private final Language language;
    private final EngineFactory engines;
    private final Supplier<LessonLibrary> library;
    private final ProgressKeeper keeper;
    private final LessonWorkspaces workspaces;
    private final EngineSessions sessions;
    private final LessonFlow flow;
    private final EngineChoice engineChoice;
    private final TutorCommands commands;
    private final boolean browser;
    private boolean leaving;
    /** What commands read as standard input: the learner's keyboard, one line at a time (set by the REPL). */
    private InputStream keyboard = InputStream.nullInputStream();

    /**
     * {@code workspace} is the learner's own directory for lessons and practice, or null for one per lesson;
     * {@code browser}: served to a browser, where only the simulated engine and the workspace are the learner's.
     */
    Tutor(Screen screen, TutorMessages messages, EngineFactory engines, String engineName, Supplier<LessonLibrary> library,
          ProgressStore store, Progress progress, Path workspace, Path stateDirectory, boolean terminal,
          boolean browser) {
        this.screen = screen;
        this.browser = browser;
        this.language = new Language(messages);
        this.engines = engines;
        this.library = library;
        this.keeper = new ProgressKeeper(store, progress, screen, language);
        this.workspaces = new LessonWorkspaces(workspace, stateDirectory, screen, language);
        this.sessions = new EngineSessions(engines, engineName, screen, language, terminal, workspaces.practice());
        this.flow = new LessonFlow(sessions, workspaces, library, keeper, screen, language);
        this.engineChoice = new EngineChoice(engines, sessions, flow, screen, language, this::keyboard);
        StepHelp steps = new StepHelp(sessions, flow, keeper, screen, language);
        this.commands = new TutorCommands(screen, language, library, keeper, sessions, flow, steps, engineChoice,
                this::leave, this::language, browser);
    }

    void keyboard(InputStream keyboard) {
        this.keyboard = keyboard;
    }

    private InputStream keyboard() {
        return keyboard;
    }

    Screen screen() {
        return screen;
    }

    TutorCommands commands() {
        return commands;
    }

    EngineChoice engineChoice() {
        return engineChoice;
    }

    LessonFlow flow() {
        return flow;
    }

    ProgressKeeper keeper() {
        return keeper;
    }

    LessonLibrary library() {
        return library.get();
    }

    String engineName() {
        return sessions.engineName();
    }

    String text(Text text) {
        return language.text(text);
    }

    /** The step the open lesson is on (0-based), or -1 outside a lesson. */
    int stepIndex() {
        return sessions.play().map(LessonPlay::index).orElse(-1);
    }

    @Override
    public TutorMessages messages() {
        return language.messages();
    }

    @Override
    public List<Lesson> lessons() {
        return library().lessons();
    }

    @Override
    public List<String> engineNames() {
        return engines.names();
    }

    /** The engine commands run on now, or null before free practice has opened one. */
    @Override
    public Engine engine() {
        return sessions.engine();
    }

    /** The directory the learner's shell is in, for path completion. */
    @Override
    public Path cwd() {
        return sessions.cwd();
    }

    @Override
    public Path workspace() {
        return sessions.workspace();
    }

    /**
     * Where the learner's files are, in a sentence: the tutor's own practice workspace, or the directory they named
     * with {@code --workspace}, which commands really change.
     */
    String workspaceSentence() {
        if (browser) {
            // The server's paths are neither the learner's business nor anything they could open.
            return language.get("workspace.hosted");
        }
        return language.get(workspaces.named() ? "workspace.named" : "workspace.own", sessions.workspace());
    }

    /** Whether the learner named a directory of their own with {@code --workspace}. */
    boolean namedWorkspace() {
        return workspaces.named();
    }

    /** {@code [ports 2/4] $ } in a lesson, {@code $ } in free practice. */
    String prompt() {
        return sessions.play().map(p -> "[" + p.lesson().id() + " " + (p.index() + 1) + "/" + p.lesson().steps().size()
                + "] $ ").orElse("$ ");
    }

    /** Runs a line that is not a tutor command: in the lesson (checked afterwards), else in free practice. */
    void learnerLine(String line) {
        sessions.play().ifPresentOrElse(play -> flow.learnerLine(play, line, keyboard),
                () -> sessions.practice().ifPresent(practice -> {
                    CatalogMisses output = new CatalogMisses(screen.commands());
                    practice.run(line, output, keyboard);
                    screen.flush();
                    output.note(practice.engine(), language).ifPresent(screen::say);
                }));
    }

    /** Whether the session is over: {@code exit} as a tutor command, or the learner's shell ended. */
    boolean leaving() {
        return leaving || sessions.shellExited();
    }

    private void leave() {
        leaving = true;
    }

    /** The status of the learner's own {@code exit N}, else 0. */
    int exitStatus() {
        return sessions.exitStatus();
    }

    /** Everything says things in {@code locale} from now on: the tutor, its callouts, the learner's shells. */
    private void language(Locale locale) {
        language.switchTo(locale);
        screen.labels(kind -> language.get("callout." + kind));
        sessions.locale(locale);
    }

    /** Ends the engine sessions, removes lesson files made outside the state directory, and saves: the session ends. */
    void end() {
        sessions.endAll();
        workspaces.removeFallback();
        keeper.save();
    }
}
