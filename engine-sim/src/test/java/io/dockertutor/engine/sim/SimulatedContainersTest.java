package io.dockertutor.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.LogOptions;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.RestartPolicy;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedContainersTest {
    private static Catalog catalog;
    private SimulatedEngine engine;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadDefault();
    }

    @BeforeEach
    void pullImages() {
        engine = new SimulatedEngine(catalog, Clock.systemUTC());
        engine.pull(ImageReference.parse("nginx"), e -> { });
        engine.pull(ImageReference.parse("busybox"), e -> { });
    }

    private static ContainerSpec spec(String name, String image, RestartPolicy policy, List<PortBinding> ports, String... cmd) {
        return ContainerSpec.builder(image).name(name).cmd(cmd.length == 0 ? null : List.of(cmd)).portBindings(ports)
                .restartPolicy(policy).build();
    }

    private ContainerSummary ps(String name) {
        return engine.listContainers(true, -1, false, Filters.parse(List.of("name=^/" + name + "$"))).get(0);
    }

    @Test
    void nginxPublishedOnAHostPortServesItsWelcomePage() throws Exception {
        String id = engine.createContainer(spec("web", "nginx", null, List.of(new PortBinding(80, "tcp", "", 8080))));
        engine.startContainer(id);

        HostNetwork.HttpResponse r = engine.hostNetwork().send(HostNetwork.HttpRequest.get("127.0.0.1", 8080, "/"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bodyText()).contains("Welcome to nginx!");
        assertThat(ps("web").status()).startsWith("Up ");
        assertThat(ps("web").command()).isEqualTo("/docker-entrypoint.sh nginx -g 'daemon off;'");
        assertThat(engine.logs("web", LogOptions.ALL)).anyMatch(l -> l.text().contains("\"GET / HTTP/1.1\" 200 615"));
    }

    @Test
    void anUnpublishedPortRefusesTheConnection() {
        engine.startContainer(engine.createContainer(spec("web", "nginx", null, List.of())));
        assertThatThrownBy(() -> engine.hostNetwork().send(HostNetwork.HttpRequest.get("127.0.0.1", 80, "/")))
                .isInstanceOf(HostNetwork.ConnectionFailure.class);
    }

    @Test
    void aTakenHostPortLeavesTheSecondContainerCreated() {
        engine.startContainer(engine.createContainer(spec("one", "nginx", null, List.of(new PortBinding(80, "tcp", "", 8080)))));
        String two = engine.createContainer(spec("two", "nginx", null, List.of(new PortBinding(80, "tcp", "", 8080))));

        assertThatThrownBy(() -> engine.startContainer(two)).hasMessageContaining("Bind for 0.0.0.0:8080 failed: port is already allocated");
        assertThat(ps("two").status()).isEqualTo("Created");
    }

    @Test
    void theNotesMisplacedNameBecomesTheCommandAndTheContainerKeepsRestarting() {
        String id = engine.createContainer(spec(null, "nginx:latest", new RestartPolicy("always", 0),
                List.of(new PortBinding(80, "tcp", "", 8080)), "--name", "nginx_container_name"));
        engine.startContainer(id);

        assertThat(engine.listContainers(true, -1, false, Filters.parse(List.of("name=nginx_container_name")))).isEmpty();
        ContainerSummary c = engine.listContainers(true, -1, false, Filters.NONE).get(0);
        assertThat(c.command()).isEqualTo("/docker-entrypoint.sh --name nginx_container_name");
        assertThat(c.status()).startsWith("Restarting (127)");
    }

    @Test
    void stoppingSleepWaitsOutTheTimeoutAndEndsWith137() {
        String id = engine.createContainer(spec("nap", "busybox", null, List.of(), "sleep", "3600"));
        engine.startContainer(id);
        engine.stopContainer(id, null, null);
        assertThat(engine.inspectContainer(id, false).state().exitCode()).isEqualTo(137);
    }

    @Test
    void aSleepOfASecondOrTwoIsOverAtOnceButALongerOneKeepsRunning() {
        for (String seconds : List.of("0", "1", "2", "1.5")) {
            String id = engine.createContainer(spec("nap" + seconds.replace('.', '_'), "busybox", null, List.of(), "sleep", seconds));
            engine.startContainer(id);
            assertThat(engine.inspectContainer(id, false).state().running()).as("sleep %s", seconds).isFalse();
            assertThat(engine.inspectContainer(id, false).state().exitCode()).isZero();
        }
        String id = engine.createContainer(spec("long", "busybox", null, List.of(), "sleep", "30"));
        engine.startContainer(id);
        assertThat(engine.inspectContainer(id, false).state().running()).isTrue();
    }

    @Test
    void nginxStopsGracefullyWithExitCodeZero() {
        String id = engine.createContainer(spec("web", "nginx", null, List.of()));
        engine.startContainer(id);
        engine.stopContainer(id, null, null);
        assertThat(ps("web").status()).startsWith("Exited (0)");
    }

    @Test
    void anUnknownExecutableFailsToStartAndStaysCreatedWith127() {
        String id = engine.createContainer(spec("bad", "busybox", null, List.of(), "nosuch"));
        assertThatThrownBy(() -> engine.startContainer(id))
                .hasMessageContaining("exec: \"nosuch\": executable file not found in $PATH");
        assertThat(engine.inspectContainer(id, false).state().exitCode()).isEqualTo(127);
        assertThat(ps("bad").status()).isEqualTo("Created");
    }

    @Test
    void anAutoRemoveContainerWhoseProgramCannotStartIsRemoved() {
        String id = engine.createContainer(ContainerSpec.builder("busybox").name("gone").cmd(List.of("nosuch")).autoRemove(true).build());
        assertThatThrownBy(() -> engine.startContainer(id)).hasMessageContaining("executable file not found");
        assertThat(engine.listContainers(true, -1, false, Filters.parse(List.of("name=^/gone$")))).isEmpty();
    }

    @Test
    void volumesFromMountsTheOtherContainersVolumesAtTheSamePlaces() {
        String web = engine.createContainer(ContainerSpec.builder("nginx").name("web").binds(List.of("site:/usr/share/nginx/html")).build());
        engine.startContainer(web);
        String reader = engine.createContainer(ContainerSpec.builder("busybox").name("reader").cmd(List.of("ls", "/usr/share/nginx/html"))
                .hostOptions(java.util.Map.of("volumes-from", List.of("web:ro"))).build());
        engine.startContainer(reader);
        assertThat(engine.logs(reader, LogOptions.ALL)).extracting(l -> l.text()).containsExactly("50x.html", "index.html");
        assertThat(engine.inspectContainer(reader, false).mounts()).singleElement()
                .satisfies(m -> assertThat(m.destination()).isEqualTo("/usr/share/nginx/html"))
                .satisfies(m -> assertThat(m.rw()).isFalse());
    }

    @Test
    void aShellScriptsExitCodeBecomesTheContainers() {
        String id = engine.createContainer(spec("sh", "busybox", null, List.of(), "sh", "-c", "echo hi; exit 3"));
        engine.startContainer(id);
        assertThat(engine.inspectContainer(id, false).state().exitCode()).isEqualTo(3);
        assertThat(engine.logs(id, LogOptions.ALL)).extracting(l -> l.text()).containsExactly("hi");
    }

    @Test
    void aDaemonRestartBringsBackAlwaysEvenWhenStoppedByHandButNotUnlessStoppedOnes() {
        for (String policy : List.of("no", "on-failure", "always", "unless-stopped")) {
            engine.startContainer(engine.createContainer(spec(policy + "-up", "nginx", new RestartPolicy(policy, 0), List.of())));
            String stopped = engine.createContainer(spec(policy + "-stopped", "nginx", new RestartPolicy(policy, 0), List.of()));
            engine.startContainer(stopped);
            engine.stopContainer(stopped, null, null);
        }

        engine.daemonControl().orElseThrow().restart();

        Map<String, Boolean> running = new java.util.TreeMap<>();
        engine.listContainers(true, -1, false, Filters.NONE).forEach(c -> running.put(c.names().get(0), c.state().equals("running")));
        assertThat(running).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/no-up", false, "/no-stopped", false, "/on-failure-up", false, "/on-failure-stopped", false,
                "/always-up", true, "/always-stopped", true, "/unless-stopped-up", true, "/unless-stopped-stopped", false));
    }

    @Test
    void removingARunningContainerFailsWithoutForce() {
        String id = engine.createContainer(spec("web", "nginx", null, List.of()));
        engine.startContainer(id);
        assertThatThrownBy(() -> engine.removeContainer("web", false, false))
                .isInstanceOf(EngineException.class).hasMessageContaining("container is running");
        engine.removeContainer("web", true, false);
        assertThat(engine.listContainers(true, -1, false, Filters.NONE)).isEmpty();
    }

    @Test
    void aSecondContainerWithTheSameNameConflicts() {
        engine.createContainer(spec("web", "nginx", null, List.of()));
        assertThatThrownBy(() -> engine.createContainer(spec("web", "nginx", null, List.of())))
                .hasMessageStartingWith("Conflict. The container name \"/web\" is already in use by container");
    }

    @Test
    void anImageUsedByAContainerCannotBeRemovedWithoutForce() {
        engine.createContainer(spec("web", "nginx", null, List.of()));
        assertThatThrownBy(() -> engine.removeImage("nginx", false, false))
                .hasMessageContaining("unable to remove repository reference \"nginx\" (must force) - container");
    }

    @Test
    void restoringASnapshotUndoesEverythingSinceAndCanBeRepeated() {
        var snapshots = engine.snapshots().orElseThrow();
        var before = snapshots.take();
        engine.startContainer(engine.createContainer(spec("web", "nginx", null, List.of(new PortBinding(80, "tcp", "", 8080)))));
        engine.removeImage("busybox", false, false);

        snapshots.restore(before);
        assertThat(engine.listContainers(true, -1, false, Filters.NONE)).isEmpty();
        assertThat(engine.listImages(false, Filters.NONE)).hasSize(2);

        engine.startContainer(engine.createContainer(spec("web", "nginx", null, List.of(new PortBinding(80, "tcp", "", 8080)))));
        snapshots.restore(before);
        assertThat(engine.listContainers(true, -1, false, Filters.NONE)).isEmpty();
        engine.startContainer(engine.createContainer(spec("web", "nginx", null, List.of(new PortBinding(80, "tcp", "", 8080)))));
        assertThat(ps("web").status()).startsWith("Up ");
    }

    @Test
    void restoringASnapshotPutsItsVolumesBackWhereTheShellFoundTheDataDirectory() throws Exception {
        engine.createVolume("kept", null, null, null);
        java.nio.file.Path root = engine.dataRoot().orElseThrow();
        java.nio.file.Files.writeString(root.resolve("volumes/kept/_data/note"), "before");
        var snapshots = engine.snapshots().orElseThrow();
        var before = snapshots.take();
        engine.createVolume("later", null, null, null);
        java.nio.file.Files.writeString(root.resolve("volumes/kept/_data/note"), "after");

        snapshots.restore(before);
        assertThat(engine.dataRoot()).contains(root);
        assertThat(java.nio.file.Files.readString(root.resolve("volumes/kept/_data/note"))).isEqualTo("before");
        assertThat(root.resolve("volumes/later")).doesNotExist();
        java.nio.file.Files.writeString(root.resolve("volumes/kept/_data/note"), "changed again");
        snapshots.restore(before);
        assertThat(java.nio.file.Files.readString(root.resolve("volumes/kept/_data/note"))).isEqualTo("before");
    }

    @Test
    void aStoppedContainerKeepsOnlyItsChangesAndFindsThemAgainOnRestartAndAfterUndo() {
        String id = engine.createContainer(spec("box", "busybox", null, List.of(), "sh", "-c", "echo run >> /note; cat /note"));
        engine.startContainer(id);
        SimContainer box = engine.state().containers.get("box");
        assertThat(box.files.materialized()).isFalse();
        assertThat(engine.diff("box")).extracting(io.dockertutor.engine.FileChange::path).containsExactly("/note");
        var snapshots = engine.snapshots().orElseThrow();
        var once = snapshots.take();

        engine.startContainer(id);
        assertThat(logTexts("box")).containsExactly("run", "run", "run");

        snapshots.restore(once);
        engine.startContainer(id);
        assertThat(logTexts("box")).containsExactly("run", "run", "run");
        assertThat(engine.state().containers.get("box").files.materialized()).isFalse();
    }

    private List<String> logTexts(String name) {
        return engine.logs(name, LogOptions.ALL).stream().map(l -> l.text().strip()).toList();
    }

    @Test
    void onlyTheFourMostRecentlyUsedContainersKeepTheirLayerBuiltTheOthersKeepOnlyTheirChanges() {
        List<String> others = List.of("two", "three", "four", "five");
        for (String name : List.of("box", "two", "three", "four", "five")) {
            engine.startContainer(engine.createContainer(spec(name, "busybox", null, List.of(), "sleep", "1000")));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        int wrote = exec("box", out, "sh", "-c", "echo kept > /note");
        assertThat(engine.state().containers.get("box").files.materialized()).as("box, just used").isTrue();
        exec("two", out, "true");
        assertThat(engine.state().containers.get("two").files.materialized()).as("a program that touched no file").isFalse();
        others.forEach(name -> exec(name, out, "ls", "/etc/hostname"));
        assertThat(engine.state().containers.get("box").files.materialized()).as("box, least recent of five").isFalse();
        assertThat(engine.state().containers.get("two").files.materialized()).isTrue();
        int read = exec("box", out, "cat", "/note");

        assertThat(wrote + read).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("/etc/hostname\n".repeat(4) + "kept\n");
        assertThat(engine.state().containers.get("two").files.materialized()).as("two, least recent now").isFalse();
        assertThat(engine.state().containers.get("three").files.materialized()).as("three, among the four").isTrue();
    }

    private int exec(String container, java.io.OutputStream out, String... cmd) {
        return engine.exec(container, new io.dockertutor.engine.ExecSpec(List.of(cmd), null, null, null, false, false),
                null, out, out);
    }

    @Test
    void execInAPausedContainerNamesItAsTypedAndInAStoppedOneByItsId() {
        String id = engine.createContainer(spec("box", "busybox", null, List.of(), "sleep", "1000"));
        io.dockertutor.engine.ExecSpec ls = new io.dockertutor.engine.ExecSpec(List.of("ls"), null, null, null,
                false, false);
        assertThatThrownBy(() -> engine.exec("box", ls, null, null, null))
                .hasMessage("container " + id + " is not running");
        engine.startContainer(id);
        engine.pauseContainer("box");
        assertThatThrownBy(() -> engine.exec("box", ls, null, null, null))
                .hasMessage("Container box is paused, unpause the container before exec");
    }
}
