package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.MountSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a lesson sees of a shared engine: only its own objects, and its own volume where the learner has one of that name. */
class LessonScopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LessonScope scope = new LessonScope("tutor-1a2b3c4d-1");

    @Test
    void aLessonListingKeepsTheSessionsObjectsAndCountsTheOthers() throws Exception {
        scope.on(true);
        var mine = JSON.readTree("{\"Names\":[\"/web\"],\"Labels\":{\"io.docker-tutor.session\":\"tutor-1a2b3c4d-1\"}}");
        var theirs = JSON.readTree("{\"Names\":[\"/their-busybox\"],\"Labels\":{}}");

        assertThat(scope.keep(List.of(theirs, mine, theirs), scope::mine)).containsExactly(mine);
        assertThat(scope.hidden()).isEqualTo(2);
    }

    @Test
    void outsideALessonEverythingIsListed() throws Exception {
        var theirs = JSON.readTree("{\"Labels\":{}}");
        assertThat(scope.keep(List.of(theirs), scope::mine)).containsExactly(theirs);
        assertThat(scope.hidden()).isZero();
    }

    @Test
    void aVolumeNamedLikeTheLearnersIsTheSessionsOwnUnderAnotherDaemonNameShownByTheLessonsName() throws Exception {
        scope.on(true);
        String daemon = scope.volume("nginx_volume", Set.of("nginx_volume")::contains);

        assertThat(daemon).startsWith("nginx_volume-dt").isNotEqualTo("nginx_volume");
        assertThat(scope.volume("nginx_volume", n -> false)).as("decided once").isEqualTo(daemon);
        assertThat(scope.volume("fresh", n -> false)).isEqualTo("fresh");
        var answer = JSON.readTree("{\"Name\":\"" + daemon + "\",\"Mountpoint\":\"/var/lib/docker/volumes/" + daemon + "/_data\"}");
        assertThat(scope.shown(answer).toString()).isEqualTo(
                "{\"Name\":\"nginx_volume\",\"Mountpoint\":\"/var/lib/docker/volumes/nginx_volume/_data\"}");
        assertThat(scope.shown(new EngineException(EngineException.Kind.CONFLICT, "remove " + daemon + ": volume is in use")))
                .hasMessage("remove nginx_volume: volume is in use");
        assertThat(scope.filters(new Filters(Map.of("volume", List.of("nginx_volume"))), "volume").values().get("volume"))
                .containsExactly(daemon);
    }

    @Test
    void outsideALessonAVolumeNameIsTheDaemonsAsTyped() {
        assertThat(scope.volume("nginx_volume", Set.of("nginx_volume")::contains)).isEqualTo("nginx_volume");
    }

    @Test
    void aLessonsPruneKeepsToTheSessionsLabel() {
        scope.on(true);
        assertThat(scope.onlyMine(Filters.NONE).values()).containsEntry("label", List.of("io.docker-tutor.session=tutor-1a2b3c4d-1"));
    }

    @Test
    void theNamedVolumesARunMountsAreItsNamedSourcesNotHostPathsNorAnonymousVolumes() {
        ContainerSpec spec = ContainerSpec.builder("busybox")
                .binds(List.of("shared:/data", "/abs:/a", "./rel:/r", "/anon", "ro_vol:/x:ro"))
                .mounts(List.of(new MountSpec("volume", "mounted", "/m", false), new MountSpec("bind", "/h", "/h", false)))
                .build();

        assertThat(ContainerCreateRequest.namedVolumes(spec)).containsExactly("shared", "ro_vol", "mounted");
        var body = ContainerCreateRequest.body(spec, Map.of(), n -> n + "-x");
        assertThat(body.path("HostConfig").path("Binds").toString())
                .isEqualTo("[\"shared-x:/data\",\"/abs:/a\",\"./rel:/r\",\"ro_vol-x:/x:ro\"]");
        assertThat(body.path("HostConfig").path("Mounts").get(0).path("Source").asText()).isEqualTo("mounted-x");
    }

    @Test
    void diffIsInTheOrderOfAWalkOfTheFileSystem() {
        List<String> paths = new java.util.ArrayList<>(List.of("/tmp/note.txt", "/tmp/dir.txt", "/tmp/dir/a.txt", "/tmp", "/tmp/dir"));
        paths.sort(RealContainers::walkOrder);
        assertThat(paths).containsExactly("/tmp", "/tmp/dir", "/tmp/dir/a.txt", "/tmp/dir.txt", "/tmp/note.txt");
    }
}
