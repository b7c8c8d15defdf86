package io.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * What {@code docker create} / {@code docker run} ask the engine to create ({@code POST /containers/create}).
 * Build one with {@link #builder(String)}, naming only what differs from {@code docker create IMAGE}:
 * {@code ContainerSpec.builder("nginx").name("web").autoRemove(true).build()}.
 *
 * @param name        the container name, or null for a generated one
 * @param image       the image as the learner typed it ({@code nginx}, {@code nginx:stable}, an id)
 * @param cmd         the command after the image, or null for the image's CMD
 * @param entrypoint  {@code --entrypoint}: null keeps the image's; an empty list clears it
 * @param binds       {@code -v} values as typed ({@code nginx_volume:/usr/share/nginx/html}, {@code /abs:/x:ro}, {@code /data})
 * @param mounts      {@code --mount} values, parsed by the client
 * @param tmpfs       {@code --tmpfs} targets
 * @param portBindings {@code -p} values, parsed by the client; host port 0 asks the engine for a free one
 * @param exposedPorts {@code --expose} and the container ports of {@code -p}, as {@code 80/tcp}
 * @param network     {@code bridge} (default), {@code host}, {@code none} or a user network name
 * @param stopTimeout seconds, or null for the default (10)
 * @param detach      {@code -d}: the client will not attach, so the container's config says no stream is attached
 *                    ({@code AttachStdout} false, as {@code docker run -d} sends it)
 * @param hostOptions host-config values by docker flag name ({@code cap-add}, {@code cpu-period}, {@code log-driver}, ...)
 *                    that the engine validates but the tutor does not model otherwise
 */
public record ContainerSpec(
        String name,
        String image,
        List<String> cmd,
        List<String> entrypoint,
        List<String> env,
        Map<String, String> labels,
        String workingDir,
        String user,
        String hostname,
        List<String> exposedPorts,
        List<PortBinding> portBindings,
        boolean publishAll,
        List<String> binds,
        List<MountSpec> mounts,
        List<String> tmpfs,
        RestartPolicy restartPolicy,
        boolean autoRemove,
        String network,
        List<String> networkAliases,
        boolean tty,
        boolean openStdin,
        String stopSignal,
        Integer stopTimeout,
        boolean detach,
        Map<String, List<String>> hostOptions) {

    public ContainerSpec {
        env = env == null ? List.of() : List.copyOf(env);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        exposedPorts = exposedPorts == null ? List.of() : List.copyOf(exposedPorts);
        portBindings = portBindings == null ? List.of() : List.copyOf(portBindings);
        binds = binds == null ? List.of() : List.copyOf(binds);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        tmpfs = tmpfs == null ? List.of() : List.copyOf(tmpfs);
        networkAliases = networkAliases == null ? List.of() : List.copyOf(networkAliases);
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
        network = network == null || network.isEmpty() ? "default" : network;
        workingDir = workingDir == null ? "" : workingDir;
        user = user == null ? "" : user;
        hostname = hostname == null ? "" : hostname;
        hostOptions = hostOptions == null ? Map.of() : Map.copyOf(hostOptions);
    }

    /** A builder whose defaults are what {@code docker create IMAGE} means. */
    public static ContainerSpecBuilder builder(String image) {
        return new ContainerSpecBuilder(image);
    }

    /** A builder holding this spec, to change a few components of a copy. */
    public ContainerSpecBuilder toBuilder() {
        return new ContainerSpecBuilder(this);
    }

    /** A spec with a name, an image and a command, the rest as {@code docker create IMAGE} has it. */
    public static ContainerSpec of(String name, String image, List<String> cmd) {
        return builder(image).name(name).cmd(cmd).build();
    }

    /** {@code --read-only}: the container's root file system is mounted read-only (a host option). */
    public boolean readOnlyRootfs() {
        List<String> values = hostOptions.getOrDefault("read-only", List.of());
        return !values.isEmpty() && Boolean.parseBoolean(values.get(values.size() - 1));
    }

    /** This spec with another restart policy ({@code docker update --restart}). */
    public ContainerSpec withRestartPolicy(RestartPolicy policy) {
        return new ContainerSpec(name, image, cmd, entrypoint, env, labels, workingDir, user, hostname, exposedPorts,
                portBindings, publishAll, binds, mounts, tmpfs, policy, autoRemove, network, networkAliases, tty, openStdin,
                stopSignal, stopTimeout, detach, hostOptions);
    }
}
