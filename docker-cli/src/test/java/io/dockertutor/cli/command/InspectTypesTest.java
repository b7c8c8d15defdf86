package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.gotext.GoTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The declared Go structs (inspect-types.txt) print an image's config as the CLI 28.2.2 prints it. */
class InspectTypesTest {
    private static Object image(Map<String, Object> config) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Id", "sha256:" + "a".repeat(64));
        json.put("Config", config);
        return InspectTypes.SCHEMA.decode(InspectTypes.goType("image"), json);
    }

    @Test
    void imageHealthcheckDurationsPrintInGoFormAndJsonKeepsNanoseconds() throws Exception {
        // recorded: an image built FROM busybox with HEALTHCHECK --interval=30s --timeout=1m CMD true, then
        // docker image inspect -f '{{.Config.Healthcheck}}|{{json .Config.Healthcheck}}|{{.Config.Healthcheck.Interval}}'
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("Test", List.of("CMD-SHELL", "true"));
        health.put("Interval", 30_000_000_000L);
        health.put("Timeout", 60_000_000_000L);
        Object img = image(Map.of("Healthcheck", health));
        assertThat(GoTemplate.parse("{{.Config.Healthcheck}}|{{json .Config.Healthcheck}}|{{.Config.Healthcheck.Interval}}")
                .execute(img))
                .isEqualTo("{[CMD-SHELL true] 30s 1m0s 0s 0s 0}|{\"Test\":[\"CMD-SHELL\",\"true\"],\"Interval\":30000000000,"
                        + "\"Timeout\":60000000000}|30s");
    }

    @Test
    void imageConfigPrintsTheOciConfigAndDockersExtensionAsTwoEmbeddedStructs() throws Exception {
        // recorded: docker image inspect -f '{{.Config}}' nginx:latest on the lab (its nginx stand-in)
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ExposedPorts", Map.of("80/tcp", Map.of()));
        config.put("Env", List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NGINX_VERSION=1.27.0"));
        config.put("Entrypoint", List.of("/docker-entrypoint.sh"));
        config.put("Cmd", List.of("nginx", "-g", "daemon off;"));
        config.put("StopSignal", "SIGTERM");
        assertThat(GoTemplate.parse("{{.Config}}").execute(image(config))).isEqualTo("{{ map[80/tcp:{}] "
                + "[PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin NGINX_VERSION=1.27.0] "
                + "[/docker-entrypoint.sh] [nginx -g daemon off;] map[]  map[] SIGTERM false} {<nil> [] []}}");
    }

    @Test
    void aListedNetworksCreatedPrintsAsGosRawTimeFieldsInsideTheRowContext() throws Exception {
        // recorded: docker network ls --format '{{.}}' printed {675750675 63932115494 <nil>} for a network created
        // 2026-12-06 00:58:14.675750675 +0000 UTC
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Name", "h15-n");
        json.put("Created", "2026-12-06T00:58:14.675750675Z");
        assertThat(GoTemplate.parse("{{.Created}}").execute(RowStructs.listedNetwork(json)))
                .isEqualTo("{675750675 63932115494 <nil>}");
    }
}
