package io.dockertutor.engine;

import java.time.Instant;

/**
 * The server half of {@code docker version}; each component (containerd, runc, docker-init) with its version and
 * the commit it was built from (its Details.GitCommit, empty when the packager left it out).
 */
public record EngineVersion(
        String platformName,
        String version,
        String apiVersion,
        String minApiVersion,
        String gitCommit,
        String goVersion,
        String os,
        String arch,
        String kernelVersion,
        Instant buildTime,
        String containerdVersion,
        String runcVersion,
        String initVersion,
        String containerdCommit,
        String runcCommit,
        String initCommit) {
}
