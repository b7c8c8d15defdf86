package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.docker.DockerJavaEngine;
import io.dockertutor.engine.docker.HostCommand;
import io.dockertutor.engine.docker.RealEngineExtension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every bundled lesson on the real engine, as {@code docker-tutor validate --engine docker} runs it: every step
 * that does not need Docker Hub or the daemon itself passes, each check gives the same verdicts (before the
 * solution, after each wrong attempt, after the solution) as on the simulated engine; and beside the user's own
 * busybox containers (one running, one exited), an nginx container, a volume named like the files lesson's
 * ({@code nginx_volume}) holding a file, and an image, all made beforehand with the docker CLI, every step passes
 * as well and all of them, the file too, are untouched afterwards.
 *
 * <p>Runs where a Docker engine answers (CI starts the lab engine, scripts/lab-engine.sh); slow (minutes), since
 * every step runs in a fresh session with the earlier steps replayed.
 */
@ExtendWith(RealEngineExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundledLessonsOnRealEngineTest {
    private static final Set<String> OFFLINE_REAL_ENGINE_LACKS = Set.of("internet", "daemon", "engine-files");
    private static final String TAG = UUID.randomUUID().toString().substring(0, 6);
    private static final String CONTAINER = "dt-foreign-container-" + TAG;
    private static final String RUNNING_BUSYBOX = "dt-foreign-busybox-" + TAG;
    private static final String EXITED_BUSYBOX = "dt-foreign-exited-" + TAG;
    private static final String NGINX = "dt-foreign-nginx-" + TAG;
    private static final String VOLUME = "dt-foreign-volume-" + TAG;
    /** The files lesson's volume name, as a learner who followed the notes already has it. */
    private static final String LESSON_NAMED_VOLUME = "nginx_volume";
    private static final String IMAGE = "dt-foreign-image:" + TAG;
    private static final String NGINX_IMAGE = "dt-foreign-nginx:" + TAG;
    private static boolean madeLessonNamedVolume;

    @AfterAll
    static void removeTheUsersThings() throws IOException, InterruptedException {
        docker("rm", "-f", CONTAINER, RUNNING_BUSYBOX, EXITED_BUSYBOX, NGINX);
        docker("volume", "rm", VOLUME);
        if (madeLessonNamedVolume) {
            docker("volume", "rm", LESSON_NAMED_VOLUME);
        }
        docker("rmi", IMAGE, NGINX_IMAGE);
    }

    @Test
    @Order(1)
    void everyLessonPassesWithTheSimulatorsVerdicts() throws IOException, InterruptedException {
        // A lesson image the engine already holds is someone's own: `docker rmi busybox` would rightly be refused.
        for (Lesson lesson : LessonLibrary.bundled().lessons()) {
            for (String image : lesson.images()) {
                assertThat(docker("images", "-q", image)).as("%s on the engine before validation (start from an engine "
                        + "without the lessons' images, e.g. scripts/lab-engine.sh reset)", image).isEmpty();
            }
        }
        List<LessonValidator.StepResult> real = validateOnTheRealEngine();
        List<LessonValidator.StepResult> simulated = new ArrayList<>();
        SimulatedValidation.validator().validateAll(LessonLibrary.bundled().lessons(), simulated::add);

        assertThat(real).as("steps validated").hasSize(simulated.size());
        assertThat(real).filteredOn(r -> r.status() == LessonValidator.StepResult.Status.FAILED)
                .as("steps failing on the real engine").isEmpty();
        assertThat(real).filteredOn(r -> r.status() == LessonValidator.StepResult.Status.PASSED)
                .as("steps passing on the real engine").hasSizeGreaterThan(40);
        assertThat(verdicts(real, real)).as("check verdicts on the real engine")
                .isEqualTo(verdicts(simulated, real));
    }

    /**
     * With objects of the user's own on the engine, a wrong attempt like {@code docker rm -f $(docker ps -aq)} is
     * refused instead of run, so verdicts are compared in the run above, on an engine holding nothing else.
     */
    @Test
    @Order(2)
    void everyLessonPassesAndLeavesTheUsersOwnContainersVolumesAndImagesAlone() throws IOException, InterruptedException {
        // The user's images have the lessons' images' ids under the user's own names; the lessons' names stay free.
        userImage("busybox", IMAGE);
        userImage("nginx:latest", NGINX_IMAGE);
        docker("volume", "create", VOLUME);
        docker("create", "--name", CONTAINER, "-v", VOLUME + ":/data", IMAGE, "sleep", "3600");
        docker("run", "-d", "--name", RUNNING_BUSYBOX, IMAGE, "sleep", "3600");
        docker("run", "--name", EXITED_BUSYBOX, IMAGE, "true");
        docker("run", "-d", "--name", NGINX, NGINX_IMAGE);
        assertThat(docker("volume", "ls", "-q", "--filter", "name=" + LESSON_NAMED_VOLUME))
                .as("no nginx_volume on the engine before the test (one of someone's own would be removed afterwards)").isEmpty();
        docker("volume", "create", LESSON_NAMED_VOLUME);
        madeLessonNamedVolume = true;
        docker("run", "--rm", "-v", LESSON_NAMED_VOLUME + ":/d", IMAGE, "sh", "-c", "echo precious > /d/precious.txt");
        String before = docker("ps", "-a", "--filter", "name=dt-foreign-", "--format", "{{.Names}} {{.Image}} {{.State}}");

        List<LessonValidator.StepResult> real = validateOnTheRealEngine();

        assertThat(real).filteredOn(r -> r.status() == LessonValidator.StepResult.Status.FAILED)
                .as("steps failing on the real engine beside the user's objects").isEmpty();
        assertThat(real).filteredOn(r -> r.status() == LessonValidator.StepResult.Status.PASSED)
                .as("steps passing on the real engine beside the user's objects").hasSizeGreaterThan(40);
        assertThat(names(docker("ps", "-a", "--filter", "name=dt-foreign-", "--format", "{{.Names}}")))
                .containsExactlyInAnyOrder(CONTAINER, RUNNING_BUSYBOX, EXITED_BUSYBOX, NGINX);
        assertThat(names(docker("ps", "-a", "--filter", "name=dt-foreign-", "--format", "{{.Names}} {{.Image}} {{.State}}")))
                .as("the same containers, of the same images, in the same state").containsExactlyInAnyOrderElementsOf(names(before));
        assertThat(docker("volume", "ls", "-q", "--filter", "name=" + VOLUME)).isEqualTo(VOLUME);
        assertThat(docker("volume", "ls", "-q", "--filter", "name=" + LESSON_NAMED_VOLUME))
                .as("the user's nginx_volume, and none of the lessons' own left behind").isEqualTo(LESSON_NAMED_VOLUME);
        assertThat(docker("volume", "inspect", "-f", "{{json .Labels}}", LESSON_NAMED_VOLUME)).as("not relabelled").isIn("null", "{}");
        assertThat(docker("run", "--rm", "-v", LESSON_NAMED_VOLUME + ":/d", IMAGE, "ls", "/d")).as("the user's volume holds only their file")
                .isEqualTo("precious.txt");
        assertThat(docker("run", "--rm", "-v", LESSON_NAMED_VOLUME + ":/d", IMAGE, "cat", "/d/precious.txt")).isEqualTo("precious");
        assertThat(docker("images", "-q", IMAGE)).isNotEmpty();
        assertThat(docker("images", "-q", NGINX_IMAGE)).isNotEmpty();
    }

    /** Pulls {@code lessonImage} and gives it the user's name {@code userName}, leaving the lesson's name off the engine. */
    private static void userImage(String lessonImage, String userName) throws IOException, InterruptedException {
        boolean had = !docker("images", "-q", lessonImage).isEmpty();
        docker("pull", "-q", lessonImage);
        docker("tag", lessonImage, userName);
        if (!had) {
            docker("rmi", lessonImage); // only the tag: the user's image keeps its own name
        }
    }

    private static List<String> names(String lines) {
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    private static List<LessonValidator.StepResult> validateOnTheRealEngine() {
        LessonValidator onDocker = new LessonValidator(ws -> DockerJavaEngine.fromEnvironment(
                "validate-" + UUID.randomUUID(), Locale.ENGLISH), OFFLINE_REAL_ENGINE_LACKS, Locale.ENGLISH);
        List<LessonValidator.StepResult> real = new ArrayList<>();
        onDocker.validateAll(LessonLibrary.bundled().lessons(), r -> {
            System.out.println("[real engine] " + r.status() + " " + r.lesson() + "/" + r.step() + " (" + r.seconds() + " s)"
                    + (r.reason() == null ? "" : ": " + r.reason()));
            real.add(r);
        });
        return real;
    }

    /** lesson/step to its verdicts, for the steps {@code judged} judged (not skipped there). */
    private static Map<String, List<String>> verdicts(List<LessonValidator.StepResult> results,
                                                      List<LessonValidator.StepResult> judged) {
        Set<String> keep = new java.util.HashSet<>();
        judged.stream().filter(r -> r.status() != LessonValidator.StepResult.Status.SKIPPED)
                .forEach(r -> keep.add(r.lesson() + "/" + r.step()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (LessonValidator.StepResult r : results) {
            if (keep.contains(r.lesson() + "/" + r.step())) {
                out.put(r.lesson() + "/" + r.step(), r.verdicts());
            }
        }
        return out;
    }

    /** The docker CLI, as the user would type it (their objects carry no docker-tutor label). */
    private static String docker(String... args) throws IOException, InterruptedException {
        return HostCommand.docker(args);
    }
}
