package io.dockertutor.tutor.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.Engine;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one place engines are opened: by either name, and every refusal one clear line in the learner's language. */
class EngineFactoryTest {
    private static final Map<String, String> NO_DAEMON = Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock");
    private static final TutorMessages ENGLISH = new TutorMessages(Locale.ENGLISH);
    private static final TutorMessages KOREAN = new TutorMessages(Locale.KOREAN);

    @TempDir
    Path workspace;

    @ParameterizedTest
    @CsvSource({"sim", "simulated"})
    void theSimulatedEngineOpensUnderEitherNameAndOffersUndo(String name) throws CannotOpenEngine {
        EngineFactory engines = EngineFactory.standard(null, Locale.ENGLISH, NO_DAEMON);

        try (Engine engine = engines.open(name, workspace, ENGLISH)) {
            assertThat(engine.capabilities().undo()).isTrue();
            assertThat(engine.describe()).isEqualTo("simulated");
        }
        assertThat(engines.canonical(name)).isEqualTo(EngineFactory.SIMULATED);
    }

    @Test
    void theStandardEnginesAreTheSimulatorAndTheRealDaemon() {
        assertThat(EngineFactory.standard(null, Locale.ENGLISH, NO_DAEMON).names()).containsExactly("sim", "docker");
        assertThat(EngineFactory.known("simulated")).isTrue();
        assertThat(EngineFactory.known("docker")).isTrue();
        assertThat(EngineFactory.known("podman")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | docker-tutor: unknown engine 'podman'. Use sim or docker.",
            "ko | docker-tutor: 알 수 없는 엔진 'podman'. sim 또는 docker를 쓰세요."})
    void anUnknownEngineIsRefusedInTheLearnersLanguage(String language, String message) {
        Locale locale = Locale.forLanguageTag(language);

        assertThatThrownBy(() -> EngineFactory.standard(null, locale, NO_DAEMON).open("podman", workspace, new TutorMessages(locale)))
                .isInstanceOf(CannotOpenEngine.class).hasMessage(message);
    }

    @Test
    void anUnreadableCatalogIsToldAsTheCatalogsFault() {
        EngineFactory engines = EngineFactory.standard(workspace.resolve("no-such-catalog.yaml"), Locale.KOREAN, NO_DAEMON);

        assertThatThrownBy(() -> engines.open("sim", workspace, KOREAN))
                .isInstanceOf(CannotOpenEngine.class).hasMessageStartingWith("docker-tutor: 이미지 카탈로그를 불러올 수 없습니다: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | Cannot connect to the Docker daemon at unix:///nonexistent/docker.sock",
            "ko | Docker 데몬(unix:///nonexistent/docker.sock)에 연결할 수 없습니다"})
    void aMissingDaemonIsOneMessageInTheLearnersLanguage(String language, String message) {
        Locale locale = Locale.forLanguageTag(language);
        EngineFactory engines = EngineFactory.standard(null, locale, NO_DAEMON);

        assertThatThrownBy(() -> engines.open("docker", workspace, new TutorMessages(locale)))
                .isInstanceOf(CannotOpenEngine.class).hasMessageStartingWith(message);
    }

    @Test
    void aRegisteredStandInIsOpenedInsteadOfTheStandardEngine() throws CannotOpenEngine {
        EngineFactory engines = EngineFactory.standard(null, Locale.ENGLISH, NO_DAEMON);
        engines.register("docker", (ws, messages) -> engines.open("sim", ws, messages));

        try (Engine engine = engines.open("docker", workspace, ENGLISH)) {
            assertThat(engine.describe()).isEqualTo("simulated");
        }
    }
}
