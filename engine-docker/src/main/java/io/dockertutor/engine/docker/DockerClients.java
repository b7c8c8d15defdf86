package io.dockertutor.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Opens a docker-java client for an endpoint over the Apache HttpClient 5 transport. Schemes docker-java cannot
 * speak ({@code ssh://}) and missing TLS material fail here, in the learner's language, before any request.
 */
final class DockerClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private DockerClients() {
    }

    static DockerClient open(DockerEndpoint endpoint, Path configDir, Locale locale) {
        ConnectionMessages messages = new ConnectionMessages(locale);
        switch (endpoint.scheme()) {
            case "unix", "npipe", "tcp" -> { }
            case "ssh" -> throw messages.exception(EngineUnavailableException.Problem.SSH_UNSUPPORTED, endpoint, null);
            default -> throw messages.exception(EngineUnavailableException.Problem.UNSUPPORTED_SCHEME, endpoint, null);
        }
        DefaultDockerClientConfig config;
        try {
            config = new DefaultDockerClientConfig.Builder()
                    .withDockerHost(endpoint.host().toString())
                    .withDockerTlsVerify(endpoint.tlsVerify())
                    .withDockerCertPath(endpoint.certPath() == null ? null : endpoint.certPath().toString())
                    .withDockerConfig(configDir.toString())
                    // The endpoint is resolved already; "default" keeps docker-java from applying a context again.
                    .withDockerContext("default")
                    .build();
        } catch (RuntimeException e) {
            throw new DaemonErrors(endpoint, locale).map(e);
        }
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .maxConnections(16)
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    /** Closes a client; closing a connection pool that failed is no news for the learner. */
    static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (java.io.IOException e) {
            // Nothing to tell.
        }
    }
}
