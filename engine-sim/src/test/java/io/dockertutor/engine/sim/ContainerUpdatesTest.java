package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerUpdate;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.Resources;
import io.dockertutor.engine.RestartPolicy;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContainerUpdatesTest {
    private SimulatedEngine engine;

    @BeforeEach
    void runSleeper() {
        engine = new SimulatedEngine(new CatalogLoader().loadDefault(), Clock.systemUTC());
        engine.pull(ImageReference.parse("busybox"), e -> { });
        engine.startContainer(engine.createContainer(ContainerSpec.builder("busybox").name("u1").cmd(List.of("sleep", "300")).build()));
    }

    private static Resources cpus(long nano) {
        return new Resources(0, 0, 0, nano, 0, 0, 0, "", "", 0, null);
    }

    @Test
    void anUpdatedPolicyAndLimitShowInInspectAndLaterUpdatesKeepWhatTheyDoNotSet() {
        engine.updateContainer("u1", new ContainerUpdate(new RestartPolicy("on-failure", 3), cpus(1_500_000_000L)));
        engine.updateContainer("u1", new ContainerUpdate(new RestartPolicy("always", 0), Resources.NONE));
        var host = engine.inspectContainer("u1", false).hostConfig();
        assertThat(host.restartPolicy().name()).isEqualTo("always");
        assertThat(host.resources().nanoCpus()).isEqualTo(1_500_000_000L);
    }

    @Test
    void moreCpusThanTheEngineHasAreRefusedBeforeTheContainerIsLookedUp() {
        assertThatThrownBy(() -> engine.updateContainer("nope", new ContainerUpdate(null, cpus(100_000_000_000L))))
                .hasMessage("Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available");
    }

    @Test
    void anAutoRemoveContainerKeepsItsPolicy() {
        String id = engine.createContainer(ContainerSpec.builder("busybox").name("r1").autoRemove(true).cmd(List.of("sleep", "300")).build());
        assertThatThrownBy(() -> engine.updateContainer("r1", new ContainerUpdate(new RestartPolicy("always", 0), Resources.NONE)))
                .hasMessage("Cannot update container " + id + ": Restart policy cannot be updated because AutoRemove is enabled for the container");
    }
}
