package io.dockertutor.engine;

/** A few facts of {@code docker info} that do not depend on the host the engine runs on. */
public record EngineInfo(
        String name,
        String serverVersion,
        int containers,
        int containersRunning,
        int containersPaused,
        int containersStopped,
        int images,
        String storageDriver,
        String loggingDriver,
        String cgroupDriver,
        String operatingSystem,
        String osType,
        String architecture,
        int cpus,
        long memoryBytes,
        String dockerRootDir,
        String kernelVersion) {
}
