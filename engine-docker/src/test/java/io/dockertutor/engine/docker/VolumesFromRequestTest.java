package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumesFromRequestTest {
    @Test
    void volumesFromReachesTheDaemonInHostConfig() {
        ContainerSpec spec = ContainerSpec.builder("busybox").hostOptions(Map.of("volumes-from", List.of("web", "db:ro"))).build();
        var host = ContainerCreateRequest.body(spec, Map.of()).get("HostConfig");
        assertThat(host.get("VolumesFrom").toString()).isEqualTo("[\"web\",\"db:ro\"]");
        assertThat(ContainerCreateRequest.body(ContainerSpec.builder("busybox").build(), Map.of()).get("HostConfig").has("VolumesFrom")).isFalse();
    }
}
