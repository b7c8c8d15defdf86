package io.dockertutor.lessons;

/**
 * Something wrong in a lesson file, placed at {@code file:line:column}; warnings do not stop a lesson loading.
 */
public record LessonProblem(String file, int line, int column, String message, boolean warning) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (warning ? "warning: " : "") + message;
    }
}
