package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real daemon gets the host options the CLI sends, so its own warnings and refusals reach the learner. */
class HostOptionsRequestTest {
    private static String body(Map<String, List<String>> options, String network) {
        return ContainerCreateRequest.body(ContainerSpec.builder("busybox").network(network).hostOptions(options).build(), Map.of())
                .toString();
    }

    @Test
    void resourcesGoIntoTheHostConfigAsTheApiNumbers() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put("memory", List.of("67108864"));
        o.put("memory-swappiness", List.of("10"));
        o.put("oom-kill-disable", List.of("true"));
        o.put("cpus", List.of("1500000000"));
        o.put("cpu-rt-runtime", List.of("950"));
        String json = body(o, "");
        assertThat(json).contains("\"Memory\":67108864", "\"MemorySwappiness\":10", "\"OomKillDisable\":true",
                "\"NanoCpus\":1500000000", "\"CpuRealtimeRuntime\":950");
    }

    @Test
    void devicesGpusGroupsStorageAndDnsAreSentAsTheCliSendsThem() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put("device", List.of("/dev/nosuch", "/dev/fuse:/dev/f:r"));
        o.put("gpus", List.of("all"));
        o.put("group-add", List.of("audio"));
        o.put("storage-opt", List.of("size=1G"));
        o.put("dns", List.of("127.0.0.1"));
        assertThat(body(o, "")).contains(
                "\"Devices\":[{\"PathOnHost\":\"/dev/nosuch\",\"PathInContainer\":\"/dev/nosuch\",\"CgroupPermissions\":\"rwm\"},"
                        + "{\"PathOnHost\":\"/dev/fuse\",\"PathInContainer\":\"/dev/f\",\"CgroupPermissions\":\"r\"}]",
                "\"DeviceRequests\":[{\"Driver\":\"\",\"Count\":-1,\"Capabilities\":[[\"gpu\"]],\"Options\":{}}]",
                "\"GroupAdd\":[\"audio\"]", "\"StorageOpt\":{\"size\":\"1G\"}", "\"Dns\":[\"127.0.0.1\"]");
    }

    @Test
    void addressesGoToTheFirstNetworksEndpointDefaultWhenNoneIsNamed() {
        assertThat(body(Map.of("link-local-ip", List.of("nosuch")), "")).contains("\"NetworkingConfig\":{\"EndpointsConfig\":"
                + "{\"default\":{\"IPAMConfig\":{\"IPv4Address\":\"\",\"IPv6Address\":\"\",\"LinkLocalIPs\":[\"nosuch\"]}}}}");
        assertThat(body(Map.of("ip", List.of("10.1.2.3")), "g-net")).contains("\"g-net\":{\"IPAMConfig\":{\"IPv4Address\":\"10.1.2.3\"");
    }

    @Test
    void extraHostsAndLinksGoIntoTheHostConfigAndALinkOnAUserNetworkIntoItsEndpointToo() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put("add-host", List.of("db:10.0.0.5", "gw:host-gateway"));
        o.put("link", List.of("db:database"));
        assertThat(body(o, "default")).contains("\"ExtraHosts\":[\"db:10.0.0.5\",\"gw:host-gateway\"]",
                "\"Links\":[\"db:database\"]").doesNotContain("EndpointsConfig");
        assertThat(body(o, "app")).contains("\"EndpointsConfig\":{\"app\":{\"Links\":[\"db:database\"]}}");
    }
}
