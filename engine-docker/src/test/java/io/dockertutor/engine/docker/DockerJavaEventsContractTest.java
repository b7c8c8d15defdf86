package io.dockertutor.engine.docker;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.contract.EventsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event log contract on a real Docker engine (the lab engine); skipped when none
 * answers. Each test has its own session and cleans up what it made.
 */
@ExtendWith(RealEngineExtension.class)
class DockerJavaEventsContractTest extends EventsContract {
    private DockerJavaEngine engine;

    @BeforeEach
    void connect() {
        engine = RealEngineExtension.connect();
    }

    @AfterEach
    void cleanUp() {
        if (engine != null) {
            engine.ownership().cleanUp();
            engine.close();
        }
    }

    @Override
    protected Engine engine() {
        return engine;
    }
}
