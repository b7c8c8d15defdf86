package io.dockertutor.serve.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The class's results as CSV (RFC 4180: CRLF line ends, a header row, fields quoted where they hold a comma, a quote
 * or a line break), UTF-8, one line per learner, lesson and step.
 *
 * <p>A display name is the learner's own text: one that starts as a spreadsheet formula ({@code =}, {@code +},
 * {@code -}, {@code @}) gets a leading apostrophe, so opening the file does not run what a learner typed.
 */
public final class CsvExport {
    /** The header row's names, in the order of the fields. */
    public static final List<String> HEADER = List.of("class", "learner_id", "display_name", "lesson", "step", "status",
            "hints", "solution", "attempts", "seconds");

    private CsvExport() {
    }

    /** Writes {@code results} to {@code out} (not closed). */
    public static void write(ClassResults results, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(w, HEADER);
        for (ClassResults.LessonResult lesson : results.lessons()) {
            for (ClassResults.StepResult step : lesson.steps()) {
                line(w, List.of(results.className(), lesson.learnerId(), defused(lesson.displayName()), lesson.lessonId(),
                        step.stepId(), lower(step.status()), Integer.toString(step.hints()), lower(step.solution()),
                        Integer.toString(step.attempts()), Long.toString(step.seconds())));
            }
        }
        w.flush();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
