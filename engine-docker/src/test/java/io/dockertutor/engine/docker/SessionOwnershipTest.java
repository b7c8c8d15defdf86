package io.dockertutor.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import io.dockertutor.engine.BuildRequest;
import io.dockertutor.engine.BuildStep;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.Ownership;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real engine, the tutor's cleanup removes what its session made and nothing of the user's: a container, a
 * volume and an image tag that the user made before the tutor started (straight through docker-java, unlabelled,
 * as the docker CLI would) are all still there afterwards.
 */
@ExtendWith(RealEngineExtension.class)
class SessionOwnershipTest {
    private DockerClient user;
    private DockerJavaEngine tutor;

    @BeforeEach
    void usersOwnObjectsExistBeforeTheTutorStarts() throws Exception {
        DockerEndpoint endpoint = DockerEndpointResolver.fromEnvironment();
        user = DockerClients.open(endpoint, Path.of(System.getProperty("user.home"), ".docker"), Locale.ENGLISH);
        user.pullImageCmd("busybox").withTag("latest").exec(new PullImageResultCallback()).awaitCompletion();
        user.tagImageCmd("busybox:latest", "contract-users-image", "1").exec();
        user.createContainerCmd("busybox").withName("contract-users-box").withCmd("sleep", "300").exec();
        user.createVolumeCmd().withName("contract-users-vol").exec();
        tutor = RealEngineExtension.connect();
    }

    @AfterEach
    void removeTheUsersObjects() throws Exception {
        tutor.ownership().cleanUp();
        tutor.close();
        user.removeContainerCmd("contract-users-box").withForce(true).exec();
        user.removeVolumeCmd("contract-users-vol").exec();
        user.removeImageCmd("contract-users-image:1").exec();
        user.close();
    }

    @Test
    void cleanupRemovesTheSessionsObjectsAndLeavesTheUsersAlone(@TempDir Path context) throws Exception {
        Ownership own = tutor.ownership();
        assertThat(own.foreign().containers()).contains("contract-users-box");
        assertThat(own.foreign().volumes()).contains("contract-users-vol");

        tutor.pull(ImageReference.parse("busybox"), e -> { });
        tutor.tag("busybox", ImageReference.parse("contract-tutor-tag:1"));
        String built = build(context);
        String box = tutor.createContainer(ContainerSpec.of("contract-tutor-box", "contract-tutor-built:1", List.of("sleep", "300")));
        tutor.startContainer(box);
        tutor.createVolume("contract-tutor-vol", null, Map.of(), Map.of());
        tutor.createNetwork(new NetworkSpec("contract-tutor-net", null, false, false, Map.of(), null, null));

        assertThat(own.ownsContainer("contract-tutor-box")).isTrue();
        assertThat(own.ownsContainer("contract-users-box")).isFalse();
        assertThat(own.ownsVolume("contract-tutor-vol")).isTrue();
        assertThat(own.ownsVolume("contract-users-vol")).isFalse();
        assertThat(own.ownsNetwork("contract-tutor-net")).isTrue();
        assertThat(own.ownsImage("contract-tutor-built:1")).isTrue();
        assertThat(own.ownsImage(built)).isTrue();
        assertThat(own.ownsImage("contract-tutor-tag:1")).isTrue();
        assertThat(own.ownsImage("busybox")).as("pulled again, but the user had it first").isFalse();
        assertThat(own.ownsImage("contract-users-image:1")).isFalse();
        assertThat(tutor.inspectContainer(box, false).config().labels()).as("the session label stays out of sight")
                .doesNotContainKey(Ownership.SESSION_LABEL);

        List<String> removed = own.cleanUp();

        assertThat(removed).contains("container contract-tutor-box", "volume contract-tutor-vol", "network contract-tutor-net",
                "image contract-tutor-tag:1", "image contract-tutor-built:1");
        assertThat(tutor.listContainers(true, -1, false, Filters.parse(List.of("name=contract-"))))
                .extracting(c -> c.names().get(0)).containsExactly("/contract-users-box");
        assertThat(tutor.listVolumes(Filters.NONE)).extracting(v -> v.name()).contains("contract-users-vol")
                .doesNotContain("contract-tutor-vol");
        assertThat(tutor.listNetworks(Filters.NONE)).extracting(n -> n.name()).doesNotContain("contract-tutor-net");
        List<String> tags = new ArrayList<>();
        tutor.listImages(false, Filters.NONE).forEach(i -> tags.addAll(i.repoTags()));
        assertThat(tags).contains("busybox:latest", "contract-users-image:1")
                .doesNotContain("contract-tutor-tag:1", "contract-tutor-built:1");
    }

    /** A real legacy build of a two-step Dockerfile, with a file left out by .dockerignore. */
    private String build(Path context) throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM busybox\nCOPY . /ctx/\n");
        Files.writeString(context.resolve("kept.txt"), "kept\n");
        Files.writeString(context.resolve("secret.txt"), "left out\n");
        Files.writeString(context.resolve(".dockerignore"), "secret.txt\n");
        List<BuildStep> steps = new ArrayList<>();
        String id = tutor.build(BuildRequest.builder(context).tags(List.of("contract-tutor-built:1")).build(), steps::add);

        assertThat(id).matches("sha256:[0-9a-f]{64}");
        assertThat(steps).extracting(BuildStep::name).containsExactly("[1/2] FROM busybox", "[2/2] COPY . /ctx/");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String probe = tutor.createContainer(ContainerSpec.of(null, "contract-tutor-built:1", List.of("ls", "/ctx")));
        tutor.runAttached(probe, line -> out.writeBytes((line.text() + "\n").getBytes()));
        assertThat(out.toString()).contains("kept.txt").doesNotContain("secret.txt");
        return id;
    }
}
