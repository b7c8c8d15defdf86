package io.dockertutor.lessons.lint;

import io.dockertutor.checker.Text;
import java.util.Locale;

/**
 * A lesson that loads and validates but teaches worse, placed at {@code file:line:column} like the reader's
 * problems. Warnings do not stop a lesson; {@code validate --strict} counts them as errors.
 *
 * <pre>{@code
 * lessons/03-pull.yaml:12:9: warning: step 'pull': the English text gives away the solution command `docker pull nginx`
 * }</pre>
 */
public record LintWarning(String file, int line, int column, Kind kind, Text message) {
    /** What is wrong; each has its message in Korean and English ({@code lint.properties}). */
    public enum Kind {
        /** The step's text holds one of its own solution commands verbatim: the learner only copies it. */
        SOLUTION_IN_TEXT,
        /** Fewer than two hints: no ladder from the idea to the syntax. */
        FEW_HINTS,
        /** Only {@code ran:} or {@code output:} checks: what was typed or printed, not the resulting state. */
        TYPED_ONLY_CHECK,
        /** {@code **} or {@code *} that CommonMark leaves as literal text instead of emphasis. */
        LITERAL_EMPHASIS
    }

    /** The line as printed in {@code locale}'s language. */
    public String render(Locale locale) {
        return file + ":" + line + ":" + column + ": " + LintMessages.warningWord().in(locale) + ": " + message.in(locale);
    }

    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
