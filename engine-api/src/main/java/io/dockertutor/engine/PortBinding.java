package io.dockertutor.engine;

/**
 * A container port and, when published, where on the host it is bound.
 *
 * @param containerPort the port inside the container
 * @param protocol      {@code tcp}, {@code udp} or {@code sctp}
 * @param hostIp        the host address ({@code 0.0.0.0}, {@code ::}, {@code 127.0.0.1}), or empty when not published
 * @param hostPort      the host port, 0 when not published (or, in a request, when the engine should choose one)
 */
public record PortBinding(int containerPort, String protocol, String hostIp, int hostPort) {
    public PortBinding {
        hostIp = hostIp == null ? "" : hostIp;
        protocol = protocol == null || protocol.isEmpty() ? "tcp" : protocol;
    }

    public boolean published() {
        return !hostIp.isEmpty() || hostPort > 0;
    }

    /** {@code 80/tcp}, the key Docker uses for a container port. */
    public String portKey() {
        return containerPort + "/" + protocol;
    }
}
