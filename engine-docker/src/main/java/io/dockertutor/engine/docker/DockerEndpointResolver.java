package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Resolves the daemon endpoint the way the docker CLI does ({@code cli/command/cli.go}, resolveContextName):
 * {@code DOCKER_HOST} first, then the context named by {@code DOCKER_CONTEXT}, then {@code currentContext} of
 * {@code $DOCKER_CONFIG/config.json} (default {@code ~/.docker}), then the default socket. A context's endpoint comes
 * from {@code contexts/meta/<sha256 of its name>/meta.json} and its TLS material from
 * {@code contexts/tls/<sha256>/docker}. (docker-java resolves contexts too, but neither says which source won nor
 * follows the CLI when DOCKER_HOST and a TLS context meet, and the tutor names the source in its messages.)
 *
 * <pre>{@code
 * DockerEndpoint endpoint = DockerEndpointResolver.fromEnvironment();   // what `docker` would talk to
 * }</pre>
 */
public final class DockerEndpointResolver {
    private final Map<String, String> env;
    private final Path home;

    /** Resolves from {@code env} (environment variables) and {@code home} (the user's home directory). */
    public DockerEndpointResolver(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    public static DockerEndpoint fromEnvironment() {
        return new DockerEndpointResolver(System.getenv(), Path.of(System.getProperty("user.home"))).resolve();
    }

    /**
     * Connects to the daemon the docker CLI would use; a configuration that names no usable endpoint is told like a
     * missing daemon, in {@code locale}.
     *
     * @throws EngineUnavailableException when no daemon answers or the configuration is broken
     */
    public DockerJavaEngine connect(String sessionId, java.util.Locale locale) {
        DockerEndpoint endpoint;
        try {
            endpoint = resolve();
        } catch (DockerEndpointException e) {
            throw new ConnectionMessages(locale).exception(e);
        }
        return DockerJavaEngine.connect(endpoint, configDir(), sessionId, locale);
    }

    /** {@code $DOCKER_CONFIG}, or {@code ~/.docker}. */
    public Path configDir() {
        String dir = value("DOCKER_CONFIG");
        return dir != null ? Path.of(dir) : home.resolve(".docker");
    }

    /**
     * The endpoint the docker CLI would use.
     *
     * @throws DockerEndpointException when a named context does not exist or its files cannot be read
     */
    public DockerEndpoint resolve() {
        boolean tlsFromEnv = value("DOCKER_TLS_VERIFY") != null;
        Path certFromEnv = value("DOCKER_CERT_PATH") != null ? Path.of(value("DOCKER_CERT_PATH")) : configDir();
        String host = value("DOCKER_HOST");
        if (host != null) {
            return new DockerEndpoint(URI.create(host), tlsFromEnv, tlsFromEnv ? certFromEnv : null, "DOCKER_HOST");
        }
        String context = value("DOCKER_CONTEXT");
        if (context == null) {
            context = currentContext();
        }
        if (context == null || context.equals("default")) {
            return new DockerEndpoint(DockerEndpoint.DEFAULT_HOST, tlsFromEnv, tlsFromEnv ? certFromEnv : null, "default");
        }
        return fromContext(context);
    }

    private DockerEndpoint fromContext(String name) {
        String hash = sha256(name);
        Path meta = configDir().resolve("contexts").resolve("meta").resolve(hash).resolve("meta.json");
        JsonNode docker = read(meta, DockerEndpointException.Problem.CONTEXT_NOT_FOUND, name).path("Endpoints").path("docker");
        String host = docker.path("Host").asText("");
        if (host.isEmpty()) {
            throw new DockerEndpointException(DockerEndpointException.Problem.CONTEXT_NOT_FOUND, name);
        }
        Path tls = configDir().resolve("contexts").resolve("tls").resolve(hash).resolve("docker");
        boolean hasTls = Files.isDirectory(tls);
        boolean verify = hasTls && !docker.path("SkipTLSVerify").asBoolean(false);
        return new DockerEndpoint(URI.create(host), verify, hasTls ? tls : null, "context " + name);
    }

    private String currentContext() {
        Path config = configDir().resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return null;
        }
        String current = read(config, DockerEndpointException.Problem.CONFIG_UNREADABLE, config.toString())
                .path("currentContext").asText("");
        return current.isBlank() ? null : current;
    }

    private static JsonNode read(Path file, DockerEndpointException.Problem problem, String subject) {
        if (!Files.isRegularFile(file)) {
            throw new DockerEndpointException(problem, subject);
        }
        try {
            return new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DockerEndpointException(DockerEndpointException.Problem.CONFIG_UNREADABLE, file.toString());
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The CLI treats an empty variable as unset. */
    private String value(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
