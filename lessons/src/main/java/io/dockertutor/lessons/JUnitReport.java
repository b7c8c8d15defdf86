package io.dockertutor.lessons;

import io.dockertutor.lessons.junit.JUnitXml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes validation results as JUnit XML ({@link JUnitXml}): one testsuite per lesson, one testcase per step. */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static void write(Path file, List<LessonValidator.StepResult> results) throws IOException {
        Map<String, List<LessonValidator.StepResult>> byLesson = new LinkedHashMap<>();
        results.forEach(r -> byLesson.computeIfAbsent(r.lesson(), k -> new ArrayList<>()).add(r));
        JUnitXml x = new JUnitXml().start("testsuites", "name", "docker-tutor lessons");
        for (var e : byLesson.entrySet()) {
            x.start("testsuite", "name", e.getKey(), "tests", Integer.toString(e.getValue().size()),
                    "failures", count(e.getValue(), LessonValidator.StepResult.Status.FAILED), "errors", "0",
                    "skipped", count(e.getValue(), LessonValidator.StepResult.Status.SKIPPED),
                    "time", seconds(e.getValue().stream().mapToDouble(LessonValidator.StepResult::seconds).sum()));
            for (LessonValidator.StepResult r : e.getValue()) {
                x.start("testcase", "classname", r.lesson(), "name", r.step(), "time", seconds(r.seconds()));
                switch (r.status()) {
                    case PASSED -> { }
                    case SKIPPED -> x.empty("skipped", "message", r.reason());
                    default -> x.empty("failure", "message", r.reason());
                }
                x.end();
            }
            x.end();
        }
        x.end();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, x.toString(), StandardCharsets.UTF_8);
    }

    private static String count(List<LessonValidator.StepResult> results, LessonValidator.StepResult.Status status) {
        return Long.toString(results.stream().filter(r -> r.status() == status).count());
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
