package io.dockertutor.shell;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.lessons.CommandLogFile;
import io.dockertutor.lessons.JUnitReport;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.LessonProblem;
import io.dockertutor.lessons.LessonValidator;
import io.dockertutor.shell.i18n.TutorMessages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docker-tutor validate [--lessons DIR] [--report junit.xml] [LESSON...]}: proves every lesson solvable and
 * every check strict; one line per step, then {@code N passed, M failed}; exit 0 only when all pass. The hidden
 * {@code --command-log FILE} writes every command run, session by session ({@link CommandLogFile}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.shell.messages", header = "${bundle:validate.description}")
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
        LessonValidator validator;
        if ("docker".equals(session.engine)) {
            // A real engine: every step in a fresh session whose objects are removed afterwards; nothing else is
            // touched. Docker Hub and the daemon itself are out of reach there.
            var resolver = new io.dockertutor.engine.docker.DockerEndpointResolver(System.getenv(),
                    Path.of(System.getProperty("user.home")));
            io.dockertutor.engine.docker.DockerEndpoint endpoint;
            try {
                endpoint = resolver.resolve();
                // One probe first, so a missing daemon is one clear message (in the learner's language), exit 1.
                try (var probe = io.dockertutor.engine.docker.DockerJavaEngine.connect(endpoint, resolver.configDir(),
                        "validate-probe", locale)) {
                    probe.version();
                }
            } catch (io.dockertutor.engine.EngineException | io.dockertutor.engine.docker.DockerEndpointException e) {
                out.println(e.getMessage());
                return 1;
            }
            validator = new LessonValidator(ws -> io.dockertutor.engine.docker.DockerJavaEngine.connect(endpoint,
                    resolver.configDir(), "validate-" + java.util.UUID.randomUUID(), Locale.ENGLISH),
                    Set.of("internet", "daemon", "engine-files"), Locale.ENGLISH);
        } else if ("sim".equals(session.engine) || "simulated".equals(session.engine)) {
            Catalog catalog = session.catalog == null ? new CatalogLoader(locale).loadDefault() : new CatalogLoader(locale).load(session.catalog);
            validator = new LessonValidator(ws -> {
                SimulatedEngine engine = new SimulatedEngine(catalog, Clock.systemUTC());
                engine.hostRoot(ws);
                return engine;
            }, Set.of(), Locale.ENGLISH);
        } else {
            out.println(messages.get("error.engine", session.engine));
            return 1;
        }
        List<Lesson> chosen = library.lessons().stream().filter(l -> only.isEmpty() || only.contains(l.id())).toList();
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
        return failed == 0 && !all.isEmpty() ? 0 : 1;
    }

    private static String line(LessonValidator.StepResult r) {
        return switch (r.status()) {
            case PASSED -> String.format(Locale.ROOT, "PASS %s/%s (%.2fs)", r.lesson(), r.step(), r.seconds());
            case SKIPPED -> "SKIP " + r.lesson() + "/" + r.step() + ": " + r.reason();
            default -> "FAIL " + r.lesson() + "/" + r.step() + ": " + r.reason();
        };
    }
}
