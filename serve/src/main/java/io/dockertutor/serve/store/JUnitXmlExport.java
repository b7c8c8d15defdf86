package io.dockertutor.serve.store;

import io.dockertutor.lessons.junit.JUnitXml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The class's results as JUnit XML ({@link JUnitXml}), the report format CI servers and grading tools read: a
 * {@code testsuite} per learner and lesson, a {@code testcase} per step. A passed step is a passed test; a step worked
 * on but not passed is a {@code failure}; a step skipped, or on which no command was typed, is {@code skipped}.
 *
 * <pre>{@code
 * <testsuites name="docker-101" tests="64" failures="1" skipped="50">
 *   <testsuite name="Ada / ports" tests="6" failures="1" skipped="3" time="412">
 *     <testcase classname="ports" name="publish" time="95"/>
 *     <testcase classname="ports" name="expose" time="120">
 *       <failure type="open" message="not passed after 4 commands, 2 hints, solution none"/>
 *     </testcase>
 * }</pre>
 */
public final class JUnitXmlExport {
    private JUnitXmlExport() {
    }

    /** Writes {@code results} to {@code out} (not closed), UTF-8. */
    public static void write(ClassResults results, OutputStream out) throws IOException {
        JUnitXml x = new JUnitXml().start("testsuites", "name", results.className(),
                "timestamp", results.at().toString(),
                "tests", Long.toString(results.lessons().stream().mapToLong(l -> l.steps().size()).sum()),
                "failures", Long.toString(results.lessons().stream().mapToLong(JUnitXmlExport::failures).sum()),
                "skipped", Long.toString(results.lessons().stream().mapToLong(JUnitXmlExport::skipped).sum()));
        for (ClassResults.LessonResult lesson : results.lessons()) {
            suite(x, lesson);
        }
        out.write(x.end().toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void suite(JUnitXml x, ClassResults.LessonResult lesson) {
        x.start("testsuite", "name", lesson.displayName() + " / " + lesson.lessonId(),
                "tests", Integer.toString(lesson.steps().size()), "failures", Long.toString(failures(lesson)),
                "skipped", Long.toString(skipped(lesson)), "time", Long.toString(lesson.seconds()));
        x.start("properties")
                .empty("property", "name", "learner", "value", lesson.learnerId())
                .empty("property", "name", "display_name", "value", lesson.displayName())
                .empty("property", "name", "lesson", "value", lesson.lessonId())
                .end();
        for (ClassResults.StepResult step : lesson.steps()) {
            x.start("testcase", "classname", lesson.lessonId(), "name", step.stepId(),
                    "time", Long.toString(step.seconds()));
            if (failed(step)) {
                x.empty("failure", "type", "open", "message", "not passed after " + step.attempts() + " commands, "
                        + step.hints() + " hints, solution " + step.solution().name().toLowerCase(Locale.ROOT));
            } else if (step.status() != ClassResults.Status.DONE) {
                x.empty("skipped", "message", step.status() == ClassResults.Status.SKIPPED ? "skipped"
                        : step.started() ? "not attempted" : "not started");
            }
            x.end();
        }
        x.end();
    }

    private static boolean failed(ClassResults.StepResult step) {
        return step.status() == ClassResults.Status.OPEN && step.attempts() > 0;
    }

    private static long failures(ClassResults.LessonResult lesson) {
        return lesson.steps().stream().filter(JUnitXmlExport::failed).count();
    }

    private static long skipped(ClassResults.LessonResult lesson) {
        return lesson.steps().stream().filter(s -> s.status() != ClassResults.Status.DONE && !failed(s)).count();
    }
}
