package io.dockertutor.tutor.progress;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The progress text snakeyaml writes, written directly when every name in it is a plain lowercase word (lesson and
 * step ids as the bundled lessons have them): the same characters, a hundredth of the processor. A classroom server
 * saves a learner's progress at every step, and snakeyaml's emitter was a tenth of its processor. Any other name
 * (one YAML would quote, or a long one) is left to snakeyaml; {@code PlainProgressTextPropertyTest} holds the two
 * texts equal.
 */
final class PlainProgressText {
    /** Names snakeyaml writes plain: a lowercase word, never one YAML 1.1 reads as a boolean or null. */
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9-]{0,79}");
    private static final Set<String> RESOLVED = Set.of("yes", "no", "true", "false", "on", "off", "null");

    private PlainProgressText() {
    }

    /** The text after the header, or empty when some name is not plain. */
    static Optional<String> of(Progress p) {
        if (!p.current().map(PlainProgressText::plain).orElse(true)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(256 + 160 * p.lessons().size());
        out.append("format: ").append(ProgressCodec.FORMAT).append('\n');
        out.append("welcomed: ").append(p.welcomed()).append('\n');
        out.append("current: ").append(p.current().orElse("null")).append('\n');
        if (p.lessons().isEmpty()) {
            return Optional.of(out.append("lessons: {}\n").toString());
        }
        out.append("lessons:\n");
        for (Map.Entry<String, LessonProgress> lesson : p.lessons().entrySet()) {
            LessonProgress l = lesson.getValue();
            if (!plain(lesson.getKey())) {
                return Optional.empty();
            }
            out.append("  ").append(lesson.getKey()).append(":\n");
            out.append("    done: ").append(l.done()).append('\n');
            out.append("    step: ").append(l.stepIndex()).append('\n');
            out.append("    seconds: ").append(l.seconds()).append('\n');
            if (l.steps().isEmpty()) {
                out.append("    steps: {}\n");
                continue;
            }
            out.append("    steps:\n");
            for (Map.Entry<String, StepProgress> step : l.steps().entrySet()) {
                StepProgress s = step.getValue();
                if (!plain(step.getKey())) {
                    return Optional.empty();
                }
                out.append("      ").append(step.getKey()).append(":\n");
                out.append("        done: ").append(s.done()).append('\n');
                out.append("        skipped: ").append(s.skipped()).append('\n');
                out.append("        hints: ").append(s.hints()).append('\n');
                out.append("        solution: ").append(s.solution().name().toLowerCase(Locale.ROOT)).append('\n');
                out.append("        attempts: ").append(s.attempts()).append('\n');
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean plain(String name) {
        return PLAIN.matcher(name).matches() && !RESOLVED.contains(name);
    }
}
