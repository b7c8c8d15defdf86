package io.dockertutor.engine.docker;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the Docker daemon is and how to reach it, as the docker CLI would resolve it (see
 * {@link DockerEndpointResolver}).
 *
 * @param host      {@code unix:///var/run/docker.sock}, {@code tcp://lab:2376}, {@code ssh://user@lab}
 * @param tlsVerify true when the client must speak TLS and verify the daemon's certificate
 * @param certPath  the directory holding {@code ca.pem}, {@code cert.pem} and {@code key.pem}, or null without TLS
 * @param source    what chose the host: {@code DOCKER_HOST}, {@code context NAME} or {@code default}
 */
public record DockerEndpoint(URI host, boolean tlsVerify, Path certPath, String source) {

    public static final URI DEFAULT_HOST = URI.create("unix:///var/run/docker.sock");

    public DockerEndpoint {
        if (host == null) {
            throw new IllegalArgumentException("host is required");
        }
    }

    /** The scheme in lower case: {@code unix}, {@code tcp}, {@code ssh}, {@code npipe}, {@code http(s)}. */
    public String scheme() {
        return host.getScheme() == null ? "" : host.getScheme().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return host + " (" + source + ")";
    }
}
