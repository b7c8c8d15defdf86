package io.dockertutor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A spec built from an image alone is {@code docker create IMAGE}; a copy changes only what it names. */
class ContainerSpecBuilderTest {

    @Test
    void anImageAloneBuildsWhatDockerCreateImageMeans() {
        ContainerSpec spec = ContainerSpec.builder("nginx").build();

        assertThat(spec).isEqualTo(new ContainerSpec(null, "nginx", null, null, null, null, null, null, null, null, null,
                false, null, null, null, null, false, null, null, false, false, null, null, false, null));
        assertThat(spec.name()).isNull();
        assertThat(spec.cmd()).as("the image's CMD").isNull();
        assertThat(spec.entrypoint()).as("the image's ENTRYPOINT").isNull();
        assertThat(spec.restartPolicy()).isEqualTo(RestartPolicy.NO);
        assertThat(spec.network()).isEqualTo("default");
        assertThat(spec.env()).isEmpty();
        assertThat(spec.portBindings()).isEmpty();
        assertThat(spec.stopTimeout()).isNull();
        assertThat(ContainerSpec.of("web", "nginx", List.of("true"))).isEqualTo(ContainerSpec.builder("nginx").name("web")
                .cmd(List.of("true")).build());
    }

    @Test
    void aCopyKeepsEveryComponentButTheOnesItChanges() {
        ContainerSpec full = new ContainerSpec("web", "nginx:stable", List.of("nginx"), List.of("/entry"), List.of("A=1"),
                Map.of("team", "blue"), "/srv", "nobody", "box", List.of("80/tcp"), List.of(new PortBinding(80, "tcp", "", 8080)),
                true, List.of("data:/data"), List.of(new MountSpec("tmpfs", null, "/t", false)), List.of("/run"),
                new RestartPolicy("on-failure", 3), true, "backend", List.of("api"), true, true, "SIGQUIT", 5, true,
                Map.of("cap-add", List.of("NET_ADMIN")));

        assertThat(full.toBuilder().build()).isEqualTo(full);
        ContainerSpec moved = full.toBuilder().binds(List.of("other:/data")).build();
        assertThat(moved.binds()).containsExactly("other:/data");
        assertThat(moved.toBuilder().binds(full.binds()).build()).isEqualTo(full);
    }
}
