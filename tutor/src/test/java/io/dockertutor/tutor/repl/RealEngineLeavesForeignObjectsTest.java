package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.dockertutor.engine.docker.DockerEndpointResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real engine, the learner's own container, volume and image (made here with docker-java, never by the tutor)
 * outlive a whole tutor session: a lesson started, a step solved, objects of the tutor's own made, {@code reset}, and
 * exit. The tutor's own objects are gone afterwards. Run it under {@code flock /tmp/lab.lock} on the shared lab engine.
 */
@ExtendWith(io.dockertutor.engine.docker.RealEngineExtension.class)
class RealEngineLeavesForeignObjectsTest {
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String container = "dt-foreign-ctr-" + suffix;
    private final String volume = "dt-foreign-vol-" + suffix;
    private final String image = "dt-foreign-image";
    private final String imageTag = "1-" + suffix;
    private DockerClient docker;

    @TempDir
    Path state;

    @BeforeEach
    void theLearnersOwnObjects() throws Exception {
        var endpoint = new DockerEndpointResolver(System.getenv(), Path.of(System.getProperty("user.home"))).resolve();
        var config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(endpoint.host().toString())
                .withDockerContext("default").build();
        docker = DockerClientImpl.getInstance(config, new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost()).build());
        if (docker.listImagesCmd().withImageNameFilter("busybox:latest").exec().isEmpty()) {
            docker.pullImageCmd("busybox").withTag("latest").start().awaitCompletion();
        }
        docker.tagImageCmd("busybox:latest", image, imageTag).exec();
        docker.createVolumeCmd().withName(volume).exec();
        docker.createContainerCmd(image + ":" + imageTag).withName(container).withCmd("true")
                .withHostConfig(HostConfig.newHostConfig().withBinds(new Bind(volume, new Volume("/data")))).exec();
    }

    @AfterEach
    void removeTheLearnersOwnObjects() throws Exception {
        quietly(() -> docker.removeContainerCmd(container).withForce(true).exec());
        quietly(() -> docker.removeVolumeCmd(volume).exec());
        quietly(() -> docker.removeImageCmd(image + ":" + imageTag).exec());
        docker.close();
    }

    @Test
    void inALessonTheLatestContainerIsTheLessonsLatestEvenWhenItHasExited() throws Exception {
        String running = "dt-running-" + suffix;
        String done = "dt-done-" + suffix;
        String screen = new ReplSession(state).engine("docker").env(System.getenv())
                .type("start\ndocker run -d --name " + running + " busybox sleep 300\ndocker run --name " + done
                        + " busybox true\ndocker ps -l --format 'last {{.Names}}'\nexit\n").screen();

        assertThat(screen).contains("last " + done).doesNotContain("last " + running);
    }

    @Test
    void aLessonResetAndExitRemoveOnlyTheTutorsOwnObjects() throws Exception {
        String own = "dt-own-" + suffix;
        String screen = new ReplSession(state).engine("docker").env(System.getenv())
                .type("start\ndocker pull nginx\ndocker volume create " + own + "\ndocker run -d --name " + own
                        + " -v " + own + ":/data busybox sleep 300\nreset\ndocker ps -a --format 'ctr {{.Names}}'\nexit\n").screen();

        assertThat(screen.replaceAll("\\s+", " ")).contains("Real Docker engine at ").contains("Already there, not made by docker-tutor: ")
                .contains("Step 1 of 3 is complete").contains("Removed what docker-tutor had made on the engine: 1 container")
                .contains("back to how this step began").contains("Progress saved");
        // In a lesson the listing keeps to what the lesson made, and says how many of the learner's it left out.
        assertThat(screen.substring(screen.indexOf("back to how this step began"))).doesNotContain("ctr " + own)
                .doesNotContain("ctr " + container).containsPattern("[0-9]+ containers? of your own not listed");
        assertThat(docker.inspectContainerCmd(container).exec().getName()).isEqualTo("/" + container);
        assertThat(docker.inspectVolumeCmd(volume).exec().getName()).isEqualTo(volume);
        assertThat(docker.inspectImageCmd(image + ":" + imageTag).exec().getRepoTags()).contains(image + ":" + imageTag);
        assertThat(docker.inspectImageCmd("busybox:latest").exec().getId()).isNotEmpty();
        assertThat(docker.listContainersCmd().withShowAll(true).withNameFilter(List.of(own)).exec()).isEmpty();
        assertThat(docker.listVolumesCmd().exec().getVolumes()).noneMatch(v -> v.getName().equals(own));
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (NotFoundException gone) {
            // Already gone (the test failed before making it): nothing to clean.
        }
    }
}
