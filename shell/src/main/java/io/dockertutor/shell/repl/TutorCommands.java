package io.dockertutor.shell.repl;

import io.dockertutor.cli.command.DisplayWidth;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.shell.i18n.TutorMessages;
import io.dockertutor.shell.progress.LessonProgress;
import io.dockertutor.shell.progress.Progress;
import io.dockertutor.shell.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs the tutor's own commands ({@link TutorVerb}): a line whose first word is one, with no shell operators in it
 * ({@code check; docker ps} goes to the shell). Each command answers {@code help NAME} and {@code NAME --help}.
 */
final class TutorCommands {
    private static final Pattern SHELL_OPERATORS = Pattern.compile("[|;&<>`$(){}]");

    private final Tutor tutor;
    private final StepHelp steps;
    private final EngineChoice engines;

    TutorCommands(Tutor tutor) {
        this.tutor = tutor;
        this.steps = new StepHelp(tutor);
        this.engines = new EngineChoice(tutor);
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
            case LESSONS -> lessons();
            case START -> start(first);
            case STEP -> tutor.showStep();
            case CHECK -> tutor.check();
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
            case SANDBOX -> tutor.sandboxMode();
            case HELP -> help(first);
            case EXIT -> tutor.leave();
            default -> throw new IllegalStateException(verb.name());
        }
    }

    private TutorMessages m() {
        return tutor.messages();
    }

    private void lessons() {
        List<Lesson> all = tutor.library().lessons();
        if (all.isEmpty()) {
            tutor.screen.say(m().get("lessons.none"));
            return;
        }
        int idWidth = all.stream().mapToInt(l -> DisplayWidth.of(l.id())).max().orElse(0);
        Progress p = tutor.progress;
        for (Lesson l : all) {
            LessonProgress lp = p.lessons.get(l.id());
            String mark = p.isDone(l.id()) ? "✓" : l.id().equals(p.current) || (lp != null && lp.step > 0) ? "→" : "·";
            String pad = " ".repeat(idWidth - DisplayWidth.of(l.id()));
            tutor.screen.say(mark + " " + l.id() + pad + "  " + tutor.text(l.title()) + "  "
                    + m().get("lessons.steps", l.steps().size()));
        }
        tutor.screen.say(m().get("lessons.howToStart"));
    }

    private void start(String id) {
        Optional<Lesson> lesson;
        if (id == null) {
            lesson = Optional.ofNullable(tutor.progress.current).flatMap(c -> tutor.library().lesson(c)).or(tutor::nextLesson);
            if (lesson.isEmpty()) {
                tutor.screen.say(m().get(tutor.library().lessons().isEmpty() ? "lessons.none" : "lesson.allDone"));
                return;
            }
        } else {
            lesson = tutor.library().lesson(id);
            if (lesson.isEmpty()) {
                tutor.screen.bad(m().get("start.unknown", id));
                return;
            }
        }
        Lesson l = lesson.get();
        LessonProgress lp = tutor.progress.lessons.get(l.id());
        int at = lp == null || lp.done || lp.step >= l.steps().size() ? 0 : lp.step;
        if (lp != null && lp.done) {
            lp.done = false;
        }
        if (!tutor.start(l, at)) {
            return;
        }
        tutor.screen.good(m().get(at > 0 ? "start.resumed" : "start.started", tutor.text(l.title()), at + 1));
        tutor.showStep();
    }

    private void progress(String action, String file) {
        ProgressStore store = tutor.store;
        if (action == null) {
            summary();
            return;
        }
        if (file == null || !(action.equals("export") || action.equals("import"))) {
            usage(TutorVerb.PROGRESS);
            return;
        }
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            tutor.screen.bad(m().get(action.equals("export") ? "progress.cannotExport" : "progress.cannotImport", file, e.getReason()));
            return;
        }
        if (action.equals("export")) {
            try {
                store.exportTo(tutor.progress, path);
                tutor.screen.good(m().get("progress.exported", path));
            } catch (IOException e) {
                tutor.screen.bad(m().get("progress.cannotExport", path, FileFailure.reason(e, m())));
            }
            return;
        }
        try {
            Progress imported = store.importFrom(path);
            tutor.progress.lessons.clear();
            tutor.progress.lessons.putAll(imported.lessons);
            tutor.progress.current = imported.current;
            tutor.progress.welcomed = true;
            tutor.save();
            tutor.screen.good(m().get("progress.imported", path));
        } catch (java.nio.file.NoSuchFileException e) {
            tutor.screen.bad(m().get("progress.noFile", path));
        } catch (ProgressStore.NotAProgressFile e) {
            tutor.screen.bad(switch (e.kind()) {
                case DIRECTORY -> m().get("progress.importDirectory", path);
                case NOT_REGULAR -> m().get("progress.importNotRegular", path);
                case TOO_LARGE -> m().get("progress.importTooLarge", path, ProgressStore.MAX_BYTES / (1024 * 1024));
            });
        } catch (IOException e) {
            tutor.screen.bad(m().get("progress.cannotImport", path, FileFailure.reason(e, m())));
        } catch (ProgressStore.ImportException e) {
            tutor.screen.bad(m().get("progress.notProgress", path, e.getMessage()));
        }
    }

    private void summary() {
        Progress p = tutor.progress;
        int shown = 0;
        for (Lesson l : tutor.library().lessons()) {
            LessonProgress lp = p.lessons.get(l.id());
            if (lp == null) {
                continue;
            }
            long stepsDone = lp.steps.values().stream().filter(s -> s.done).count();
            int hints = lp.steps.values().stream().mapToInt(s -> s.hints).sum();
            long solutions = lp.steps.values().stream().filter(s -> s.solution != io.dockertutor.shell.progress.StepProgress.Solution.NONE).count();
            int attempts = lp.steps.values().stream().mapToInt(s -> s.attempts).sum();
            tutor.screen.say(m().get(lp.done ? "progress.lessonDone" : "progress.lessonOpen", l.id(), tutor.text(l.title()),
                    stepsDone, l.steps().size(), hints, solutions, attempts, (lp.seconds + 59) / 60));
            shown++;
        }
        if (shown == 0) {
            tutor.screen.say(m().get("progress.nothing"));
        }
        tutor.screen.say(m().get("progress.file", tutor.store.file()));
    }

    private void language(String code) {
        if (code == null) {
            tutor.screen.say(m().get("lang.current", m().locale().getLanguage()));
            return;
        }
        if (!code.equals("ko") && !code.equals("en")) {
            usage(TutorVerb.LANG);
            return;
        }
        tutor.language(code.equals("ko") ? Locale.KOREAN : Locale.ENGLISH);
        tutor.screen.good(m().get("lang.switched"));
    }

    private void engine(String name) {
        if (name == null) {
            String describe = tutor.engine() == null ? tutor.engineName() : tutor.engine().describe();
            tutor.screen.say(m().get("engine.current", describe, String.join(", ", tutor.engines.names())));
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
        tutor.screen.heading(m().get("help.title"));
        int width = 0;
        for (TutorVerb v : TutorVerb.values()) {
            width = Math.max(width, v.word().length());
        }
        for (TutorVerb v : TutorVerb.values()) {
            tutor.screen.say("  " + v.word() + " ".repeat(width - v.word().length()) + "  " + m().get("help." + v.word()));
        }
        tutor.screen.say(m().get("help.footer"));
    }

    private void usage(TutorVerb verb) {
        tutor.screen.say(m().get("usage." + verb.word()));
        tutor.screen.say("  " + m().get("help." + verb.word()));
    }
}
