package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What libnetwork refuses of a local bridge network, and the default bridge's options in inspect (moby v28). */
class NetworkCreateScopeTest {
    @TempDir
    Path ws;

    @Test
    void anIngressOrConfigFromNetworkIsRefusedAndNothingIsCreated() {
        SimulatedSession s = new SimulatedSession(ws);
        assertThat(s.transcript("docker network create --ingress g-net")).isEqualTo(
                "Error response from daemon: Ingress network can only be global scope network\n[exit 1]");
        assertThat(s.transcript("docker network create --config-from g-nosuch g-net")).isEqualTo(
                "Error response from daemon: configuration network \"g-nosuch\" does not exist\n[exit 1]");
        assertThat(s.output("docker network ls -q -f name=g-net")).isEmpty();
        assertThat(s.transcript("docker network create --config-from '' g-net")).matches("[0-9a-f]{64}\n\\[exit 0]");
    }

    @Test
    void theDefaultBridgeShowsTheDaemonsDriverOptions() {
        SimulatedSession s = new SimulatedSession(ws);
        assertThat(s.output("docker network inspect -f '{{json .Options}}' bridge")).isEqualTo("{\"com.docker.network.bridge."
                + "default_bridge\":\"true\",\"com.docker.network.bridge.enable_icc\":\"true\",\"com.docker.network.bridge."
                + "enable_ip_masquerade\":\"true\",\"com.docker.network.bridge.host_binding_ipv4\":\"0.0.0.0\","
                + "\"com.docker.network.bridge.name\":\"docker0\",\"com.docker.network.driver.mtu\":\"1500\"}\n");
        s.run("docker network create g-net");
        assertThat(s.output("docker network inspect -f '{{json .Options}}' g-net")).isEqualTo("{}\n");
    }
}
