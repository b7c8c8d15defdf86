package io.dockertutor.engine.sim;

import io.dockertutor.engine.contract.EngineContract;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The engine contract on the simulated engine, with the lab engine's stand-in images. The tests switched off here are
 * simulator bugs the real engine showed, each with the exact difference; they run again once the simulator is fixed.
 */
class SimulatedEngineContractTest extends EngineContract implements io.dockertutor.engine.contract.EventsContract,
        io.dockertutor.engine.contract.DiskUsageContract {
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
    public Engine engine() {
        return engine;
    }
}
