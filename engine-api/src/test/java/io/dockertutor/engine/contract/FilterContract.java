package io.dockertutor.engine.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.EngineException.Kind;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.VolumeInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The filters of {@code ps}, {@code images}, {@code volume ls}, {@code network ls} and every prune, as the daemon
 * applies them, on both engines. A real engine may be shared: every object a test makes carries this test's own
 * name and label key ({@code contract-RUN}), assertions look only at those, and every prune is narrowed by that label
 * so nothing else on the engine is touched.
 */
public abstract class FilterContract extends ContractSupport {
    /** This test's own mark, in names and as a label key. */
    private final String run = "contract-" + UUID.randomUUID().toString().substring(0, 8);

    // -- containers ------------------------------------------------------------------------------------------

    @Test
    void containerPruneByLabelValueKeepsContainersWithAnotherValue() {
        String no = created("keep-no", Map.of(run, "no"));
        String yes = created("keep-yes", Map.of(run, "yes"));

        assertThat(engine().pruneContainers(filters("label=" + run + "=no")).removed()).containsExactly(no);
        assertThat(engine().inspectContainer(yes, false).id()).isEqualTo(yes);
    }

    @Test
    void containerPruneWithNegatedLabelRemovesOnlyTheOthers() {
        String no = created("keep-no", Map.of(run, "no"));
        String yes = created("keep-yes", Map.of(run, "yes"));

        assertThat(engine().pruneContainers(filters("label=" + run, "label!=" + run + "=yes")).removed()).containsExactly(no);
        assertThat(engine().inspectContainer(yes, false).id()).isEqualTo(yes);
    }

    @Test
    void containerPruneUntilAPastDateKeepsNewerContainers() {
        created("new", Map.of(run, ""));

        assertThat(engine().pruneContainers(filters("label=" + run, "until=2001-01-01T00:00:00Z")).removed()).isEmpty();
        assertThat(engine().pruneContainers(filters("label=" + run, "until=-1h")).removed()).hasSize(1);
    }

    @Test
    void psNameMatchesPartsOfNamesAndIdMatchesPrefixes() {
        String web = created("web", Map.of());
        String db = created("db", Map.of());

        assertThat(psNames(true, "name=" + run + "-w")).containsExactly(run + "-web");
        assertThat(psNames(true, "name=^/" + run + "-(web|db)$")).containsExactlyInAnyOrder(run + "-web", run + "-db");
        assertThat(psNames(true, "id=" + web.substring(0, 12))).containsExactly(run + "-web");
        assertThat(psNames(true, "id=" + web.substring(0, 12), "id=" + db)).containsExactlyInAnyOrder(run + "-web", run + "-db");
        assertThat(psNames(true, "name=" + run + "-web", "id=" + db)).isEmpty();
    }

    @Test
    void psLabelKeyAndKeyValueMustAllHold() {
        created("a", Map.of(run, "1", run + ".tier", "front"));
        created("b", Map.of(run, "2"));

        assertThat(psNames(true, "label=" + run)).containsExactlyInAnyOrder(run + "-a", run + "-b");
        assertThat(psNames(true, "label=" + run + "=2")).containsExactly(run + "-b");
        assertThat(psNames(true, "label=" + run, "label=" + run + ".tier=front")).containsExactly(run + "-a");
    }

    @Test
    void psStatusListsStoppedContainersWithoutAll() {
        created("idle", Map.of(run, ""));

        assertThat(psNames(false, "label=" + run)).isEmpty();
        assertThat(psNames(false, "label=" + run, "status=created")).containsExactly(run + "-idle");
        assertThat(psNames(true, "label=" + run, "status=running", "status=exited")).isEmpty();
        assertThat(psNames(true, "label=" + run, "health=none", "is-task=false")).containsExactly(run + "-idle");
        assertThat(psNames(true, "label=" + run, "is-task=true")).isEmpty();
    }

    @Test
    void psBeforeAndSinceOrderByCreation() {
        created("first", Map.of(run, ""));
        created("second", Map.of(run, ""));
        created("third", Map.of(run, ""));

        assertThat(psNames(true, "label=" + run, "before=" + run + "-third")).containsExactlyInAnyOrder(run + "-first", run + "-second");
        assertThat(psNames(true, "label=" + run, "since=" + run + "-first")).containsExactlyInAnyOrder(run + "-second", run + "-third");
    }

    @Test
    void psAncestorNetworkAndVolumeName() {
        engine().createNetwork(new NetworkSpec(run + "-net", null, false, false, Map.of(), null, null));
        engine().createVolume(run + "-vol", null, Map.of(), Map.of());
        pull("alpine:3.7");
        String onAlpine = engine().createContainer(spec("alp", "alpine:3.7", Map.of(run, ""), List.of(run + "-vol:/data"), run + "-net"));
        created("box", Map.of(run, ""));

        assertThat(psNames(true, "label=" + run, "ancestor=alpine:3.7")).containsExactly(run + "-alp");
        assertThat(psNames(true, "label=" + run, "ancestor=" + image("alpine:3.7").id())).containsExactly(run + "-alp");
        assertThat(psNames(true, "label=" + run, "network=" + run + "-net")).containsExactly(run + "-alp");
        assertThat(psNames(true, "label=" + run, "volume=" + run + "-vol")).containsExactly(run + "-alp");
        assertThat(psNames(true, "label=" + run, "volume=/data")).containsExactly(run + "-alp");
        assertThat(engine().inspectContainer(onAlpine, false).name()).isEqualTo("/" + run + "-alp");
    }

    @Test
    void psRefusesUnknownKeysAndBadValues() {
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("colour=red")), Kind.BAD_REQUEST, "invalid filter 'colour'");
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("status=asleep")), Kind.BAD_REQUEST,
                "invalid filter 'status=asleep': invalid value for state (asleep): must be one of created, running, paused, "
                        + "restarting, removing, exited, dead");
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("exited=x")), Kind.BAD_REQUEST,
                "invalid filter 'exited=x': strconv.Atoi: parsing \"x\": invalid syntax");
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("health=fine")), Kind.BAD_REQUEST,
                "invalid filter 'health=fine': invalid value for health (fine): must be one of none, starting, healthy, unhealthy");
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("before=" + run)), Kind.NOT_FOUND,
                "No such container: " + run);
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("is-task=maybe")), Kind.BAD_REQUEST,
                "invalid filter 'is-task=[maybe]'");
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("publish=x/tcp")), Kind.BAD_REQUEST,
                "error while looking up for publish x/tcp: strconv.ParseUint: parsing \"x\": invalid syntax");
        assertFilterError(() -> engine().listContainers(true, -1, false, filters("expose=80:80")), Kind.BAD_REQUEST,
                "filter for 'expose' should not contain ':': 80:80");
    }

    @Test
    void containerPruneRefusesListFiltersAndBadTimes() {
        assertFilterError(() -> engine().pruneContainers(filters("status=exited")), Kind.BAD_REQUEST, "invalid filter 'status'");
        assertFilterError(() -> engine().pruneContainers(filters("until=soon")), Kind.BAD_REQUEST,
                "failed to parse value as time or duration: \"soon\"");
    }

    // -- networks --------------------------------------------------------------------------------------------

    @Test
    void networkLsByNameListsOnlyMatchingNetworks() {
        String front = network("front", Map.of(run, "web"));
        network("back", Map.of(run, "db"));

        assertThat(networkNames("name=" + run + "-front")).containsExactly(run + "-front");
        assertThat(networkNames("name=" + run + "-fr")).containsExactly(run + "-front");
        assertThat(networkNames("name=" + run + "-(front|back)$")).containsExactlyInAnyOrder(run + "-front", run + "-back");
        assertThat(networkNames("id=" + front.substring(0, 12))).containsExactly(run + "-front");
        assertThat(networkNames("label=" + run + "=db")).containsExactly(run + "-back");
        assertThat(networkNames("label=" + run, "driver=bridge", "scope=local", "type=custom", "dangling=true"))
                .containsExactlyInAnyOrder(run + "-front", run + "-back");
        assertThat(networkNames("name=" + run, "type=builtin")).isEmpty();
        assertThat(engine().listNetworks(filters("type=builtin")).stream().map(NetworkInfo::name)).contains("bridge", "host", "none");
    }

    @Test
    void networkLsRefusesUnknownKeysAndBadValues() {
        assertFilterError(() -> engine().listNetworks(filters("colour=red")), Kind.BAD_REQUEST, "invalid filter 'colour'");
        assertFilterError(() -> engine().listNetworks(filters("type=mine")), Kind.SERVER_ERROR, "invalid filter: 'type'='mine'");
        assertFilterError(() -> engine().listNetworks(filters("dangling=maybe")), Kind.BAD_REQUEST,
                "invalid value for filter 'dangling', must be \"true\" (or \"1\"), or \"false\" (or \"0\")");
    }

    @Test
    void networkPruneHonoursLabelsAndUntil() {
        network("old", Map.of(run, "no"));
        network("kept", Map.of(run, "yes"));

        assertThat(engine().pruneNetworks(filters("label=" + run, "until=2001-01-01")).removed()).isEmpty();
        assertThat(engine().pruneNetworks(filters("label=" + run + "=no")).removed()).containsExactly(run + "-old");
        assertThat(engine().pruneNetworks(filters("label=" + run, "label!=" + run + "=yes")).removed()).isEmpty();
        assertThat(networkNames("label=" + run)).containsExactly(run + "-kept");
        assertFilterError(() -> engine().pruneNetworks(filters("name=x")), Kind.BAD_REQUEST, "invalid filter 'name'");
    }

    /** moby's prune keeps only networks with endpoints, and a stopped container has none (daemon/prune.go). */
    @Test
    void networkPruneRemovesANetworkWhoseContainersAreStopped() {
        network("idle", Map.of(run, ""));
        network("busy", Map.of(run, ""));
        pull("busybox");
        String stopped = engine().createContainer(sleeper("stopped", run + "-idle"));
        engine().startContainer(stopped);
        engine().stopContainer(stopped, 0, null);
        // Engine 20.10 answers the stop before it releases the endpoints; an inspect waits for the lock held until then.
        assertThat(engine().inspectContainer(stopped, false).state().running()).isFalse();
        engine().startContainer(engine().createContainer(sleeper("up", run + "-busy")));

        assertThat(engine().pruneNetworks(filters("label=" + run)).removed()).containsExactly(run + "-idle");
        assertThat(networkNames("label=" + run)).containsExactly(run + "-busy");
    }

    // -- volumes ---------------------------------------------------------------------------------------------

    @Test
    void volumeLsHonoursNameLabelDriverAndDangling() {
        engine().createVolume(run + "-data", null, Map.of(run, "a"), Map.of());
        engine().createVolume(run + "-logs", null, Map.of(run, "b"), Map.of());
        pull("busybox");
        engine().createContainer(spec("user", "busybox", Map.of(run, ""), List.of(run + "-logs:/logs"), null));

        assertThat(volumeNames("name=" + run + "-da")).containsExactly(run + "-data");
        assertThat(volumeNames("name=^" + run + "-(data|logs)$")).containsExactlyInAnyOrder(run + "-data", run + "-logs");
        assertThat(volumeNames("label=" + run + "=b", "driver=local")).containsExactly(run + "-logs");
        assertThat(volumeNames("label=" + run, "dangling=true")).containsExactly(run + "-data");
        assertThat(volumeNames("label=" + run, "dangling=0")).containsExactly(run + "-logs");
        assertThat(volumeNames("label=" + run, "driver=other")).isEmpty();
        assertFilterError(() -> engine().listVolumes(filters("colour=red")), Kind.BAD_REQUEST, "invalid filter 'colour'");
        assertFilterError(() -> engine().listVolumes(filters("dangling=maybe")), Kind.BAD_REQUEST, "invalid filter 'dangling=[maybe]'");
    }

    @Test
    void volumePruneHonoursLabelsAndRefusesOtherKeys() {
        engine().createVolume(run + "-no", null, Map.of(run, "no"), Map.of());
        engine().createVolume(run + "-yes", null, Map.of(run, "yes"), Map.of());

        assertThat(engine().pruneVolumes(filters("label=" + run + "=no"), true).removed()).containsExactly(run + "-no");
        assertThat(engine().pruneVolumes(filters("label=" + run, "label!=" + run + "=yes"), true).removed()).isEmpty();
        assertThat(volumeNames("label=" + run)).containsExactly(run + "-yes");
        assertFilterError(() -> engine().pruneVolumes(filters("dangling=true"), true), Kind.BAD_REQUEST, "invalid filter 'dangling'");
    }

    // -- images ----------------------------------------------------------------------------------------------

    @Test
    void imagesHonourReferenceDanglingLabelAndTime() {
        pull("busybox");
        pull("alpine:3.7");

        assertThat(imageTags("reference=busybox")).containsExactly("busybox:latest");
        assertThat(imageTags("reference=alp*:3.*")).containsExactly("alpine:3.7");
        assertThat(imageTags("dangling=false")).contains("busybox:latest", "alpine:3.7");
        assertThat(imageTags("dangling=true")).doesNotContain("busybox:latest", "alpine:3.7");
        assertThat(imageTags("label=" + run)).isEmpty();
        assertFilterError(() -> engine().listImages(false, filters("colour=red")), Kind.BAD_REQUEST, "invalid filter 'colour'");
        assertFilterError(() -> engine().listImages(false, filters("before=" + run)), Kind.NOT_FOUND, "No such image: " + run + ":latest");
    }

    @Test
    void imagePruneHonoursLabelsAndRefusesOtherKeys() {
        assertThat(engine().pruneImages(false, filters("label=" + run)).deleted()).isEmpty();
        assertFilterError(() -> engine().pruneImages(false, filters("reference=busybox")), Kind.BAD_REQUEST, "invalid filter 'reference'");
        assertFilterError(() -> engine().pruneImages(false, filters("until=soon")), Kind.BAD_REQUEST,
                "failed to parse value as time or duration: \"soon\"");
    }

    // -- helpers ---------------------------------------------------------------------------------------------

    /** A refused filter: today's message, and today's kind unless {@link #sameKind} allows the engine's own. */
    protected void assertFilterError(ThrowingCallable call, Kind kind, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(currentWording(e.getMessage())).isEqualTo(message);
            assertThat(sameKind(kind, e.kind())).as("kind %s for %s", e.kind(), kind).isTrue();
        });
    }

    /** Whether the engine's kind of error stands for today's; engines that answer as today's do compare equal. */
    protected boolean sameKind(Kind today, Kind answered) {
        return today == answered;
    }

    protected static Filters filters(String... args) {
        return Filters.parse(List.of(args));
    }

    /** A container of busybox, created but not started, named {@code RUN-suffix}. */
    private String created(String suffix, Map<String, String> labels) {
        pull("busybox");
        return engine().createContainer(spec(suffix, "busybox", labels, List.of(), null));
    }

    private ContainerSpec spec(String suffix, String image, Map<String, String> labels, List<String> binds, String network) {
        return ContainerSpec.builder(image).name(run + "-" + suffix).cmd(List.of("true")).labels(labels).binds(binds)
                .network(network).build();
    }

    /** A container of busybox that runs until stopped, named {@code RUN-suffix}, labelled with this run. */
    private ContainerSpec sleeper(String suffix, String network) {
        return ContainerSpec.builder("busybox").name(run + "-" + suffix).cmd(List.of("sleep", "300")).labels(Map.of(run, ""))
                .network(network).build();
    }

    private String network(String suffix, Map<String, String> labels) {
        return engine().createNetwork(new NetworkSpec(run + "-" + suffix, null, false, false, labels, null, null));
    }

    private List<String> psNames(boolean all, String... args) {
        return engine().listContainers(all, -1, false, filters(args)).stream().map(c -> c.names().get(0))
                .map(n -> n.startsWith("/") ? n.substring(1) : n).filter(n -> n.startsWith(run)).toList();
    }

    private List<String> networkNames(String... args) {
        return engine().listNetworks(filters(args)).stream().map(NetworkInfo::name).filter(n -> n.startsWith(run)).toList();
    }

    private List<String> volumeNames(String... args) {
        return engine().listVolumes(filters(args)).stream().map(VolumeInfo::name).filter(n -> n.startsWith(run)).toList();
    }

    private List<String> imageTags(String... args) {
        return engine().listImages(false, filters(args)).stream().map(ImageSummary::repoTags).flatMap(List::stream)
                .filter(t -> t.startsWith("busybox:") || t.startsWith("alpine:")).toList();
    }
}
