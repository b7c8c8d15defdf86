package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.VolumeInfo;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VolumeStoreTest {
    private final VolumeStore volumes = new VolumeStore(Clock.fixed(Instant.parse("2026-11-23T15:04:35Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x|create x: volume name is too short, names should be at least two alphanumeric characters",
        "a b|create a b: \"a b\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path",
        "rel/path|create rel/path: \"rel/path\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path",
        "_v|create _v: \"_v\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path",
    })
    void badNamesAreRefusedWithTheDaemonsText(String name, String message) {
        assertThatThrownBy(() -> volumes.create(name, "local", Map.of(), Map.of()))
                .isInstanceOf(EngineException.class).hasMessage(message);
    }

    @Test
    void creatingAnExistingNameReturnsTheVolume() {
        VolumeInfo first = volumes.create("nginx_volume", null, Map.of("a", "b"), Map.of());
        assertThat(volumes.create("nginx_volume", "local", Map.of(), Map.of())).isEqualTo(first);
        assertThat(first.mountpoint()).isEqualTo("/var/lib/docker/volumes/nginx_volume/_data");
        assertThat(first.driver()).isEqualTo("local");
        assertThat(first.scope()).isEqualTo("local");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-11-23T15:04:35Z"));
        assertThat(Files.isDirectory(volumes.dataRoot().resolve("volumes/nginx_volume/_data"))).isTrue();
    }

    @Test
    void anonymousVolumesGetSixtyFourHexDigits() {
        VolumeInfo v = volumes.create("", "local", Map.of(), Map.of());
        assertThat(v.name()).matches("[0-9a-f]{64}");
        assertThat(v.anonymous()).isTrue();
    }

    @Test
    void missingVolumesAreReportedAsTheDaemonDoes() {
        assertThatThrownBy(() -> volumes.inspect("nosuch")).hasMessage("get nosuch: no such volume");
        assertThatThrownBy(() -> volumes.remove("nosuch", false)).hasMessage("get nosuch: no such volume");
        volumes.remove("nosuch", true);
    }

    @Test
    void aVolumeInUseIsNotRemovedEvenWithForce() {
        volumes.create("nginx_volume", "local", Map.of(), Map.of());
        volumes.usedBy(name -> name.equals("nginx_volume") ? List.of("968a9d8b19ee") : List.of());
        assertThatThrownBy(() -> volumes.remove("nginx_volume", true))
                .hasMessage("remove nginx_volume: volume is in use - [968a9d8b19ee]");
        volumes.usedBy(name -> List.of());
        volumes.remove("nginx_volume", false);
        assertThat(volumes.exists("nginx_volume")).isFalse();
    }

    @Test
    void pruneTakesAnonymousVolumesUnlessAllIsAsked() throws Exception {
        volumes.create("named", "local", Map.of(), Map.of());
        VolumeInfo anon = volumes.create(null, "local", Map.of(), Map.of());
        Files.writeString(volumes.dataPath(anon.name()).resolve("f"), "12345");
        VolumeInfo busy = volumes.create(null, "local", Map.of(), Map.of());
        volumes.usedBy(name -> name.equals(busy.name()) ? List.of("c1") : List.of());
        Pruned pruned = volumes.prune(Filters.NONE, false);
        assertThat(pruned.removed()).containsExactly(anon.name());
        assertThat(pruned.spaceReclaimed()).isEqualTo(5);
        assertThat(volumes.prune(Filters.NONE, true).removed()).containsExactly("named");
    }

    @Test
    void listFiltersByDanglingNameLabelAndDriver() {
        volumes.create("web-data", "local", Map.of("env", "dev"), Map.of());
        volumes.create("db-data", "local", Map.of(), Map.of());
        volumes.usedBy(name -> name.equals("db-data") ? List.of("c1") : List.of());
        assertThat(names(Filters.parse(List.of("dangling=true")))).containsExactly("web-data");
        assertThat(names(Filters.parse(List.of("dangling=false")))).containsExactly("db-data");
        assertThat(names(Filters.parse(List.of("name=data")))).containsExactly("db-data", "web-data");
        assertThat(names(Filters.parse(List.of("label=env=dev")))).containsExactly("web-data");
        assertThat(names(Filters.parse(List.of("driver=other")))).isEmpty();
        assertThatThrownBy(() -> volumes.list(Filters.parse(List.of("colour=red")))).hasMessage("invalid filter 'colour'");
    }

    @Test
    void aCopyKeepsItsOwnData() throws Exception {
        volumes.create("keep", "local", Map.of(), Map.of());
        Files.writeString(volumes.dataPath("keep").resolve("a"), "before");
        VolumeStore copy = volumes.copy();
        Files.writeString(volumes.dataPath("keep").resolve("a"), "after");
        volumes.create("later", "local", Map.of(), Map.of());
        assertThat(Files.readString(copy.dataPath("keep").resolve("a"))).isEqualTo("before");
        assertThat(copy.exists("later")).isFalse();
    }

    private List<String> names(Filters filters) {
        return volumes.list(filters).stream().map(VolumeInfo::name).toList();
    }
}
