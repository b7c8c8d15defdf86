package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.MountSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BindSpecTest {
    @TempDir
    Path host;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nginx_volume:/usr/share/nginx/html|VOLUME|nginx_volume|/usr/share/nginx/html||false|",
        "/abs:/x:ro|BIND|/abs|/x|ro|true|rprivate",
        "/data|VOLUME||/data||false|",
        "v1:/x:z|VOLUME|v1|/x|z|false|",
        "/h:/x:Z|BIND|/h|/x|Z|false|rprivate",
        "/h:/x:rshared|BIND|/h|/x|rshared|false|rshared",
        "v1:/x:nocopy|VOLUME|v1|/x|nocopy|false|",
        "/h:/x:z,ro|BIND|/h|/x|z,ro|true|rprivate",
    })
    void validSpecsParseAsTheDaemonReadsThem(String raw, Mount.Type type, String source, String target, String mode,
                                             boolean readOnly, String propagation) {
        BindSpec b = BindSpec.parse(raw);
        assertThat(b.type()).isEqualTo(type);
        assertThat(b.source()).isEqualTo(source == null ? "" : source);
        assertThat(b.target()).isEqualTo(target);
        assertThat(b.mode()).isEqualTo(mode == null ? "" : mode);
        assertThat(b.readOnly()).isEqualTo(readOnly);
        assertThat(b.propagation()).isEqualTo(propagation == null ? "" : propagation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "v:relative|invalid volume specification: 'v:relative': invalid mount config for type \"volume\": invalid mount path: 'relative' mount path must be absolute",
        "v:/x:bogus|invalid mode: bogus",
        "v:/x:ro,rw|invalid mode: ro,rw",
        "v:/|invalid volume specification: 'v:/': invalid mount config for type \"volume\": invalid specification: destination can't be '/'",
        "v:/x:rshared|invalid volume specification: 'v:/x:rshared': invalid mount config for type \"volume\": field BindOptions must not be specified",
        "/tmp:/x:ro:z|invalid volume specification: '/tmp:/x:ro:z'",
        "/x:rw|invalid volume specification: '/x:rw'",
    })
    void invalidSpecsFailWithTheDaemonsText(String raw, String message) {
        assertThatThrownBy(() -> BindSpec.parse(raw)).isInstanceOf(EngineException.class).hasMessage(message);
    }

    @Test
    void aRelativeSourceIsAVolumeNameAndRefusedAsOne() {
        VolumeStore volumes = new VolumeStore(Clock.systemUTC());
        assertThatThrownBy(() -> MountPlanner.plan(spec(List.of("rel/path:/x"), List.of()), volumes, host::resolve))
                .hasMessageStartingWith("create rel/path: \"rel/path\" includes invalid characters");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bind|/nonexist|/x|invalid mount config for type \"bind\": bind source path does not exist: /nonexist",
        "bind|rel|/x|invalid mount config for type \"bind\": invalid mount path: 'rel' mount path must be absolute",
        "bind||/x|invalid mount config for type \"bind\": field Source must not be empty",
        "volume|v1|rel|invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute",
        "tmpfs|x|/x|invalid mount config for type \"tmpfs\": field Source must not be specified",
        "volume|x|/x|create x: volume name is too short, names should be at least two alphanumeric characters",
    })
    void mountFlagSpecsAreCheckedAsTheDaemonDoes(String type, String source, String target, String message) {
        VolumeStore volumes = new VolumeStore(Clock.systemUTC());
        MountSpec m = new MountSpec(type, source, target, false);
        assertThatThrownBy(() -> MountPlanner.plan(spec(List.of(), List.of(m)), volumes, p -> host.resolve(p.substring(1))))
                .hasMessage(message);
        assertThat(volumes.list(io.dockertutor.engine.Filters.NONE)).isEmpty();
    }

    @Test
    void plannedMountsShowInInspectAsTheDaemonListsThem() {
        VolumeStore volumes = new VolumeStore(Clock.systemUTC());
        List<Mount> mounts = MountPlanner.plan(spec(List.of("/srv:/data:ro", "web:/vol"), List.of()), volumes,
                p -> host.resolve(p.substring(1)));
        assertThat(mounts.get(0).toMountPoint()).isEqualTo(new io.dockertutor.engine.MountPoint("bind", "", "/srv",
                "/data", "", "ro", false, "rprivate"));
        assertThat(mounts.get(1).toMountPoint()).isEqualTo(new io.dockertutor.engine.MountPoint("volume", "web",
                "/var/lib/docker/volumes/web/_data", "/vol", "local", "", true, ""));
        assertThatThrownBy(() -> MountPlanner.plan(spec(List.of("a1:/x", "a2:/x"), List.of()), volumes, host::resolve))
                .hasMessage("Duplicate mount point: /x");
    }

    private static ContainerSpec spec(List<String> binds, List<MountSpec> mounts) {
        return ContainerSpec.builder("busybox").binds(binds).mounts(mounts).build();
    }
}
