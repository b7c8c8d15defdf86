package io.dockertutor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GpuRequestTest {
    @Test
    void allAsksForEveryGpuWithTheGpuCapability() {
        assertThat(GpuRequest.parse("all")).isEqualTo(new GpuRequest("", -1, null, List.of("gpu")));
    }

    @Test
    void quotedListsStayOneFieldAndCapabilitiesGainGpu() {
        assertThat(GpuRequest.parse("\"capabilities=compute,utility\",driver=nvidia,\"device=0,1\""))
                .isEqualTo(new GpuRequest("nvidia", 0, List.of("0", "1"), List.of("compute", "utility", "gpu")));
        assertThat(GpuRequest.parse("count=2").count()).isEqualTo(2);
        assertThat(GpuRequest.parse("driver=nvidia").count()).as("one GPU unless told").isEqualTo(1);
    }
}
