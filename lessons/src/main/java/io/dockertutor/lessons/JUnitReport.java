package io.dockertutor.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes validation results as JUnit XML: one testsuite per lesson, one testcase per step. */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static void write(Path file, List<LessonValidator.StepResult> results) throws IOException {
        Map<String, List<LessonValidator.StepResult>> byLesson = new LinkedHashMap<>();
        results.forEach(r -> byLesson.computeIfAbsent(r.lesson(), k -> new java.util.ArrayList<>()).add(r));
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"docker-tutor lessons\">\n");
        for (var e : byLesson.entrySet()) {
            long failures = e.getValue().stream().filter(r -> r.status() == LessonValidator.StepResult.Status.FAILED).count();
            long skipped = e.getValue().stream().filter(r -> r.status() == LessonValidator.StepResult.Status.SKIPPED).count();
            double time = e.getValue().stream().mapToDouble(LessonValidator.StepResult::seconds).sum();
            x.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\" time=\"%.3f\">%n",
                    esc(e.getKey()), e.getValue().size(), failures, skipped, time));
            for (LessonValidator.StepResult r : e.getValue()) {
                x.append(String.format(Locale.ROOT, "    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"", esc(r.lesson()), esc(r.step()), r.seconds()));
                switch (r.status()) {
                    case PASSED -> x.append("/>\n");
                    case SKIPPED -> x.append(">\n      <skipped message=\"").append(esc(r.reason())).append("\"/>\n    </testcase>\n");
                    default -> x.append(">\n      <failure message=\"").append(esc(r.reason())).append("\"/>\n    </testcase>\n");
                }
            }
            x.append("  </testsuite>\n");
        }
        x.append("</testsuites>\n");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, x, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
