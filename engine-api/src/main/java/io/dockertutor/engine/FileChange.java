package io.dockertutor.engine;

/** One line of {@code docker diff}: {@code A} added, {@code C} changed, {@code D} deleted, and the path. */
public record FileChange(char kind, String path) {
}
