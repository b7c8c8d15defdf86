package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docker CLI's order of endpoint sources, on fixture config directories ({@code docker-config/*}; the real
 * {@code docker context ls} lists the same contexts from them).
 */
class DockerEndpointResolverTest {
    @TempDir
    Path home;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DockerEndpointResolverTest.class.getResource("docker-config/" + name).toURI());
    }

    private DockerEndpoint resolve(String configFixture, String... env) throws URISyntaxException {
        Map<String, String> vars = new HashMap<>();
        if (configFixture != null) {
            vars.put("DOCKER_CONFIG", fixture(configFixture).toString());
        }
        for (int i = 0; i < env.length; i += 2) {
            vars.put(env[i], env[i + 1]);
        }
        return new DockerEndpointResolver(vars, home).resolve();
    }

    @Test
    void withNothingSetTheDefaultSocketIsUsed() throws Exception {
        DockerEndpoint e = resolve(null);

        assertThat(e.host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(e.tlsVerify()).isFalse();
        assertThat(e.source()).isEqualTo("default");
    }

    @Test
    void theCurrentContextOfConfigJsonNamesTheEndpoint() throws Exception {
        DockerEndpoint e = resolve("with-context");

        assertThat(e.host()).isEqualTo(URI.create("tcp://lab.example:2375"));
        assertThat(e.source()).isEqualTo("context lab");
        assertThat(e.tlsVerify()).isFalse();
    }

    @Test
    void dockerHostWinsOverTheCurrentContext() throws Exception {
        DockerEndpoint e = resolve("with-context", "DOCKER_HOST", "tcp://10.0.0.5:2375");

        assertThat(e.host()).isEqualTo(URI.create("tcp://10.0.0.5:2375"));
        assertThat(e.source()).isEqualTo("DOCKER_HOST");
    }

    @Test
    void anEmptyDockerHostCountsAsUnset() throws Exception {
        assertThat(resolve("with-context", "DOCKER_HOST", "").source()).isEqualTo("context lab");
    }

    @Test
    void dockerContextWinsOverConfigJson() throws Exception {
        DockerEndpoint e = resolve("with-context", "DOCKER_CONTEXT", "desktop");

        assertThat(e.host()).isEqualTo(URI.create("unix:///home/learner/.docker/desktop/docker.sock"));
        assertThat(e.source()).isEqualTo("context desktop");
    }

    @Test
    void theDefaultContextIsTheDefaultSocket() throws Exception {
        assertThat(resolve("with-context", "DOCKER_CONTEXT", "default").host()).isEqualTo(DockerEndpoint.DEFAULT_HOST);
    }

    @Test
    void aContextWithTlsFilesVerifiesWithThem() throws Exception {
        DockerEndpoint e = resolve("with-context", "DOCKER_CONTEXT", "remote-tls");

        assertThat(e.tlsVerify()).isTrue();
        assertThat(e.certPath()).isEqualTo(fixture("with-context").resolve("contexts/tls")
                .resolve(DockerEndpointResolver.sha256("remote-tls")).resolve("docker"));
        assertThat(e.certPath().resolve("ca.pem")).exists();
    }

    @Test
    void skipTlsVerifyTurnsVerificationOff() throws Exception {
        assertThat(resolve("with-context", "DOCKER_CONTEXT", "skip-verify").tlsVerify()).isFalse();
    }

    @Test
    void tlsVerifyTakesTheCertificatesFromDockerCertPath() throws Exception {
        DockerEndpoint e = resolve(null, "DOCKER_HOST", "tcp://lab:2376", "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs");

        assertThat(e.tlsVerify()).isTrue();
        assertThat(e.certPath()).isEqualTo(Path.of("/certs"));
    }

    @Test
    void tlsVerifyWithoutCertPathUsesTheConfigDirectory() throws Exception {
        DockerEndpoint e = resolve(null, "DOCKER_HOST", "tcp://lab:2376", "DOCKER_TLS_VERIFY", "1");

        assertThat(e.certPath()).isEqualTo(home.resolve(".docker"));
    }

    @Test
    void noConfigJsonMeansTheDefaultSocket() throws Exception {
        assertThat(resolve("plain").source()).isEqualTo("default");
    }

    @Test
    void aCurrentContextThatDoesNotExistIsReportedByName() {
        assertThatThrownBy(() -> resolve("missing-context")).isInstanceOfSatisfying(DockerEndpointException.class, e -> {
            assertThat(e.problem()).isEqualTo(DockerEndpointException.Problem.CONTEXT_NOT_FOUND);
            assertThat(e.subject()).isEqualTo("gone");
        });
    }

    @Test
    void aConfigJsonThatIsNotJsonIsReportedWithItsPath() {
        assertThatThrownBy(() -> resolve("broken")).isInstanceOfSatisfying(DockerEndpointException.class, e -> {
            assertThat(e.problem()).isEqualTo(DockerEndpointException.Problem.CONFIG_UNREADABLE);
            assertThat(e.subject()).endsWith("broken/config.json");
        });
    }

    @Test
    void theContextDirectoryIsTheSha256OfTheName() {
        assertThat(DockerEndpointResolver.sha256("lab")).isEqualTo("a51146d38077ff992eba84cf1d5e9b249073503eb74868699016153b031a38f7");
    }
}
