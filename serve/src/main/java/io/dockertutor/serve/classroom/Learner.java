package io.dockertutor.serve.classroom;

import java.util.Locale;

/**
 * A learner who joined the class: a stable id (their directory and their row), the display name they typed, the
 * secret their browser's cookie carries, and the language they chose.
 */
public record Learner(String id, String name, String sessionToken, Locale locale) {
}
