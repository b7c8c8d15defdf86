package io.dockertutor.engine.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineCapabilities;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.EngineException.Kind;
import io.dockertutor.engine.ExecSpec;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.LogOptions;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.PathStat;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.ProgressEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every engine shows through the engine API, written once and run on both engines (the pattern of
 * docker-java's {@code DockerHttpClientTCK}): {@code SimulatedEngineContractTest} and
 * {@code DockerJavaEngineContractTest} extend it in a few lines.
 *
 * <p>Images are the lab engine's stand-ins ({@code corpus/lab-catalog.yaml}); every object a test makes is named
 * {@code contract-*}. Daemon messages are stated in today's engine wording; an engine that words a message
 * differently in a documented way rewrites it in {@link #currentWording} first. The filters of every list and
 * prune have their own contract, {@link FilterContract}.
 */
public abstract class EngineContract extends ContractSupport {

    // -- capabilities --------------------------------------------------------------------------------------

    @Test
    void theOptionalPartsArePresentExactlyWhereTheCapabilitiesSaySo() {
        EngineCapabilities can = engine().capabilities();

        assertThat(engine().snapshots()).as("snapshots").matches(s -> s.isPresent() == can.undo());
        assertThat(engine().daemonControl()).as("daemon control").matches(d -> d.isPresent() == can.daemonRestart());
        assertThat(engine().dataRoot()).as("data root").matches(r -> r.isPresent() == can.engineFiles());
    }

    // -- images and the registry ---------------------------------------------------------------------------

    @Test
    void pullReportsEachStepAndListsTheImageWithTagAndDigest() {
        List<ProgressEvent> events = new ArrayList<>();
        engine().pull(ImageReference.parse("busybox"), events::add);

        assertThat(events.get(0)).isEqualTo(ProgressEvent.of("latest", "Pulling from library/busybox"));
        assertThat(events).anyMatch(e -> e.status().startsWith("Digest: sha256:"));
        assertThat(events.get(events.size() - 1).status())
                .matches("Status: (Downloaded newer image|Image is up to date) for busybox:latest");
        ImageSummary busybox = image("busybox:latest");
        assertThat(busybox.id()).matches("sha256:[0-9a-f]{64}");
        assertThat(busybox.repoDigests()).singleElement().asString().startsWith("busybox@sha256:");
    }

    @Test
    void pullingTwiceSaysTheImageIsUpToDate() {
        pull("busybox");
        List<ProgressEvent> events = new ArrayList<>();
        engine().pull(ImageReference.parse("busybox"), events::add);

        assertThat(events.get(events.size() - 1).status()).isEqualTo("Status: Image is up to date for busybox:latest");
    }

    @Test
    void removingOneOfTwoTagsOnlyUntags() {
        pull("busybox");
        engine().tag("busybox", ImageReference.parse("contract-tag:1"));

        assertThat(image("contract-tag:1").id()).isEqualTo(image("busybox:latest").id());
        assertThat(engine().removeImage("contract-tag:1", false, false)).containsExactly(ImageDeletion.untagged("contract-tag:1"));
        assertThat(engine().listImages(false, Filters.NONE)).noneMatch(i -> i.repoTags().contains("contract-tag:1"));
    }

    @Test
    void removingAnImageIdTaggedInTwoRepositoriesNeedsForce() {
        pull("busybox");
        engine().tag("busybox", ImageReference.parse("contract-two:1"));
        String shortId = shortId(image("busybox:latest").id());

        assertDaemonError(() -> engine().removeImage(shortId, false, false), Kind.CONFLICT,
                "conflict: unable to delete " + shortId + " (must be forced) - image is referenced in multiple repositories");
    }

    @Test
    void removingTheOnlyTagOfAnImageAContainerUsesIsAConflict() {
        pull("alpine:3.7");
        String id = engine().createContainer(ContainerSpec.of("contract-user", "alpine:3.7", List.of("true")));

        assertDaemonError(() -> engine().removeImage("alpine:3.7", false, false), Kind.CONFLICT,
                "conflict: unable to remove repository reference \"alpine:3.7\" (must force) - container " + shortId(id)
                        + " is using its referenced image " + shortId(image("alpine:3.7").id()));
    }

    @Test
    void missingImagesAreNotFoundForRemoveTagAndCreate() {
        assertDaemonError(() -> engine().removeImage("contract-nosuch", false, false), Kind.NOT_FOUND,
                "No such image: contract-nosuch:latest");
        assertDaemonError(() -> engine().tag("contract-nosuch", ImageReference.parse("contract-x")), Kind.NOT_FOUND,
                "No such image: contract-nosuch:latest");
        assertDaemonError(() -> engine().createContainer(ContainerSpec.of("contract-c", "contract-nosuch", null)), Kind.NOT_FOUND,
                "No such image: contract-nosuch:latest");
    }

    @Test
    void inspectingAMissingImageIsNotFound() {
        assertDaemonError(() -> engine().inspectImage("contract-nosuch"), Kind.NOT_FOUND, "No such image: contract-nosuch:latest");
    }

    // -- containers ----------------------------------------------------------------------------------------

    @Test
    void aContainerIsCreatedThenRunningThenExited() {
        pull("busybox");
        String id = engine().createContainer(ContainerSpec.of("contract-life", "busybox", List.of("sleep", "300")));
        assertThat(engine().inspectContainer("contract-life", false).state().status()).isEqualTo("created");

        engine().startContainer(id);
        ContainerDetails running = engine().inspectContainer(id, false);
        assertThat(running.state().status()).isEqualTo("running");
        assertThat(running.state().running()).isTrue();
        assertThat(running.name()).isEqualTo("/contract-life");

        engine().killContainer("contract-life", null);
        ContainerDetails killed = engine().inspectContainer(id, false);
        assertThat(killed.state().status()).isEqualTo("exited");
        assertThat(killed.state().exitCode()).isEqualTo(137);
    }

    @Test
    void aDetachedContainerSaysNoStreamIsAttachedAForegroundOneSaysBoth() {
        pull("busybox");
        engine().createContainer(ContainerSpec.builder("busybox").name("contract-bg").cmd(List.of("true")).detach(true).build());
        engine().createContainer(ContainerSpec.builder("busybox").name("contract-fg").cmd(List.of("true")).build());

        ContainerDetails.Config bg = engine().inspectContainer("contract-bg", false).config();
        ContainerDetails.Config fg = engine().inspectContainer("contract-fg", false).config();
        assertThat(List.of(bg.attachStdin(), bg.attachStdout(), bg.attachStderr())).containsExactly(false, false, false);
        assertThat(List.of(fg.attachStdin(), fg.attachStdout(), fg.attachStderr())).containsExactly(false, true, true);
    }

    @Test
    void startingARunningContainerAndStoppingAStoppedOneAreNoErrors() {
        String id = runDetached("contract-idem", "busybox", "sleep", "300");
        engine().startContainer(id);
        engine().killContainer(id, null);
        engine().stopContainer(id, 1, null);

        assertThat(engine().inspectContainer(id, false).state().status()).isEqualTo("exited");
    }

    @Test
    void aTakenNameIsAConflict() {
        pull("busybox");
        String id = engine().createContainer(ContainerSpec.of("contract-dup", "busybox", List.of("true")));

        assertDaemonError(() -> engine().createContainer(ContainerSpec.of("contract-dup", "busybox", List.of("true"))), Kind.CONFLICT,
                "Conflict. The container name \"/contract-dup\" is already in use by container \"" + id
                        + "\". You have to remove (or rename) that container to be able to reuse that name.");
    }

    @Test
    void aOneCharacterNameIsRefused() {
        pull("busybox");
        assertDaemonError(() -> engine().createContainer(ContainerSpec.of("k", "busybox", List.of("true"))), Kind.BAD_REQUEST,
                "Invalid container name (k), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }

    @Test
    void missingContainersAreNotFound() {
        assertDaemonError(() -> engine().startContainer("contract-nosuch"), Kind.NOT_FOUND, "No such container: contract-nosuch");
        assertDaemonError(() -> engine().inspectContainer("contract-nosuch", false), Kind.NOT_FOUND,
                "No such container: contract-nosuch");
        assertDaemonError(() -> engine().removeContainer("contract-nosuch", false, false), Kind.NOT_FOUND,
                "No such container: contract-nosuch");
    }

    @Test
    void removingARunningContainerFailsWithoutForce() {
        String id = runDetached("contract-busy", "busybox", "sleep", "300");

        assertThatThrownBy(() -> engine().removeContainer("contract-busy", false, false)).isInstanceOfSatisfying(
                EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
        assertThat(engine().inspectContainer(id, false).state().running()).isTrue();
        engine().removeContainer("contract-busy", true, false);
        assertThat(engine().listContainers(true, -1, false, Filters.NONE)).noneMatch(c -> c.id().equals(id));
    }

    @Test
    protected void removingARunningContainerIsRefusedInTodaysWords() {
        runDetached("contract-busy", "busybox", "sleep", "300");

        assertDaemonError(() -> engine().removeContainer("contract-busy", false, false), Kind.CONFLICT,
                "cannot remove container \"/contract-busy\": container is running: stop the container before removing or force remove");
    }

    @Test
    void killingAStoppedContainerIsAConflict() {
        pull("busybox");
        String id = engine().createContainer(ContainerSpec.of("contract-still", "busybox", List.of("true")));

        assertDaemonError(() -> engine().killContainer("contract-still", null), Kind.CONFLICT,
                "cannot kill container: contract-still: container " + id + " is not running");
    }

    @Test
    void aOneShotContainerExitsAndKeepsItsOutputInTheLog() {
        String id = runDetached("contract-echo", "busybox", "echo", "hello contract");

        assertThat(engine().waitContainer(id)).isEqualTo(OptionalInt.of(0));
        assertThat(engine().logs("contract-echo", LogOptions.ALL)).extracting(LogEntry::text).containsExactly("hello contract");
        assertThat(engine().listContainers(true, -1, false, Filters.parse(List.of("name=contract-echo"))))
                .singleElement().satisfies(c -> {
                    assertThat(c.names()).containsExactly("/contract-echo");
                    assertThat(c.state()).isEqualTo("exited");
                    assertThat(c.status()).startsWith("Exited (0) ");
                });
    }

    @Test
    void runAttachedPassesBothStreamsAndAnswersTheExitCode() {
        pull("busybox");
        String id = engine().createContainer(ContainerSpec.of("contract-attached", "busybox",
                List.of("sh", "-c", "echo out; echo err >&2; exit 3")));
        List<LogEntry> output = new ArrayList<>();

        assertThat(engine().runAttached(id, output::add)).isEqualTo(OptionalInt.of(3));
        assertThat(output).extracting(LogEntry::stderr, LogEntry::text)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(false, "out"), org.assertj.core.groups.Tuple.tuple(true, "err"));
    }

    @Test
    void attachWithStartFeedsTheInputToTheContainersShellAndAnswersItsExitCode() {
        pull("busybox");
        String id = engine().createContainer(ContainerSpec.of("contract-attach-sh", "busybox", List.of("sh")).toBuilder()
                .openStdin(true).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.io.InputStream in = new java.io.ByteArrayInputStream("echo hi from $(hostname)\necho oops >&2\nexit 3\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(engine().attach(id, true, in, out, err)).isEqualTo(OptionalInt.of(3));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hi from " + id.substring(0, 12) + "\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("oops\n");
        assertThat(engine().inspectContainer(id, false).state().status()).isEqualTo("exited");
    }

    @Test
    void attachWithStartEndsCatWhenTheInputEnds() {
        pull("busybox");
        String id = engine().createContainer(ContainerSpec.of("contract-attach-cat", "busybox", List.of("cat")).toBuilder()
                .openStdin(true).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.InputStream in = new java.io.ByteArrayInputStream("line one\nline two\n".getBytes(StandardCharsets.UTF_8));

        assertThat(engine().attach(id, true, in, out, new ByteArrayOutputStream())).isEqualTo(OptionalInt.of(0));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("line one\nline two\n");
    }

    @Test
    void attachAtALineEditorHandsTheShellsPromptOverAndShowsEachLineOnce() {
        pull("busybox");
        String id = engine().createContainer(ContainerSpec.of("contract-attach-tty", "busybox", List.of("sh")).toBuilder()
                .openStdin(true).tty(true).build());
        ScriptedKeyboard keyboard = new ScriptedKeyboard("echo one\n", "exit 5\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(engine().attach(id, true, keyboard, out, out)).isEqualTo(OptionalInt.of(5));
        String screen = out.toString(StandardCharsets.UTF_8).replace("\r", "");
        assertThat(keyboard.prompts).as("the shell's own prompt, drawn by the line editor, once per line typed")
                .containsExactly("/ # ", "/ # ");
        assertThat(screen).as("the line the learner typed is not shown a second time").doesNotContain("echo one")
                .contains("one\n").doesNotContain("/ # ");
    }

    /** A learner at a line editor typing the given lines, one per read; the prompts handed over are kept. */
    private static final class ScriptedKeyboard extends java.io.InputStream implements io.dockertutor.engine.Prompter {
        final List<String> prompts = new ArrayList<>();
        private final java.util.ArrayDeque<byte[]> lines = new java.util.ArrayDeque<>();

        ScriptedKeyboard(String... lines) {
            for (String line : lines) {
                this.lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public void prompt(String text) {
            prompts.add(text);
        }

        private byte[] line = new byte[0];
        private int next;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        /** Like a line editor: a new line is typed only when the last one has been read whole. */
        @Override
        public int read(byte[] b, int off, int len) {
            if (next >= line.length) {
                line = lines.poll();
                next = 0;
                if (line == null) {
                    line = new byte[0];
                    return -1;
                }
            }
            int n = Math.min(len, line.length - next);
            System.arraycopy(line, next, b, off, n);
            next += n;
            return n;
        }
    }

    @Test
    void runAttachedOfAServerGivesThePromptBackAndTheServerKeepsRunning() {
        pull("nginx");
        String id = engine().createContainer(ContainerSpec.of("contract-foreground-server", "nginx", null));
        List<LogEntry> output = new ArrayList<>();

        assertThat(engine().runAttached(id, output::add)).isEmpty();
        assertThat(engine().inspectContainer(id, false).state().running()).isTrue();
    }

    @Test
    void execRunsInARunningContainerOnly() {
        String id = runDetached("contract-exec", "busybox", "sleep", "300");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = engine().exec(id, new ExecSpec(List.of("sh", "-c", "echo hi; exit 4"), null, null, null, false, false), null, out, err);
        assertThat(code).isEqualTo(4);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hi\n");

        engine().killContainer(id, null);
        assertDaemonError(() -> engine().exec(id, new ExecSpec(List.of("true"), null, null, null, false, false), null, out, err),
                Kind.CONFLICT, "container " + id + " is not running");
    }

    @Test
    void archivesCopyFilesIntoAndOutOfAContainer() throws Exception {
        String id = runDetached("contract-files", "busybox", "sleep", "300");
        engine().putArchive(id, "/tmp", Tars.of("contract.txt", "copied in\n"));

        PathStat stat = engine().statPath(id, "/tmp/contract.txt");
        assertThat(stat.name()).isEqualTo("contract.txt");
        assertThat(stat.size()).isEqualTo(10);
        assertThat(stat.directory()).isFalse();
        assertThat(Tars.read(engine().getArchive(id, "/tmp/contract.txt"))).containsEntry("contract.txt", "copied in\n");
        assertDaemonError(() -> engine().statPath(id, "/nope"), Kind.NOT_FOUND, "Could not find the file /nope in container " + id);
    }

    // -- ports and the host network ------------------------------------------------------------------------

    @Test
    void aPublishedPortAnswersHttpUntilTheContainerIsGone() throws Exception {
        pull("nginx");
        int port = FreePort.find();
        ContainerSpec web = ContainerSpec.builder("nginx").name("contract-web")
                .portBindings(List.of(new PortBinding(80, "tcp", "", port))).build();
        String id = engine().createContainer(web);
        engine().startContainer(id);

        HostNetwork.HttpResponse response = Eventually.answer(engine().hostNetwork(), HostNetwork.HttpRequest.get("127.0.0.1", port, "/"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).contains("Welcome to nginx!");
        assertThat(engine().inspectContainer(id, false).network().ports())
                .contains(new PortBinding(80, "tcp", "0.0.0.0", port));

        engine().removeContainer(id, true, false);
        assertThatThrownBy(() -> engine().hostNetwork().send(HostNetwork.HttpRequest.get("127.0.0.1", port, "/")))
                .isInstanceOfSatisfying(HostNetwork.ConnectionFailure.class,
                        f -> assertThat(f.reason()).isEqualTo(HostNetwork.ConnectionFailure.Reason.REFUSED));
    }

    // -- volumes and networks ------------------------------------------------------------------------------

    @Test
    void aVolumeInUseCannotBeRemoved() {
        engine().createVolume("contract-vol", null, Map.of(), Map.of());
        assertThat(engine().inspectVolume("contract-vol").mountpoint()).isEqualTo("/var/lib/docker/volumes/contract-vol/_data");
        String id = runDetached("contract-mounter", "busybox", "sleep", "300", "-v", "contract-vol:/data");

        assertDaemonError(() -> engine().removeVolume("contract-vol", false), Kind.CONFLICT,
                "remove contract-vol: volume is in use - [" + id + "]");
        assertThat(engine().inspectContainer(id, false).mounts()).singleElement()
                .satisfies(m -> assertThat(List.of(m.type(), m.name(), m.destination())).containsExactly("volume", "contract-vol", "/data"));
    }

    @Test
    void missingVolumesAndNetworksAreNotFound() {
        assertDaemonError(() -> engine().inspectVolume("contract-nosuch"), Kind.NOT_FOUND, "get contract-nosuch: no such volume");
        assertDaemonError(() -> engine().removeNetwork("contract-nosuch"), Kind.NOT_FOUND, "network contract-nosuch not found");
    }

    @Test
    void aNetworkWithContainersCannotBeRemoved() {
        String networkId = engine().createNetwork(new NetworkSpec("contract-net", null, false, false, Map.of(), null, null));
        String id = runDetached("contract-member", "busybox", "sleep", "300");
        engine().connectNetwork("contract-net", id, io.dockertutor.engine.EndpointSpec.aliases(List.of()));

        assertThat(networkId).matches("[0-9a-f]{64}");
        assertThat(engine().inspectNetwork("contract-net").containers()).containsKey(id);
        assertThat(engine().inspectContainer(id, false).network().networks()).containsKeys("bridge", "contract-net");
        assertThatThrownBy(() -> engine().removeNetwork("contract-net")).isInstanceOfSatisfying(
                EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        assertThat(engine().inspectNetwork("contract-net").id()).isEqualTo(networkId);
    }

    @Test
    protected void aNetworkWithContainersIsKeptInTodaysWords() {
        engine().createNetwork(new NetworkSpec("contract-net", null, false, false, Map.of(), null, null));
        String id = runDetached("contract-member", "busybox", "sleep", "300");
        engine().connectNetwork("contract-net", id, io.dockertutor.engine.EndpointSpec.aliases(List.of()));
        String endpoint = engine().inspectNetwork("contract-net").containers().get(id).endpointId();

        assertDaemonError(() -> engine().removeNetwork("contract-net"), Kind.FORBIDDEN,
                "error while removing network: network contract-net has active endpoints (name:\"contract-member\" id:\""
                        + shortId(endpoint) + "\")");
    }
}
