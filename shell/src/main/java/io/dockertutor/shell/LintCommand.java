package io.dockertutor.shell;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.LessonProblem;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code docker-tutor lint [DIR|FILE...]}: every problem of the lesson files, at file:line:column; exit 1 on errors. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.shell.messages", header = "${bundle:lint.description}")
final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR|FILE", arity = "0..*", descriptionKey = "lint.paths")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<LessonProblem> problems = new ArrayList<>();
        if (paths.isEmpty()) {
            problems.addAll(LessonLibrary.bundled().problems());
        }
        Messages messages = new Messages(java.util.Locale.getDefault());
        for (Path p : paths) {
            try {
                problems.addAll(LessonSource.load(p, messages).problems());
            } catch (LessonSource.Unavailable e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        problems.forEach(out::println);
        long errors = problems.stream().filter(p -> !p.warning()).count();
        out.println(errors + " errors, " + (problems.size() - errors) + " warnings");
        return errors == 0 ? 0 : 1;
    }
}
