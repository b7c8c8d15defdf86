package io.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * The runtime configuration an image carries (the {@code Config} object of {@code docker image inspect}).
 * Empty lists and maps stand for Docker's {@code null}; {@code user}, {@code workingDir} and {@code stopSignal}
 * are empty strings when unset.
 */
public record ImageConfig(
        String user,
        List<String> env,
        List<String> cmd,
        List<String> entrypoint,
        String workingDir,
        List<String> exposedPorts,
        Map<String, String> labels,
        String stopSignal,
        List<String> volumes,
        List<String> onBuild,
        List<String> shell,
        Healthcheck healthcheck) {

    public ImageConfig {
        user = user == null ? "" : user;
        env = env == null ? List.of() : List.copyOf(env);
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
        entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
        workingDir = workingDir == null ? "" : workingDir;
        exposedPorts = exposedPorts == null ? List.of() : List.copyOf(exposedPorts);
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
        stopSignal = stopSignal == null ? "" : stopSignal;
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        onBuild = onBuild == null ? List.of() : List.copyOf(onBuild);
        shell = shell == null ? List.of() : List.copyOf(shell);
    }

    public static final ImageConfig EMPTY = new ImageConfig(null, null, null, null, null, null, null, null, null, null, null, null);

    /** A HEALTHCHECK instruction's settings; {@code test} is e.g. {@code [CMD-SHELL, curl -f http://localhost/]}. */
    public record Healthcheck(List<String> test, long intervalNanos, long timeoutNanos, long startPeriodNanos, int retries) {
        public Healthcheck {
            test = test == null ? List.of() : List.copyOf(test);
        }
    }
}
