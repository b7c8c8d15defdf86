package io.dockertutor.tutor;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineCapabilities;
import io.dockertutor.lessons.CommandLogFile;
import io.dockertutor.lessons.JUnitReport;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.LessonProblem;
import io.dockertutor.lessons.LessonValidator;
import io.dockertutor.lessons.MutantResult;
import io.dockertutor.lessons.lint.LintWarning;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.engines.CannotOpenEngine;
import io.dockertutor.tutor.engines.EngineFactory;
import io.dockertutor.tutor.progress.ProgressFile;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docker-tutor validate [--lessons DIR] [--report junit.xml] [--strict] [--mutants] [LESSON...]}: proves every
 * lesson solvable and every check strict; the lint's warnings first, then one line per step, then
 * {@code N passed, M failed} and the warnings by kind; with {@code --mutants}, the near misses of each solution that
 * pass its check ({@code SURVIVED lesson/step: ...}) and {@code mutants: K killed, S survived, E equivalent}; exit 0
 * only when all pass, no mutant survives and, with {@code --strict}, there is no warning. The hidden
 * {@code --command-log FILE} writes every command run, session by session ({@link CommandLogFile}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.tutor.messages", header = "${bundle:validate.description}")
final class ValidateCommand implements Callable<Integer> {
    // Options given before the subcommand (docker-tutor --lessons DIR validate) live on the parent.
    @ParentCommand
    TutorCommand parent;

    @Mixin
    SessionOptions session;

    @Mixin
    LessonSource source;

    @Option(names = "--report", paramLabel = "FILE", descriptionKey = "option.report")
    Path report;

    // For scripts/measure-overhead, not for learners: hidden from --help.
    @Option(names = "--command-log", paramLabel = "FILE", hidden = true, descriptionKey = "option.command-log")
    Path commandLog;

    @Option(names = "--mutants", descriptionKey = "option.mutants")
    boolean mutants;

    @Option(names = "--strict", descriptionKey = "option.strict")
    boolean strict;

    @Parameters(paramLabel = "LESSON", arity = "0..*", descriptionKey = "validate.lessons")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        session = session.over(parent == null ? null : parent.session);
        source = source.over(parent == null ? null : parent.lessons);
        // Main chose the language from --lang wherever it stands on the command line, then from LANG.
        Locale locale = Locale.getDefault();
        TutorMessages messages = new TutorMessages(locale);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LessonLibrary library;
        try {
            library = source.load();
        } catch (LessonSource.Unavailable e) {
            out.println(e.getMessage());
            return 2;
        }
        for (LessonProblem p : library.errors()) {
            out.println(p);
        }
        if (!library.errors().isEmpty()) {
            out.println(messages.get("validate.broken", library.errors().size()));
            return 1;
        }
        EngineFactory engines = EngineFactory.standard(session.catalog, locale, System.getenv()).sessionPrefix("validate-")
                .stateDirectory(ProgressFile.stateDirectory(System.getenv()));
        String engine = engines.canonical(session.engine);
        Set<String> unavailable;
        // One probe first, so a missing daemon or a broken catalog is one clear message in the learner's language, exit 1.
        try (Engine probe = engines.open(session.engine, session.realWorkspace(), messages)) {
            unavailable = unavailable(engine, probe.capabilities());
            // A validation killed earlier (SIGKILL, a crash) left its scratch objects: they are the tutor's, not the user's.
            List<String> left = engines.removeLeftovers(probe);
            if (!left.isEmpty()) {
                out.println(messages.get("engine.leftoversRemoved", String.join(", ", left)));
            }
        } catch (CannotOpenEngine e) {
            out.println(e.getMessage());
            return 1;
        }
        // Every step in a fresh engine; on a real one its objects are removed afterwards and nothing else is touched.
        TutorMessages english = new TutorMessages(Locale.ENGLISH);
        LessonValidator validator = new LessonValidator(ws -> {
            try {
                return engines.open(engine, ws, english);
            } catch (CannotOpenEngine e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, unavailable, Locale.ENGLISH);
        List<Lesson> chosen = library.lessons().stream().filter(l -> only.isEmpty() || only.contains(l.id())).toList();
        // Lint first: the author reads what to improve above the verdicts, at file:line:column like the errors.
        List<LintWarning> lint = library.lint().stream()
                .filter(w -> chosen.stream().anyMatch(l -> l.source().equals(w.file()))).toList();
        lint.forEach(w -> out.println(w.render(locale)));
        List<LessonValidator.StepResult> all;
        try (CommandLogFile log = commandLog == null ? null : new CommandLogFile(commandLog)) {
            if (log != null) {
                validator.commandListener(log);
            }
            all = validator.validateAll(chosen, r -> out.println(line(r)));
        }
        for (String id : only) {
            if (library.lesson(id).isEmpty()) {
                out.println(messages.get("validate.unknown", id));
                return 1;
            }
        }
        long passed = all.stream().filter(r -> r.status() == LessonValidator.StepResult.Status.PASSED).count();
        long failed = all.stream().filter(r -> r.status() == LessonValidator.StepResult.Status.FAILED).count();
        long skipped = all.size() - passed - failed;
        out.println(passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : ""));
        if (report != null) {
            JUnitReport.write(report, all);
        }
        if (!lint.isEmpty()) {
            out.println(lintSummary(lint, messages));
        }
        boolean survivors = mutants && survivors(validator, chosen, messages, out);
        if (strict && !lint.isEmpty()) {
            out.println(messages.get("validate.strict", lint.size()));
            return 1;
        }
        return failed == 0 && !all.isEmpty() && !survivors ? 0 : 1;
    }

    /**
     * {@code --mutants}: runs the near misses of every step's solution, prints {@code SURVIVED lesson/step: commands}
     * for each that passes its check without being listed under {@code equivalent:}, then the counts; true when any
     * survived.
     */
    private static boolean survivors(LessonValidator validator, List<Lesson> lessons, TutorMessages messages, PrintStream out) {
        List<MutantResult> results = validator.mutateAll(lessons, r -> {
            if (r.outcome() == MutantResult.Outcome.SURVIVED) {
                out.println(messages.get("validate.survived", r.lesson() + "/" + r.step(), String.join("; ", r.commands())));
            }
        });
        long killed = results.stream().filter(r -> r.outcome() == MutantResult.Outcome.KILLED).count();
        long survived = results.stream().filter(r -> r.outcome() == MutantResult.Outcome.SURVIVED).count();
        out.println(messages.get("validate.mutants", killed, survived, results.size() - killed - survived));
        return survived > 0;
    }

    /**
     * What a validation on {@code engine} cannot offer, so steps needing it are skipped: on a real engine Docker Hub
     * ({@code internet}), and whatever its capabilities lack (restarting the daemon, its files in reach).
     */
    static Set<String> unavailable(String engine, EngineCapabilities capabilities) {
        Set<String> lacking = new TreeSet<>();
        if (!EngineFactory.SIMULATED.equals(engine)) {
            lacking.add("internet");
        }
        if (!capabilities.daemonRestart()) {
            lacking.add("daemon");
        }
        if (!capabilities.engineFiles()) {
            lacking.add("engine-files");
        }
        return lacking;
    }

    /** {@code lint: 12 warnings (fewer than two hints: 9, ...)}: the to-do list by kind, in the kinds' order. */
    static String lintSummary(List<LintWarning> lint, TutorMessages messages) {
        Map<LintWarning.Kind, Long> byKind = new EnumMap<>(LintWarning.Kind.class);
        lint.forEach(w -> byKind.merge(w.kind(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> parts.add(messages.get("validate.lint." + kind.name(), n)));
        return messages.get("validate.lint", lint.size(), String.join(", ", parts));
    }

    private static String line(LessonValidator.StepResult r) {
        return switch (r.status()) {
            case PASSED -> String.format(Locale.ROOT, "PASS %s/%s (%.2fs)", r.lesson(), r.step(), r.seconds());
            case SKIPPED -> "SKIP " + r.lesson() + "/" + r.step() + ": " + r.reason();
            default -> "FAIL " + r.lesson() + "/" + r.step() + ": " + r.reason();
        };
    }
}
