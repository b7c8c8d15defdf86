package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.EngineException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docker's IPAM on the simulated networks: every address of the subnet but network, broadcast and gateway. */
class NetworkAddressesTest {
    private static NetworkStore.Net bridge(String subnet, String gateway) {
        return new NetworkStore.Net("id", "n", "bridge", Instant.EPOCH, subnet, gateway, false, false, Map.of(), true);
    }

    @Test
    void theDefaultBridgeGoesOnPastTheFirst253Containers() {
        NetworkStore.Net net = bridge("172.17.0.0/16", "172.17.0.1");
        String last = null;
        for (int i = 0; i < 300; i++) {
            last = net.allocate("c" + i);
        }
        assertThat(net.ipByContainer.get("c0")).isEqualTo("172.17.0.2");
        assertThat(net.ipByContainer.get("c253")).isEqualTo("172.17.0.255");
        assertThat(net.ipByContainer.get("c254")).isEqualTo("172.17.1.0");
        assertThat(last).isEqualTo("172.17.1.45");
    }

    @Test
    void aFreedAddressIsHandedOutAgainFirst() {
        NetworkStore.Net net = bridge("172.17.0.0/16", "172.17.0.1");
        net.allocate("a");
        net.allocate("b");
        net.ipByContainer.remove("a");
        assertThat(net.allocate("c")).isEqualTo("172.17.0.2");
    }

    @Test
    void aSmallSubnetRunsOutWithDockersMessage() {
        NetworkStore.Net net = bridge("10.1.2.0/30", "10.1.2.1");
        assertThat(net.allocate("a")).isEqualTo("10.1.2.2");
        assertThatThrownBy(() -> net.allocate("b")).isInstanceOf(EngineException.class)
                .hasMessage("no available IPv4 addresses on this network's address pools: n");
        assertThat(net.prefixLength()).isEqualTo(30);
    }

    @Test
    void learnersNetworksTakeTheNextSixteenBitSubnets() {
        NetworkStore store = new NetworkStore(new EngineIds(1), Instant.EPOCH);
        NetworkStore.Net first = store.create(new io.dockertutor.engine.NetworkSpec("one", "bridge", false, false,
                Map.of(), null, null), new EngineIds(2), Instant.EPOCH);
        assertThat(first.subnet).isEqualTo("172.18.0.0/16");
        assertThat(first.gateway).isEqualTo("172.18.0.1");
    }

    @Test
    void aRequestedAddressIsGivenUnlessTakenOrTheGateway() {
        NetworkStore.Net net = bridge("10.5.0.0/24", "10.5.0.1");
        assertThat(net.allocate("a", "10.5.0.9")).isEqualTo("10.5.0.9");
        assertThat(net.allocate("a", "10.5.0.10")).isEqualTo("10.5.0.9"); // an endpoint keeps what it holds
        assertThat(net.allocate("b")).isEqualTo("10.5.0.2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> net.allocate("c", "10.5.0.9"))
                .hasMessage("Address already in use");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> net.allocate("c", "10.5.0.1"))
                .hasMessage("Address already in use");
    }
}
