package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ports of {@code publish} and {@code expose} filters, read as moby's portOp does. */
class ContainerPortsTest {
    @Test
    void aPortDefaultsToTcpAndARangeExpands() {
        assertThat(ContainerPorts.of("publish", List.of("80"))).containsExactly("80/tcp");
        assertThat(ContainerPorts.of("publish", List.of("53/udp"))).containsExactly("53/udp");
        assertThat(ContainerPorts.of("expose", List.of("8000-8002"))).containsExactly("8000/tcp", "8001/tcp", "8002/tcp");
    }

    @Test
    void colonsAndNonNumbersAreRefusedInTheDaemonsWords() {
        assertThatThrownBy(() -> ContainerPorts.of("publish", List.of("8080:80")))
                .hasMessage("filter for 'publish' should not contain ':': 8080:80");
        assertThatThrownBy(() -> ContainerPorts.of("expose", List.of("http")))
                .hasMessage("error while looking up for expose http: strconv.ParseUint: parsing \"http\": invalid syntax");
        assertThatThrownBy(() -> ContainerPorts.of("expose", List.of("70000")))
                .hasMessage("error while looking up for expose 70000: strconv.ParseUint: parsing \"70000\": value out of range");
    }
}
