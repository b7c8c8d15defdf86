package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.PullResponseItem;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ProgressEvent;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pull stream messages, as the daemon sends them (Engine API JSON), become the engine API's progress events. */
class ProgressMappingTest {
    private static final ObjectMapper JSON = com.github.dockerjava.core.DockerClientConfig.getDefaultObjectMapper();

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("{\"status\":\"Pulling from library/busybox\",\"id\":\"latest\"}",
                        Optional.of(ProgressEvent.of("latest", "Pulling from library/busybox"))),
                Arguments.of("{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"da05745fe707\"}",
                        Optional.of(ProgressEvent.of("da05745fe707", "Pulling fs layer"))),
                Arguments.of("{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1024,\"total\":1982358},"
                        + "\"progress\":\"[>    ]\",\"id\":\"da05745fe707\"}",
                        Optional.of(new ProgressEvent("da05745fe707", "Downloading", 1024, 1982358))),
                Arguments.of("{\"status\":\"Extracting\",\"progressDetail\":{\"current\":32768,\"total\":0},\"id\":\"da05745fe707\"}",
                        Optional.of(new ProgressEvent("da05745fe707", "Extracting", 32768, -1))),
                Arguments.of("{\"status\":\"Digest: sha256:a8351795bddf78f033f718dd6f02851618b9602cdd70b509ae59e22b7eec0c58\"}",
                        Optional.of(ProgressEvent.line("Digest: sha256:a8351795bddf78f033f718dd6f02851618b9602cdd70b509ae59e22b7eec0c58"))),
                Arguments.of("{\"status\":\"Status: Downloaded newer image for busybox:latest\"}",
                        Optional.of(ProgressEvent.line("Status: Downloaded newer image for busybox:latest"))),
                Arguments.of("{\"progressDetail\":{}}", Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void eachMessageKeepsTheDaemonsIdStatusAndByteCounts(String message, Optional<ProgressEvent> expected) throws Exception {
        assertThat(ProgressMapping.event(JSON.readValue(message, PullResponseItem.class))).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("errors")
    void anErrorInTheStreamEndsThePullInTheDaemonsWords(String message) throws Exception {
        PullResponseItem item = JSON.readValue(message, PullResponseItem.class);

        assertThatThrownBy(() -> ProgressMapping.event(item)).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.kind()).isEqualTo(EngineException.Kind.IN_STREAM);
            assertThat(e.getMessage()).isEqualTo("manifest for busybox:nosuch not found: manifest unknown: manifest unknown");
        });
    }

    static Stream<String> errors() {
        return Stream.of(
                "{\"errorDetail\":{\"message\":\"manifest for busybox:nosuch not found: manifest unknown: manifest unknown\"},"
                        + "\"error\":\"manifest for busybox:nosuch not found: manifest unknown: manifest unknown\"}",
                "{\"error\":\"manifest for busybox:nosuch not found: manifest unknown: manifest unknown\"}");
    }
}
