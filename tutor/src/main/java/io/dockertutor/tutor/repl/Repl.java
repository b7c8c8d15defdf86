package io.dockertutor.tutor.repl;

import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.sh.builtins.BuiltinTable;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.editor.WorkspaceEditor;
import io.dockertutor.tutor.engines.EngineFactory;
import io.dockertutor.tutor.progress.LessonProgress;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Completer;
import org.jline.reader.Highlighter;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive tutor on a JLine terminal: prompt, read, run, repeat. Ctrl-C drops the line being typed or stops
 * the command running (status 130), Ctrl-D
 * or {@code exit} leaves, and progress and history are saved on the way out. Everything is wired in
 * {@link #Repl(Terminal, ReplSettings, Map)}; the loop in {@link #run()} stays short.
 *
 * <pre>{@code
 * try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
 *     return new Repl(terminal, settings, System.getenv()).run();
 * }
 * }</pre>
 */
public final class Repl {
    private static final Set<String> SHELL_KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "for", "while", "until",
            "do", "done", "case", "esac", "sudo", "break", "continue", "return", "{", "}", "!");

    private final Tutor tutor;
    private final LineReader reader;
    private final ProgressStore.Loaded loaded;
    /** Whether another tutor was running on the same state directory when this one started. */
    private final boolean sharedState;
    /** Whether the lessons come from a path the learner named: its load problems are shown at start. */
    private final boolean namedLessons;
    private final Terminal terminal;
    /** Where the lessons' workspaces and the history live (and, in the terminal tutor, the progress file). */
    private final Path stateDirectory;

    public Repl(Terminal terminal, ReplSettings settings, Map<String, String> env) throws IOException {
        this(terminal, settings, env, EngineFactory.standard(settings.catalog(), settings.locale(), env).pacedPulls(realTerminal(terminal))
                .stateDirectory(settings.stateDirectory()));
    }

    /** As the public constructor, with the engines given (tests register a stand-in for the real one). */
    Repl(Terminal terminal, ReplSettings settings, Map<String, String> env, EngineFactory engines) throws IOException {
        this.terminal = terminal;
        boolean realTerminal = realTerminal(terminal);
        boolean color = realTerminal && !settings.noColor() && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
        TutorMessages messages = new TutorMessages(settings.locale());
        ProgressStore store = settings.hosting().progress().get();
        this.loaded = store.load();
        this.sharedState = !store.claimSession();
        Supplier<LessonLibrary> library = memoize(settings.lessons());
        Supplier<DockerGrammar> grammar = DockerGrammar::get;
        Screen screen = new Screen(terminal, color, kind -> tutorMessages().get("callout." + kind));
        this.stateDirectory = settings.stateDirectory();
        boolean browser = settings.hosting().browser();
        // A browser's session runs on the simulated engine whatever it was given: the host's engines are not its own.
        this.tutor = new Tutor(screen, messages, engines, browser ? "sim" : settings.engine(), library, store,
                loaded.progress(), settings.workspace(), stateDirectory, realTerminal, browser);
        Set<String> shellCommands = shellCommands();
        PasteAwareLineReader reader = lineReader(terminal, settings, new LineCompleter(tutor, grammar, shellCommands),
                new LineHighlighter(color, grammar, shellCommands));
        this.reader = reader;
        this.tutor.keyboard(new KeyboardInput(reader));
        this.namedLessons = settings.lessonsPath() != null;
        reader.onFirstPrompt(() -> preload(engines, library, grammar));
    }

    /** What may start a line of the learner's shell besides {@code docker}: builtins, keywords and the editor. */
    static Set<String> shellCommands() {
        Set<String> names = new TreeSet<>(BuiltinTable.standard().keySet());
        names.addAll(SHELL_KEYWORDS);
        names.addAll(WorkspaceEditor.NAMES);
        return names;
    }

    /** JLine's reader as {@code LineReaderBuilder} would build it, but one that does not redraw during a paste. */
    static PasteAwareLineReader lineReader(Terminal terminal, ReplSettings settings, Completer completer, Highlighter highlighter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.HISTORY_FILE, settings.stateDirectory().resolve("history"));
        variables.put(LineReader.HISTORY_SIZE, 2000);
        variables.put(LineReader.SECONDARY_PROMPT_PATTERN, "> ");
        PasteAwareLineReader reader = new PasteAwareLineReader(terminal, "docker-tutor", variables);
        reader.setHistory(new QuietHistory());
        reader.setParser(new ShellLineParser());
        reader.setCompleter(completer);
        reader.setHighlighter(highlighter);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.INSERT_TAB, false);
        return reader;
    }

    private static boolean realTerminal(Terminal terminal) {
        return !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    private TutorMessages tutorMessages() {
        return tutor.messages();
    }

    /**
     * The image catalog, the docker grammar and the lessons load while the learner reads the welcome: started once
     * the first prompt is on the screen, so they do not compete with the start-up for the processor.
     */
    private static void preload(EngineFactory engines, Supplier<LessonLibrary> library, Supplier<DockerGrammar> grammar) {
        engines.preload();
        Thread t = new Thread(() -> {
            grammar.get();
            library.get();
        }, "docker-tutor-preload");
        t.setDaemon(true);
        t.start();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Runs until the learner leaves; answers the exit status of the shell's {@code exit N}, else 0. */
    public int run() {
        if (!tutor.engineChoice().atLaunch()) {
            tutor.keeper().close();
            return 1;
        }
        greet();
        while (!tutor.leaving()) {
            String line;
            try {
                line = reader.readLine(tutor.prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (!line.isBlank()) {
                dispatch(line);
            }
        }
        return farewell();
    }

    /** Runs one line; Ctrl-C meanwhile stops the command running (see {@link io.dockertutor.engine.Interruption}). */
    private void dispatch(String line) {
        Thread worker = Thread.currentThread();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> io.dockertutor.engine.Interruption.press(worker));
        try {
            run(line);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            io.dockertutor.engine.Interruption.clear();
        }
    }

    private void run(String line) {
        try {
            if (!tutor.commands().handle(line)) {
                tutor.learnerLine(line);
            }
        } catch (IOException | RuntimeException e) {
            // The learner gets one line and the tutor goes on; their files and progress are untouched.
            tutor.screen().bad(tutor.messages().get("error.internal", e));
        }
    }

    private void greet() {
        TutorMessages m = tutor.messages();
        Screen screen = tutor.screen();
        ProgressKeeper keeper = tutor.keeper();
        if (loaded.cannotRead() != null) {
            boolean stateIsFile = Files.exists(stateDirectory) && !Files.isDirectory(stateDirectory);
            screen.warn(stateIsFile ? m.get("progress.stateNotDirectory", stateDirectory)
                    : m.get("progress.cannotRead", keeper.where(), FileFailure.reason(loaded.cannotRead(), m)));
            keeper.save();
        } else if (loaded.setAside() != null && loaded.setAsideParts().isEmpty()) {
            screen.warn(m.get("progress.damaged", loaded.setAside(), loaded.problem()));
        } else if (loaded.setAside() != null) {
            screen.warn(m.get("progress.partlyDamaged", loaded.setAside(), loaded.problem(),
                    String.join(", ", loaded.setAsideParts())));
        }
        if (sharedState) {
            screen.warn(m.get("progress.sharedState", stateDirectory));
        }
        if (namedLessons) {
            tutor.commands().list().problems();
        }
        Progress progress = keeper.progress();
        if (!progress.welcomed()) {
            screen.markdown(m.get(tutor.engineName().equals("sim") ? "welcome" : "welcome.realEngine", tutor.workspaceSentence()));
            progress.welcome();
            keeper.save();
            return;
        }
        if (tutor.namedWorkspace()) {
            screen.warn(tutor.workspaceSentence());
        }
        // A lambda, not tutor.library()::lesson: a method reference would read every lesson file before the prompt
        // even when no lesson is under way (the receiver is evaluated at once).
        Optional<Lesson> lesson = progress.current().flatMap(id -> tutor.library().lesson(id));
        if (lesson.isEmpty()) {
            screen.say(m.get("welcome.back"));
            return;
        }
        if (tutor.flow().start(lesson.get(), progress.lesson(lesson.get().id()).stepIndex())) {
            screen.good(m.get("start.resumed", tutor.text(lesson.get().title()), tutor.stepIndex() + 1));
            tutor.flow().showStep();
        }
    }

    /** Saves, removes what the tutor made on a real engine, and answers the exit status of the learner's shell. */
    private int farewell() {
        int status = tutor.exitStatus();
        tutor.end();
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // History is a convenience; losing it is not worth a message on the way out.
        }
        ProgressKeeper keeper = tutor.keeper();
        tutor.screen().say(keeper.saved() ? tutor.messages().get("bye") : tutor.messages().get("bye.unsaved", keeper.where()));
        keeper.close();
        return status;
    }
}
