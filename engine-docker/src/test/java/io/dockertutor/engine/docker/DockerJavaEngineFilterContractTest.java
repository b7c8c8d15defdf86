package io.dockertutor.engine.docker;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException.Kind;
import io.dockertutor.engine.contract.CorpusMask;
import io.dockertutor.engine.contract.FilterContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filter contract on a real Docker engine (the lab engine: {@code scripts/lab-engine.sh up}); skipped when none
 * answers. Each test has its own session and cleans up what it made; Engine 20.10's older wording of filter errors is
 * rewritten by the corpus's documented rules ({@link CorpusMask#currentWording}) before comparing, and its 500
 * answers to refused filters stand for today's 400.
 */
@ExtendWith(RealEngineExtension.class)
class DockerJavaEngineFilterContractTest extends FilterContract {
    private static final String PREFIX = "Error response from daemon: ";
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

    /** Engine 20.10 answers 500 where today's engines answer 400 to a filter their validation refuses (moby 23 typed them). */
    @Override
    protected boolean sameKind(Kind today, Kind answered) {
        return today == answered || answered == Kind.SERVER_ERROR;
    }

    @Override
    protected String currentWording(String daemonMessage) {
        return CorpusMask.currentWording(PREFIX + daemonMessage).substring(PREFIX.length());
    }
}
