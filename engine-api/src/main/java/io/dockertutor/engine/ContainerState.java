package io.dockertutor.engine;

import java.time.Instant;

/**
 * The {@code State} of a container, as inspect shows it.
 *
 * @param status     {@code created}, {@code running}, {@code paused}, {@code restarting}, {@code removing}, {@code exited}, {@code dead}
 * @param error      the daemon's error when the start failed (e.g. the OCI runtime message), else empty
 * @param startedAt  null until first started
 * @param finishedAt null until it first stopped
 * @param health     {@code starting}, {@code healthy}, {@code unhealthy}, or empty without a healthcheck
 */
public record ContainerState(
        String status,
        boolean running,
        boolean paused,
        boolean restarting,
        boolean oomKilled,
        boolean dead,
        int pid,
        int exitCode,
        String error,
        Instant startedAt,
        Instant finishedAt,
        String health) {

    public ContainerState {
        error = error == null ? "" : error;
        health = health == null ? "" : health;
    }
}
