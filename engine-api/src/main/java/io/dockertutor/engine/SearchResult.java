package io.dockertutor.engine;

/** One repository found by {@code docker search}. */
public record SearchResult(String name, String description, int stars, boolean official, boolean automated) {
}
