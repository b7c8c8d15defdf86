package io.dockertutor.engine.sim;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.contract.EventsContract;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The event log contract on the simulated engine, with the lab engine's stand-in images. */
class SimulatedEventsContractTest extends EventsContract {
    private static Catalog labCatalog;
    private SimulatedEngine engine;

    @BeforeAll
    static void loadLabCatalog() {
        labCatalog = new CatalogLoader().load(Path.of("..", "corpus", "lab-catalog.yaml"));
    }

    @BeforeEach
    void freshEngine() {
        engine = new SimulatedEngine(labCatalog, Clock.systemUTC());
    }

    @Override
    protected Engine engine() {
        return engine;
    }
}
