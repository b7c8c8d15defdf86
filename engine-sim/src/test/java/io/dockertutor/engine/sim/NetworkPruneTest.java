package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docker network prune} as moby's localNetworkPrune does it: a network goes unless it has endpoints, and only a
 * running (or paused) container has one; a stopped or never started container keeps no network.
 */
class NetworkPruneTest {
    private static Catalog catalog;
    private SimulatedEngine engine;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadDefault();
    }

    @BeforeEach
    void pullBusybox() {
        engine = new SimulatedEngine(catalog, Clock.systemUTC());
        engine.pull(ImageReference.parse("busybox"), e -> { });
    }

    private void network(String name) {
        engine.createNetwork(new NetworkSpec(name, null, false, false, Map.of(), null, null));
    }

    private String sleeper(String name, String network) {
        return engine.createContainer(ContainerSpec.builder("busybox").name(name).cmd(List.of("sleep", "300")).network(network).build());
    }

    @Test
    void aNetworkWhoseContainersAreAllStoppedIsPruned() {
        network("idle");
        String first = sleeper("first", "idle");
        String second = sleeper("second", "idle");
        engine.startContainer(first);
        engine.startContainer(second);
        engine.stopContainer(first, null, null);
        engine.stopContainer(second, null, null);

        assertThat(engine.pruneNetworks(Filters.NONE).removed()).containsExactly("idle");
        assertThat(engine.listNetworks(Filters.NONE)).noneMatch(n -> n.name().equals("idle"));
    }

    @Test
    void aNetworkOfACreatedContainerIsPruned() {
        network("fresh");
        sleeper("never-started", "fresh");

        assertThat(engine.pruneNetworks(Filters.NONE).removed()).containsExactly("fresh");
    }

    @Test
    void aNetworkWithARunningOrPausedContainerIsKept() {
        network("busy");
        network("held");
        engine.startContainer(sleeper("up", "busy"));
        String paused = sleeper("paused", "held");
        engine.startContainer(paused);
        engine.pauseContainer(paused);

        assertThat(engine.pruneNetworks(Filters.NONE).removed()).isEmpty();
        assertThat(engine.listNetworks(Filters.NONE)).extracting(n -> n.name()).contains("busy", "held");
    }
}
