package io.dockertutor.engine;

import java.time.Instant;

/** The server half of {@code docker version}. */
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
        String initVersion) {
}
