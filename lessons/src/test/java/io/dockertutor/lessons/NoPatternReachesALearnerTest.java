package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.checker.Assertion;
import io.dockertutor.checker.Verdict;
import io.dockertutor.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No regular expression reaches a learner: in every bundled lesson, each step's check is asked before its solution
 * (when every {@code ran:} and {@code output:} item fails) and after each wrong attempt, in Korean and English, and
 * no failure it prints holds one of the lesson's patterns or a piece of regex syntax.
 */
class NoPatternReachesALearnerTest {
    private static final List<String> REGEX_SYNTAX = List.of("\\s", "\\b", "\\d", "(?m)", "[0-9", "^\\", ".*", "\\.");

    @TempDir
    Path dir;

    static Stream<Lesson> lessons() {
        return LessonLibrary.bundled().lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyFailedCheckSaysWhatToDoInWords(Lesson lesson) throws Exception {
        Path ws = Files.createDirectories(dir.resolve(lesson.id())).toRealPath();
        Engine engine = SimulatedValidation.engine(ws);
        List<String> said = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        try (LessonRun run = new LessonRun(lesson, engine, ws, Locale.ENGLISH)) {
            for (Step step : lesson.steps()) {
                step.check().forEach(a -> patterns.addAll(patterns(a)));
                run.beginStep();
                said.addAll(failures(run, step));
                for (Step.WrongAttempt wrong : step.wrong()) {
                    var before = engine.snapshots().orElseThrow().take();
                    run.beginStep();
                    wrong.commands().forEach(c -> run.run(SolutionCommand.parse(c).text()));
                    said.addAll(failures(run, step));
                    engine.snapshots().orElseThrow().restore(before);
                }
                run.beginStep();
                step.solution().forEach(c -> run.run(SolutionCommand.parse(c).text()));
            }
        }
        assertThat(said).as("failures were asked for").isNotEmpty();
        for (String failure : said) {
            if (!patterns.isEmpty()) { // a lesson checked on state alone has no pattern to leak
                assertThat(failure).doesNotContain(patterns.toArray(String[]::new));
            }
            assertThat(failure).doesNotContain(REGEX_SYNTAX.toArray(String[]::new));
        }
    }

    private static List<String> failures(LessonRun run, Step step) {
        List<String> out = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            run.locale(locale);
            Verdict v = run.check(step);
            out.addAll(v.failures());
        }
        run.locale(Locale.ENGLISH);
        return out;
    }

    private static List<String> patterns(Assertion a) {
        if (a instanceof Assertion.Ran r) {
            return List.of(r.pattern());
        }
        if (a instanceof Assertion.Output o && o.matches() != null) {
            return List.of(o.matches());
        }
        if (a instanceof Assertion.Not n) {
            return patterns(n.inner());
        }
        if (a instanceof Assertion.AnyOf any) {
            return any.options().stream().flatMap(o -> patterns(o).stream()).toList();
        }
        return List.of();
    }
}
