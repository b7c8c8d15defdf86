package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.EngineException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** docker-java's failures as the engine API's errors: the daemon's own words, or a localized "no daemon". */
class DaemonErrorsTest {
    private static final DockerEndpoint SOCKET = new DockerEndpoint(URI.create("unix:///var/run/docker.sock"), false, null, "default");
    private final DaemonErrors english = new DaemonErrors(SOCKET, Locale.ENGLISH);
    private final DaemonErrors korean = new DaemonErrors(SOCKET, Locale.KOREAN);

    @ParameterizedTest
    @CsvSource({"400, BAD_REQUEST", "401, FORBIDDEN", "403, FORBIDDEN", "404, NOT_FOUND", "409, CONFLICT", "500, SERVER_ERROR",
            "503, SERVER_ERROR"})
    void theHttpStatusDecidesTheKind(int status, Kind kind) {
        assertThat(english.map(new DockerException("{\"message\":\"x\"}", status)).kind()).isEqualTo(kind);
    }

    @Test
    void theDaemonsMessageIsTakenFromItsJsonBody() {
        RuntimeException e = english.map(new NotFoundException("{\"message\":\"No such container: web\"}\n"));

        assertThat(e).isInstanceOf(EngineException.class).hasMessage("No such container: web");
        assertThat(((EngineException) e).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void aBodyThatIsNotTheApisJsonIsPassedOnTrimmed() {
        assertThat(english.map(new ConflictException("  plain text from a proxy \n"))).hasMessage("plain text from a proxy");
    }

    static Stream<Arguments> connectionFailures() {
        return Stream.of(
                Arguments.of(new RuntimeException(new IOException("No such file or directory")), EngineUnavailableException.Problem.NO_DAEMON),
                Arguments.of(new RuntimeException(new ConnectException("Connection refused")), EngineUnavailableException.Problem.NO_DAEMON),
                Arguments.of(new RuntimeException(new IOException(new RuntimeException("[13] Permission denied"))),
                        EngineUnavailableException.Problem.PERMISSION_DENIED),
                Arguments.of(new RuntimeException(new SSLHandshakeException("PKIX path building failed")), EngineUnavailableException.Problem.TLS),
                Arguments.of(new DockerClientException("Enabled TLS verification (DOCKER_TLS_VERIFY=1) but certificate path "
                        + "(DOCKER_CERT_PATH) '/certs' doesn't exist."), EngineUnavailableException.Problem.TLS),
                Arguments.of(new RuntimeException(new java.net.SocketTimeoutException("Read timed out")), EngineUnavailableException.Problem.TIMEOUT));
    }

    @ParameterizedTest
    @MethodSource("connectionFailures")
    void failuresToReachTheDaemonAreClassified(RuntimeException failure, EngineUnavailableException.Problem problem) {
        RuntimeException e = english.map(failure);

        assertThat(e).isInstanceOfSatisfying(EngineUnavailableException.class, u -> {
            assertThat(u.problem()).isEqualTo(problem);
            assertThat(u.kind()).isEqualTo(Kind.UNAVAILABLE);
        });
    }

    @Test
    void permissionDeniedAdvisesJoiningTheDockerGroupInBothLanguages() {
        RuntimeException failure = new RuntimeException(new IOException("Permission denied"));

        assertThat(english.map(failure).getMessage())
                .startsWith("permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock")
                .contains("sudo usermod -aG docker ${USER}");
        assertThat(korean.map(failure).getMessage()).contains("docker 그룹").contains("sudo usermod -aG docker ${USER}");
    }

    @Test
    void noDaemonAtAMissingSocketIsToldWithTheAddressAndWhereItCameFrom(@TempDir Path dir) {
        DockerEndpoint nowhere = new DockerEndpoint(URI.create("unix://" + dir.resolve("docker.sock")), false, null, "DOCKER_HOST");

        assertThatThrownBy(() -> DockerJavaEngine.connect(nowhere, dir, "s", Locale.ENGLISH))
                .isInstanceOfSatisfying(EngineUnavailableException.class, e -> {
                    assertThat(e.problem()).isEqualTo(EngineUnavailableException.Problem.NO_DAEMON);
                    assertThat(e.getMessage()).startsWith("Cannot connect to the Docker daemon at unix://" + dir.resolve("docker.sock")
                            + ". Is the docker daemon running?\n(address from DOCKER_HOST)");
                });
        assertThatThrownBy(() -> DockerJavaEngine.connect(nowhere, dir, "s", Locale.KOREAN))
                .hasMessageStartingWith("Docker 데몬(unix://" + dir.resolve("docker.sock") + ")에 연결할 수 없습니다.");
    }

    @Test
    void aClosedTcpPortIsNoDaemon(@TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DockerEndpoint closed = new DockerEndpoint(URI.create("tcp://127.0.0.1:" + port), false, null, "DOCKER_HOST");

        assertThatThrownBy(() -> DockerJavaEngine.connect(closed, dir, "s", Locale.ENGLISH))
                .isInstanceOfSatisfying(EngineUnavailableException.class,
                        e -> assertThat(e.problem()).isEqualTo(EngineUnavailableException.Problem.NO_DAEMON));
    }

    @Test
    void sshHostsAreRefusedWithAForwardingRecipe(@TempDir Path dir) {
        DockerEndpoint ssh = new DockerEndpoint(URI.create("ssh://learner@lab"), false, null, "context lab");

        assertThatThrownBy(() -> DockerJavaEngine.connect(ssh, dir, "s", Locale.ENGLISH))
                .isInstanceOfSatisfying(EngineUnavailableException.class, e -> {
                    assertThat(e.problem()).isEqualTo(EngineUnavailableException.Problem.SSH_UNSUPPORTED);
                    assertThat(e.getMessage()).contains("ssh://learner@lab").contains("ssh -NL /tmp/docker.sock:/var/run/docker.sock");
                });
    }

    @Test
    void missingTlsCertificatesAreATlsProblem(@TempDir Path dir) {
        DockerEndpoint tls = new DockerEndpoint(URI.create("tcp://127.0.0.1:2376"), true, dir.resolve("nocerts"), "DOCKER_HOST");

        assertThatThrownBy(() -> DockerJavaEngine.connect(tls, dir, "s", Locale.ENGLISH))
                .isInstanceOfSatisfying(EngineUnavailableException.class,
                        e -> assertThat(e.problem()).isEqualTo(EngineUnavailableException.Problem.TLS));
    }

    @Test
    void onceClosedToOthersACallAlreadyUnderWayFinishesAndNoOtherThreadStartsOne() throws Exception {
        DaemonErrors errors = new DaemonErrors(SOCKET, Locale.ENGLISH);
        java.util.concurrent.CountDownLatch inCall = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> second = new java.util.concurrent.atomic.AtomicReference<>();
        Thread validation = new Thread(() -> {
            errors.run(() -> {
                inCall.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                errors.run(() -> { });
            } catch (Throwable t) {
                second.set(t);
            }
        });
        validation.start();
        inCall.await();

        errors.closeToOthers();
        assertThat(errors.awaitOthers(50)).as("the call under way is waited for").isFalse();
        release.countDown();
        assertThat(errors.awaitOthers(5_000)).isTrue();
        validation.join(5_000);

        assertThat(second.get()).isInstanceOf(EngineException.class).hasMessage("docker-tutor is stopping");
        assertThat(errors.call(() -> "the closing thread goes on")).isEqualTo("the closing thread goes on");
    }
}
