package io.dockertutor.tutor;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.LessonProblem;
import io.dockertutor.lessons.lint.LintWarning;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docker-tutor lint [DIR|FILE...]}: every problem of the lesson files, then the lint's warnings (what makes a
 * lesson teach worse), at file:line:column; exit 1 on errors.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.tutor.messages", header = "${bundle:lint.description}")
final class LintCommand implements Callable<Integer> {
    // With no path, lint checks the lessons the other commands would use: --lessons given before "lint", or
    // DOCKER_TUTOR_LESSONS, else the bundled ones.
    @ParentCommand
    TutorCommand parent;

    @Parameters(paramLabel = "DIR|FILE", arity = "0..*", descriptionKey = "lint.paths")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<LessonProblem> problems = new ArrayList<>();
        List<LintWarning> lint = new ArrayList<>();
        Path configured = new LessonSource().over(parent == null ? null : parent.lessons).path();
        if (paths.isEmpty() && configured == null) {
            LessonLibrary bundled = LessonLibrary.bundled();
            problems.addAll(bundled.problems());
            lint.addAll(bundled.lint());
        }
        List<Path> chosen = paths.isEmpty() && configured != null ? List.of(configured) : paths;
        TutorMessages messages = new TutorMessages(java.util.Locale.getDefault());
        for (Path p : chosen) {
            try {
                LessonLibrary loaded = LessonSource.load(p, messages);
                problems.addAll(loaded.problems());
                lint.addAll(loaded.lint());
            } catch (LessonSource.Unavailable e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        problems.forEach(out::println);
        lint.forEach(w -> out.println(w.render(java.util.Locale.getDefault())));
        long errors = problems.stream().filter(p -> !p.warning()).count();
        out.println(messages.get("lint.summary", errors, problems.size() - errors + lint.size()));
        return errors == 0 ? 0 : 1;
    }
}
