package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.PortBinding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerRowsTest {
    private static final Instant CREATED = Instant.parse("2026-11-23T14:00:00Z");

    private static ContainerSummary summary(String image, String command, String status, List<PortBinding> ports) {
        return new ContainerSummary("a".repeat(64), List.of("/web"), image, "sha256:" + "b".repeat(64), command, CREATED,
                "running", status, ports, Map.of("b", "2", "a", "1"), null, List.of("bridge"), -1, -1);
    }

    @Test
    void publishedPortsShowBothAddressFamiliesAfterGroups() {
        List<PortBinding> ports = List.of(new PortBinding(80, "tcp", "::", 8080), new PortBinding(80, "tcp", "0.0.0.0", 8080));
        assertThat(PortDisplay.ports(ports)).isEqualTo("0.0.0.0:8080->80/tcp, [::]:8080->80/tcp");
    }

    @Test
    void consecutivePortsCollapseIntoRanges() {
        List<PortBinding> ports = List.of(new PortBinding(8001, "tcp", "0.0.0.0", 8001), new PortBinding(8000, "tcp", "0.0.0.0", 8000),
                new PortBinding(9000, "tcp", "", 0), new PortBinding(9001, "tcp", "", 0), new PortBinding(53, "udp", "", 0));
        assertThat(PortDisplay.ports(ports)).isEqualTo("53/udp, 0.0.0.0:8000-8001->8000-8001/tcp, 9000-9001/tcp");
    }

    @Test
    void recordedMixOfExposedAndPublishedPorts() {
        List<PortBinding> ports = List.of(new PortBinding(7001, "tcp", "", 0), new PortBinding(90, "udp", "127.0.0.1", 9090),
                new PortBinding(80, "tcp", "::", 8080), new PortBinding(7000, "tcp", "", 0), new PortBinding(80, "tcp", "0.0.0.0", 8080));
        assertThat(PortDisplay.ports(ports))
                .isEqualTo("7000-7001/tcp, 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp, 127.0.0.1:9090->90/udp");
    }

    @Test
    void commandIsQuotedAndTruncatedToTwentyColumns() {
        var row = ContainerRows.row(summary("nginx", "/docker-entrypoint.sh nginx -g 'daemon off;'", "Up 2 minutes", List.of()),
                true, CREATED.plusSeconds(120));
        assertThat(row.field("Command")).isEqualTo("\"/docker-entrypoint.…\"");
        assertThat(row.field("RunningFor")).isEqualTo("2 minutes ago");
        assertThat(row.field("Status")).isEqualTo("Up 2 minutes");
        assertThat(row.field("ID")).isEqualTo("aaaaaaaaaaaa");
        assertThat(row.field("Names")).isEqualTo("web");
        assertThat(row.field("Labels")).isEqualTo("a=1,b=2");
        var full = ContainerRows.row(summary("nginx", "echo \"hi\"", "Exited (0) 3 seconds ago", List.of()), false, CREATED);
        assertThat(full.field("Command")).isEqualTo("\"echo \\\"hi\\\"\"");
    }

    @Test
    void jsonOfARowHasTheMethodsAsSortedKeysWithAPlatformLikeTheCli() throws Exception {
        // recorded (CLI 28.2.2): docker ps -a --format '{{json .}}' writes
        // {"Command":"\"sleep 300\"","CreatedAt":"...","ID":"04252bf22a7e","Image":"busybox","Labels":"",
        //  "LocalVolumes":"0","Mounts":"","Names":"h15-c","Networks":"h15-n","Platform":null,"Ports":"",...}
        var row = ContainerRows.row(summary("nginx", "sleep 300", "Up 2 minutes", List.of()), true, CREATED.plusSeconds(120));
        String json = io.dockertutor.gotext.GoTemplate.parse("{{json .}}").execute(row);
        assertThat(json).startsWith("{\"Command\":\"\\\"sleep 300\\\"\",\"CreatedAt\":")
                .contains("\"Names\":\"web\",\"Networks\":\"bridge\",\"Platform\":null,\"Ports\":\"\",\"RunningFor\":\"2 minutes ago\"")
                .endsWith("\"State\":\"running\",\"Status\":\"Up 2 minutes\"}");
    }

    @ParameterizedTest
    @CsvSource({"nginx, nginx", "nginx:latest, nginx:latest", "docker.io/library/nginx:stable, nginx:stable",
            "bbbbbbbbbbbb, bbbbbbbbbbbb"})
    void imageIsShownInItsFamiliarForm(String image, String shown) {
        assertThat(ContainerRows.image(summary(image, "x", "Created", List.of()), true)).isEqualTo(shown);
    }

    @Test
    void sizeShowsVirtualSizeWhenKnown() {
        var c = new ContainerSummary("a".repeat(64), List.of("/web"), "nginx", "sha256:x", "x", CREATED, "exited", "Created",
                List.of(), null, null, null, 1093, 1_980_000);
        assertThat(ContainerRows.size(c)).isEqualTo("1.09kB (virtual 1.98MB)");
    }
}
