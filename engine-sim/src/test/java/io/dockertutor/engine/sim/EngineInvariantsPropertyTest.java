package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.RestartPolicy;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of engine operations, with the engine's invariants checked after every step: container
 * names unique, a host port bound by at most one container, every running container's image (or, after a forced
 * {@code rmi}, all of its layers) present,
 * no volume removed while a container uses it, and {@code ps} agreeing with {@code inspect}.
 */
class EngineInvariantsPropertyTest {
    private static final Catalog CATALOG = new CatalogLoader().loadDefault();
    private static final List<String> NAMES = List.of("web", "db", "app", "cache", "k1");
    private static final List<String> IMAGES = List.of("nginx", "nginx:stable", "busybox", "redis", "alpine:3.7");

    /** One operation, as the learner's command would ask the engine. */
    record Op(int kind, String name, String image, int port, int policy) {
    }

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 14), Arbitraries.of(NAMES),
                Arbitraries.of(IMAGES), Arbitraries.of(0, 8080, 8081, 9000), Arbitraries.integers().between(0, 3)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 1000)
    void invariantsHoldAfterEveryStep(@ForAll("sequences") List<Op> ops) {
        SimulatedEngine engine = new SimulatedEngine(CATALOG, Clock.systemUTC());
        for (Op op : ops) {
            try {
                apply(engine, op);
            } catch (EngineException | UnsupportedOperationException expected) {
                // Refusals are part of the behaviour under test; the invariants must hold after them too.
            }
            checkInvariants(engine);
        }
    }

    private static void apply(SimulatedEngine engine, Op op) {
        String[] policies = {"no", "always", "unless-stopped", "on-failure"};
        List<String> cmd = op.image().equals("busybox") ? List.of("sleep", "3600") : null;
        switch (op.kind()) {
            case 0 -> engine.pull(ImageReference.parse(op.image()), e -> { });
            case 1, 2 -> {
                List<PortBinding> ports = op.port() == 0 ? List.of() : List.of(new PortBinding(80, "tcp", "", op.port()));
                String id = engine.createContainer(ContainerSpec.builder(op.image()).name(op.name()).cmd(cmd).portBindings(ports)
                        .restartPolicy(new RestartPolicy(policies[op.policy()], 0)).build());
                if (op.kind() == 2) {
                    engine.startContainer(id);
                }
            }
            case 3 -> engine.startContainer(op.name());
            case 4 -> engine.stopContainer(op.name(), null, null);
            case 5 -> engine.killContainer(op.name(), null);
            case 6 -> engine.removeContainer(op.name(), op.policy() > 1, false);
            case 7 -> engine.removeImage(op.image(), op.policy() > 1, false);
            case 8 -> engine.renameContainer(op.name(), NAMES.get((NAMES.indexOf(op.name()) + 1) % NAMES.size()));
            case 9 -> engine.daemonControl().orElseThrow().restart();
            case 10 -> engine.pauseContainer(op.name());
            case 11 -> engine.restartContainer(op.name(), null, null);
            case 12 -> engine.createVolume("vol-" + op.name(), null, null, null);
            case 13 -> engine.removeVolume("vol-" + op.name(), op.policy() > 1);
            case 14 -> engine.createContainer(ContainerSpec.builder(op.image()).name(op.name()).cmd(cmd)
                    .binds(List.of("vol-" + op.name() + ":/data")).build());
            default -> throw new IllegalStateException("no operation " + op.kind());
        }
    }

    private static void checkInvariants(SimulatedEngine engine) {
        List<ContainerSummary> all = engine.listContainers(true, -1, false, Filters.NONE);
        Set<String> names = new HashSet<>();
        Set<String> hostPorts = new HashSet<>();
        for (ContainerSummary c : all) {
            assertThat(names.add(c.names().get(0))).as("unique name %s", c.names()).isTrue();
            ContainerDetails d = engine.inspectContainer(c.id(), false);
            assertThat(d.state().status()).as("ps and inspect agree on the state of %s", c.names()).isEqualTo(c.state());
            assertThat(d.name()).isEqualTo(c.names().get(0));
            assertThat(d.imageId()).isEqualTo(c.imageId());
            if (d.state().running()) {
                // A forced rmi may remove the image record of a stopped container that is started later, as in real
                // Docker; what must stay is the content it runs on: the image, or all of its layers.
                SimContainer sc = engine.state().containers.get(c.id());
                boolean content = engine.state().images.byId(d.imageId()).isPresent()
                        || sc.imageLayers.stream().allMatch(engine.state().images::hasLayer);
                assertThat(content).as("image content of running %s", c.names()).isTrue();
            }
            d.mounts().stream().filter(m -> m.type().equals("volume"))
                    .forEach(m -> assertThat(engine.inspectVolume(m.name()).name()).as("volume used by %s", c.names()).isEqualTo(m.name()));
            c.ports().stream().filter(PortBinding::published).map(p -> p.protocol() + "/" + p.hostIp() + "/" + p.hostPort())
                    .forEach(p -> assertThat(hostPorts.add(p)).as("host port %s bound once", p).isTrue());
        }
    }
}
