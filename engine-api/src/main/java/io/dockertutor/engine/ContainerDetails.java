package io.dockertutor.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One container as {@code GET /containers/{id}/json} describes it: what {@code docker container inspect} prints.
 *
 * @param name        with the leading slash, {@code /web}
 * @param path        the executable run ({@code /docker-entrypoint.sh})
 * @param args        its arguments
 * @param imageId     {@code sha256:...}
 * @param config      the container's own config: {@code Image} is the name as given
 * @param hostConfig  how it runs on the host
 * @param network     addresses and published ports
 */
public record ContainerDetails(
        String id,
        Instant created,
        String path,
        List<String> args,
        ContainerState state,
        String imageId,
        String name,
        int restartCount,
        List<MountPoint> mounts,
        Config config,
        HostConfig hostConfig,
        NetworkSettings network,
        long sizeRw,
        long sizeRootFs) {

    public ContainerDetails {
        args = List.copyOf(args);
        mounts = List.copyOf(mounts);
    }

    /**
     * {@code Config}: what the container runs, merged from the image and the create request. The three
     * {@code attach*} flags are what the client asked for: {@code docker run -d} sends them false, a foreground
     * {@code docker run} and {@code docker create} true (stdin only with {@code -i}).
     */
    public record Config(String hostname, String user, List<String> env, List<String> cmd, List<String> entrypoint,
                         String image, String workingDir, Map<String, String> labels, List<String> exposedPorts,
                         List<String> volumes, boolean tty, boolean openStdin, String stopSignal, Integer stopTimeout,
                         boolean attachStdin, boolean attachStdout, boolean attachStderr) {
        public Config {
            env = env == null ? List.of() : List.copyOf(env);
            cmd = cmd == null ? List.of() : List.copyOf(cmd);
            entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            exposedPorts = exposedPorts == null ? List.of() : List.copyOf(exposedPorts);
            volumes = volumes == null ? List.of() : List.copyOf(volumes);
        }
    }

    /**
     * {@code HostConfig}: binds as typed, requested port bindings, restart policy, network mode, whether the root
     * file system is read-only ({@code --read-only}), {@code ExtraHosts} as the client sent them ({@code name:ip}) and
     * the legacy {@code Links} as the daemon shows them ({@code /db:/web/db}).
     */
    public record HostConfig(List<String> binds, List<PortBinding> portBindings, RestartPolicy restartPolicy,
                             boolean autoRemove, String networkMode, boolean publishAllPorts, List<MountSpec> mounts,
                             List<String> tmpfs, Resources resources, boolean readonlyRootfs, List<String> extraHosts,
                             List<String> links) {
        public HostConfig {
            extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
            links = links == null ? List.of() : List.copyOf(links);
            binds = binds == null ? List.of() : List.copyOf(binds);
            portBindings = portBindings == null ? List.of() : List.copyOf(portBindings);
            mounts = mounts == null ? List.of() : List.copyOf(mounts);
            tmpfs = tmpfs == null ? List.of() : List.copyOf(tmpfs);
            resources = resources == null ? Resources.NONE : resources;
        }

        /** Without resource limits, the root file system writable. */
        public HostConfig(List<String> binds, List<PortBinding> portBindings, RestartPolicy restartPolicy, boolean autoRemove,
                          String networkMode, boolean publishAllPorts, List<MountSpec> mounts, List<String> tmpfs) {
            this(binds, portBindings, restartPolicy, autoRemove, networkMode, publishAllPorts, mounts, tmpfs, Resources.NONE, false,
                    List.of(), List.of());
        }
    }

    /** {@code NetworkSettings}: published ports (exposed ones with no binding too) and one entry per network. */
    public record NetworkSettings(List<PortBinding> ports, Map<String, Endpoint> networks) {
        public NetworkSettings {
            ports = List.copyOf(ports);
            networks = networks == null ? Map.of() : Map.copyOf(networks);
        }
    }

    /**
     * A container's place on one network; {@code requestedIpv4} is the address the learner asked for ({@code --ip},
     * {@code IPAMConfig.IPv4Address}), empty when the network chose.
     */
    public record Endpoint(String networkId, String endpointId, String gateway, String ipAddress, int ipPrefixLen,
                           String macAddress, List<String> aliases, List<String> dnsNames, String requestedIpv4) {
        public Endpoint {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            dnsNames = dnsNames == null ? List.of() : List.copyOf(dnsNames);
            requestedIpv4 = requestedIpv4 == null ? "" : requestedIpv4;
        }
    }
}
