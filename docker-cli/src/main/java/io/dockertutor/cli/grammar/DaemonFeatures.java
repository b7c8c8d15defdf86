package io.dockertutor.cli.grammar;

import java.util.Map;
import java.util.Optional;

/**
 * What the docker CLI learns of its daemon from {@code /_ping} and reads against the annotations of its commands and
 * flags (cmd/docker's {@code hideUnsupportedFeatures} and {@code isSupported}): the negotiated API version, the OS
 * type, experimental features, and the swarm state, which daemons send from API 1.42 on (older ones send none, and
 * then nothing is hidden for swarm).
 *
 * <pre>{@code
 * DaemonFeatures lab = DaemonFeatures.linux("1.41");
 * lab.hides(Map.of("version", "1.43"));   // true: --annotation needs API 1.43
 * }</pre>
 *
 * @param apiVersion     the API version the client speaks with the daemon
 * @param osType         {@code linux} or {@code windows}; empty when unknown (no daemon)
 * @param experimental   whether the daemon runs with experimental features
 * @param swarmNodeState the node's swarm state ({@code inactive}, {@code active} ...), or null when not reported
 * @param swarmManager   whether the node is a swarm manager
 */
public record DaemonFeatures(String apiVersion, String osType, boolean experimental, String swarmNodeState,
                             boolean swarmManager) {
    /** The API version from which daemons report their swarm state on {@code /_ping}. */
    private static final String SWARM_HEADER_API = "1.42";

    /**
     * A Linux daemon without experimental features, outside swarm, speaking {@code apiVersion}: the simulator and
     * every engine the tutor drives.
     */
    public static DaemonFeatures linux(String apiVersion) {
        return new DaemonFeatures(apiVersion, "linux", false,
                olderThan(apiVersion, SWARM_HEADER_API) ? null : "inactive", false);
    }

    /** No daemon answered: the client assumes experimental features and its own API version, so hides nothing. */
    public static DaemonFeatures unreachable(String clientApiVersion) {
        return new DaemonFeatures(clientApiVersion, "", true, null, false);
    }

    /** Whether cmd/docker hides a command or flag carrying {@code annotations} from this daemon's help. */
    public boolean hides(Map<String, String> annotations) {
        if (annotations.containsKey("experimental") && !experimental) {
            return true;
        }
        String os = annotations.get("ostype");
        if (os != null && !osType.isEmpty() && !os.equals(osType)) {
            return true;
        }
        String swarm = annotations.get("swarm");
        if (swarm != null && swarmNodeState != null
                && (swarm.equals("manager") && !swarmManager || swarm.equals("active") && swarmNodeState.equals("inactive"))) {
            return true;
        }
        String version = annotations.get("version");
        return version != null && olderThan(apiVersion, version);
    }

    /**
     * cmd/docker's {@code areSubcommandsSupported} for one command or ancestor: why {@code commandLine} cannot be
     * used with this daemon (printed instead of its help), or empty.
     */
    public Optional<String> refusal(String commandLine, Map<String, String> annotations) {
        String version = annotations.get("version");
        if (version != null && olderThan(apiVersion, version)) {
            return Optional.of(commandLine + " requires API version " + version
                    + ", but the Docker daemon API version is " + apiVersion);
        }
        String os = annotations.get("ostype");
        if (os != null && !osType.isEmpty() && !os.equals(osType)) {
            return Optional.of(commandLine + " is only supported on a Docker daemon running on " + os
                    + ", but the Docker daemon is running on " + osType);
        }
        if (annotations.containsKey("experimental") && !experimental) {
            return Optional.of(commandLine + " is only supported on a Docker daemon with experimental features enabled");
        }
        return Optional.empty();
    }

    /** moby's {@code versions.LessThan}: dotted numbers compared part by part. */
    public static boolean olderThan(String version, String other) {
        String[] a = version.split("\\.");
        String[] b = other.split("\\.");
        for (int k = 0; k < Math.max(a.length, b.length); k++) {
            int x = k < a.length ? parse(a[k]) : 0;
            int y = k < b.length ? parse(b[k]) : 0;
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    private static int parse(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
