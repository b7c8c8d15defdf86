package io.dockertutor.tutor.repl;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.editor.WorkspaceEditor;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressFile;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs the tutor's own commands ({@link TutorVerb}): a line whose first word is one, with no shell operators in it
 * ({@code check; docker ps} goes to the shell). Each command answers {@code help NAME} and {@code NAME --help}.
 */
final class TutorCommands {
    private static final Pattern SHELL_OPERATORS = Pattern.compile("[|;&<>`$(){}]");

    private final Screen screen;
    private final Language language;
    private final Supplier<LessonLibrary> library;
    private final ProgressKeeper keeper;
    private final Progress progress;
    private final EngineSessions sessions;
    private final LessonFlow flow;
    private final StepHelp steps;
    private final EngineChoice engines;
    private final Runnable leave;
    private final Consumer<Locale> switchLanguage;
    private final LessonList list;
    /** Served to a browser: the host's engines and files are not the learner's (see {@link Hosting}). */
    private final boolean browser;

    TutorCommands(Screen screen, Language language, Supplier<LessonLibrary> library, ProgressKeeper keeper,
                  EngineSessions sessions, LessonFlow flow, StepHelp steps, EngineChoice engines, Runnable leave,
                  Consumer<Locale> switchLanguage, boolean browser) {
        this.browser = browser;
        this.screen = screen;
        this.language = language;
        this.library = library;
        this.keeper = keeper;
        this.progress = keeper.progress();
        this.sessions = sessions;
        this.flow = flow;
        this.steps = steps;
        this.engines = engines;
        this.leave = leave;
        this.switchLanguage = switchLanguage;
        this.list = new LessonList(screen, language, library, progress);
    }

    /** The lessons as {@code lessons} and {@code progress} show them, and their load problems. */
    LessonList list() {
        return list;
    }

    /** The verb of a line, when the line is a tutor command. */
    static Optional<TutorVerb> verbOf(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length == 0 || SHELL_OPERATORS.matcher(line).find()) {
            return Optional.empty();
        }
        return TutorVerb.of(words[0]);
    }

    /** Runs {@code line} if it is a tutor command; false when it belongs to the shell. */
    boolean handle(String line) throws IOException {
        Optional<TutorVerb> verb = verbOf(line);
        if (verb.isEmpty()) {
            return false;
        }
        String[] words = line.strip().split("\\s+");
        List<String> args = List.of(words).subList(1, words.length);
        if (args.contains("--help") || args.contains("-h")) {
            usage(verb.get());
            return true;
        }
        run(verb.get(), args);
        return true;
    }

    private void run(TutorVerb verb, List<String> args) throws IOException {
        String first = args.isEmpty() ? null : args.get(0);
        switch (verb) {
            case LESSONS -> list.table();
            case START -> start(first);
            case STEP -> flow.showStep();
            case CHECK -> flow.check();
            case HINT -> steps.hint();
            case SOLUTION -> steps.solution("run".equals(first));
            case NEXT -> steps.skip(true);
            case BACK -> steps.back();
            case SKIP -> steps.skip(false);
            case RESET -> steps.reset("lesson".equals(first));
            case UNDO -> steps.undo();
            case PROGRESS -> progress(first, args.size() > 1 ? args.get(1) : null);
            case LANG -> language(first);
            case ENGINE -> engine(first);
            case SANDBOX -> flow.sandboxMode();
            case HELP -> help(first);
            case EXIT -> leave.run();
            default -> throw new IllegalStateException(verb.name());
        }
    }

    private TutorMessages m() {
        return language.messages();
    }

    private void start(String id) {
        Optional<Lesson> lesson;
        if (id == null) {
            lesson = progress.current().flatMap(c -> library.get().lesson(c)).or(flow::nextLesson);
            if (lesson.isEmpty()) {
                if (library.get().lessons().isEmpty()) {
                    screen.say(m().get(list.problems() ? "lessons.noneLoaded" : "lessons.none"));
                } else {
                    screen.say(m().get("lesson.allDone"));
                }
                return;
            }
        } else {
            lesson = library.get().lesson(id);
            if (lesson.isEmpty()) {
                screen.bad(m().get("start.unknown", id));
                return;
            }
        }
        Lesson l = lesson.get();
        int at = progress.lesson(l.id()).resumeAt(l.steps().size());
        if (!flow.start(l, at)) {
            return;
        }
        screen.good(m().get(at > 0 ? "start.resumed" : "start.started", language.text(l.title()), at + 1));
        flow.showStep();
    }

    private void progress(String action, String file) {
        if (action == null) {
            summary();
            return;
        }
        if (file == null || !(action.equals("export") || action.equals("import"))) {
            usage(TutorVerb.PROGRESS);
            return;
        }
        if (browser) {
            screen.bad(m().get("hosted.progressFile"));
            return;
        }
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            screen.bad(m().get(action.equals("export") ? "progress.cannotExport" : "progress.cannotImport", file, e.getReason()));
            return;
        }
        if (action.equals("export")) {
            try {
                keeper.exportTo(path);
                screen.good(m().get("progress.exported", path));
            } catch (IOException e) {
                screen.bad(m().get("progress.cannotExport", path, FileFailure.reason(e, m())));
            }
            return;
        }
        try {
            keeper.importFrom(path);
            screen.good(m().get("progress.imported", path));
        } catch (java.nio.file.NoSuchFileException e) {
            screen.bad(m().get("progress.noFile", path));
        } catch (ProgressFile.NotAProgressFile e) {
            screen.bad(switch (e.kind()) {
                case DIRECTORY -> m().get("progress.importDirectory", path);
                case NOT_REGULAR -> m().get("progress.importNotRegular", path);
                case TOO_LARGE -> m().get("progress.importTooLarge", path, ProgressFile.MAX_BYTES / (1024 * 1024));
            });
        } catch (IOException e) {
            screen.bad(m().get("progress.cannotImport", path, FileFailure.reason(e, m())));
        } catch (ProgressStore.ImportException e) {
            screen.bad(m().get("progress.notProgress", path, e.getMessage()));
        }
    }

    private void summary() {
        if (!list.summary()) {
            screen.say(m().get("progress.nothing"));
        }
        screen.say(m().get("progress.file", keeper.where()));
    }

    private void language(String code) {
        if (code == null) {
            screen.say(m().get("lang.current", m().locale().getLanguage()));
            return;
        }
        if (!code.equals("ko") && !code.equals("en")) {
            usage(TutorVerb.LANG);
            return;
        }
        switchLanguage.accept(code.equals("ko") ? Locale.KOREAN : Locale.ENGLISH);
        screen.good(m().get("lang.switched"));
    }

    private void engine(String name) {
        if (name == null) {
            engines.describe();
            return;
        }
        if (browser && !name.equals(sessions.engineName())) {
            screen.bad(m().get("hosted.engine", name));
            return;
        }
        engines.switchTo(name);
    }

    private void help(String about) {
        Optional<TutorVerb> verb = about == null ? Optional.empty() : TutorVerb.of(about);
        if (verb.isPresent()) {
            usage(verb.get());
            return;
        }
        if (about != null && WorkspaceEditor.NAMES.contains(about)) {
            screen.say(m().get("editor.usage", about));
            screen.say("  " + m().get("editor.help"));
            return;
        }
        screen.heading(m().get("help.title"));
        int width = 0;
        for (TutorVerb v : TutorVerb.values()) {
            width = Math.max(width, v.word().length());
        }
        for (TutorVerb v : TutorVerb.values()) {
            screen.say("  " + v.word() + " ".repeat(width - v.word().length()) + "  " + m().get("help." + v.word()));
        }
        screen.say(m().get("help.editor"));
        screen.say(m().get("help.footer"));
    }

    private void usage(TutorVerb verb) {
        screen.say(m().get("usage." + verb.word()));
        screen.say("  " + m().get("help." + verb.word()));
    }
}
