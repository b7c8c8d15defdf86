package io.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ContainerSpec} by naming only what differs from {@code docker create IMAGE}: no name (the
 * engine makes one up), the image's own entrypoint and command, no environment, labels, ports, mounts or
 * aliases, restart policy {@code no}, the default network, no TTY, no open stdin, the image's stop signal and
 * the engine's stop timeout.
 *
 * <pre>{@code
 * ContainerSpec web = ContainerSpec.builder("nginx").name("web")
 *         .portBindings(List.of(new PortBinding(80, "tcp", "", 8080))).build();
 * ContainerSpec copy = web.toBuilder().binds(List.of("data:/data")).build();
 * }</pre>
 */
public final class ContainerSpecBuilder {
    private String name;
    private String image;
    private List<String> cmd;
    private List<String> entrypoint;
    private List<String> env;
    private Map<String, String> labels;
    private String workingDir;
    private String user;
    private String hostname;
    private List<String> exposedPorts;
    private List<PortBinding> portBindings;
    private boolean publishAll;
    private List<String> binds;
    private List<MountSpec> mounts;
    private List<String> tmpfs;
    private RestartPolicy restartPolicy;
    private boolean autoRemove;
    private String network;
    private List<String> networkAliases;
    private boolean tty;
    private boolean openStdin;
    private String stopSignal;
    private Integer stopTimeout;
    private boolean detach;
    private Map<String, List<String>> hostOptions;

    ContainerSpecBuilder(String image) {
        this.image = image;
    }

    ContainerSpecBuilder(ContainerSpec s) {
        this(s.image());
        name = s.name();
        cmd = s.cmd();
        entrypoint = s.entrypoint();
        env = s.env();
        labels = s.labels();
        workingDir = s.workingDir();
        user = s.user();
        hostname = s.hostname();
        exposedPorts = s.exposedPorts();
        portBindings = s.portBindings();
        publishAll = s.publishAll();
        binds = s.binds();
        mounts = s.mounts();
        tmpfs = s.tmpfs();
        restartPolicy = s.restartPolicy();
        autoRemove = s.autoRemove();
        network = s.network();
        networkAliases = s.networkAliases();
        tty = s.tty();
        openStdin = s.openStdin();
        stopSignal = s.stopSignal();
        stopTimeout = s.stopTimeout();
        detach = s.detach();
        hostOptions = s.hostOptions();
    }

    public ContainerSpec build() {
        return new ContainerSpec(name, image, cmd, entrypoint, env, labels, workingDir, user, hostname, exposedPorts,
                portBindings, publishAll, binds, mounts, tmpfs, restartPolicy, autoRemove, network, networkAliases, tty,
                openStdin, stopSignal, stopTimeout, detach, hostOptions);
    }

    /**
     * Host-config values the engine checks but the tutor does not model further, by docker flag name
     * ({@code cap-add}, {@code cpu-period}, {@code log-driver}, ...): the simulator refuses bad ones as the daemon does.
     */
    public ContainerSpecBuilder hostOptions(Map<String, List<String>> hostOptions) {
        this.hostOptions = hostOptions;
        return this;
    }

    /** The container name, or null for a generated one. */
    public ContainerSpecBuilder name(String value) {
        name = value;
        return this;
    }

    public ContainerSpecBuilder image(String value) {
        image = value;
        return this;
    }

    /** The command after the image; null keeps the image's CMD. */
    public ContainerSpecBuilder cmd(List<String> value) {
        cmd = value;
        return this;
    }

    /** {@code --entrypoint}: null keeps the image's; an empty list clears it. */
    public ContainerSpecBuilder entrypoint(List<String> value) {
        entrypoint = value;
        return this;
    }

    /** {@code -e K=V} entries. */
    public ContainerSpecBuilder env(List<String> value) {
        env = value;
        return this;
    }

    public ContainerSpecBuilder labels(Map<String, String> value) {
        labels = value;
        return this;
    }

    public ContainerSpecBuilder workingDir(String value) {
        workingDir = value;
        return this;
    }

    public ContainerSpecBuilder user(String value) {
        user = value;
        return this;
    }

    public ContainerSpecBuilder hostname(String value) {
        hostname = value;
        return this;
    }

    /** {@code --expose} and the container ports of {@code -p}, as {@code 80/tcp}. */
    public ContainerSpecBuilder exposedPorts(List<String> value) {
        exposedPorts = value;
        return this;
    }

    /** {@code -p} values; host port 0 asks the engine for a free one. */
    public ContainerSpecBuilder portBindings(List<PortBinding> value) {
        portBindings = value;
        return this;
    }

    /** {@code -P}. */
    public ContainerSpecBuilder publishAll(boolean value) {
        publishAll = value;
        return this;
    }

    /** {@code -v} values as typed. */
    public ContainerSpecBuilder binds(List<String> value) {
        binds = value;
        return this;
    }

    /** {@code --mount} values. */
    public ContainerSpecBuilder mounts(List<MountSpec> value) {
        mounts = value;
        return this;
    }

    /** {@code --tmpfs} targets. */
    public ContainerSpecBuilder tmpfs(List<String> value) {
        tmpfs = value;
        return this;
    }

    public ContainerSpecBuilder restartPolicy(RestartPolicy value) {
        restartPolicy = value;
        return this;
    }

    /** {@code --rm}. */
    public ContainerSpecBuilder autoRemove(boolean value) {
        autoRemove = value;
        return this;
    }

    /** {@code bridge}, {@code host}, {@code none} or a user network name; null or empty for the default. */
    public ContainerSpecBuilder network(String value) {
        network = value;
        return this;
    }

    public ContainerSpecBuilder networkAliases(List<String> value) {
        networkAliases = value;
        return this;
    }

    /** {@code -t}. */
    public ContainerSpecBuilder tty(boolean value) {
        tty = value;
        return this;
    }

    /** {@code -i}. */
    public ContainerSpecBuilder openStdin(boolean value) {
        openStdin = value;
        return this;
    }

    public ContainerSpecBuilder stopSignal(String value) {
        stopSignal = value;
        return this;
    }

    /** Seconds, or null for the engine's default (10). */
    public ContainerSpecBuilder stopTimeout(Integer value) {
        stopTimeout = value;
        return this;
    }

    /** {@code -d}: no stream attached (the container's {@code AttachStdout} is false). */
    public ContainerSpecBuilder detach(boolean value) {
        detach = value;
        return this;
    }
}
