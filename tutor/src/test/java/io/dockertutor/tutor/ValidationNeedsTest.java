package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.EngineCapabilities;
import org.junit.jupiter.api.Test;

/** What {@code validate} skips follows from the engine's capabilities, and Docker Hub is never asked on a real engine. */
class ValidationNeedsTest {

    @Test
    void onTheSimulatorNothingIsSkipped() {
        EngineCapabilities simulator = EngineCapabilities.NONE.withUndo().withDaemonRestart().withEngineFiles();

        assertThat(ValidateCommand.unavailable("sim", simulator)).isEmpty();
    }

    @Test
    void onARealEngineStepsNeedingDockerHubTheDaemonOrItsFilesAreSkipped() {
        EngineCapabilities real = EngineCapabilities.NONE.withConcurrentCalls();

        assertThat(ValidateCommand.unavailable("docker", real)).containsExactlyInAnyOrder("internet", "daemon", "engine-files");
    }
}
