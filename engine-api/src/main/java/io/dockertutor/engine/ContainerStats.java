package io.dockertutor.engine;

/** One sample of {@code docker stats --no-stream}; byte counts are exact, the CLI formats them. */
public record ContainerStats(String id, String name, double cpuPercent, long memoryUsage, long memoryLimit,
                             long netInput, long netOutput, long blockInput, long blockOutput, int pids) {
}
