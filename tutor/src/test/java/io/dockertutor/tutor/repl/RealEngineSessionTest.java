package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Ownership;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutor on an engine it shares with the learner, played by {@link StandInDocker} (the simulated engine without
 * snapshots): the start banner, reset and back by replay, and the clean-up of the tutor's own objects whenever an
 * engine session ends.
 */
class RealEngineSessionTest {
    private static final Ownership.Foreign LEARNERS_OWN = new Ownership.Foreign(List.of("db", "cache"),
            List.of("postgres:16", "redis:7", "node:20", "my-app:dev", "busybox:latest"), List.of("pgdata"), List.of());
    private static final String NO_DAEMON = "unix:///nonexistent/docker.sock";

    @TempDir
    Path state;

    private StandInDocker docker;

    private ReplSession onDocker() {
        return new ReplSession(state).engine("docker").engines(e -> docker = StandInDocker.register(e, LEARNERS_OWN));
    }

    @Test
    void startingOnARealEngineNamesItAndCountsTheLearnersOwnObjects() throws Exception {
        String screen = onDocker().type("exit\n").screen().replaceAll("\\s+", " ");
        assertThat(screen).contains("Real Docker engine at unix:///stand-in/docker.sock (Docker Engine ")
                .contains("Already there, not made by docker-tutor: 2 containers, 5 images, 1 volume, 0 networks. "
                        + "The tutor leaves them alone and asks before any command of yours touches them.")
                .contains("They run on the real Docker").doesNotContain("simulated engine");
        assertThat(docker.opened).allMatch(s -> s.closed);
    }

    @Test
    void koreanLearnersReadTheBannerInKorean() throws Exception {
        String screen = onDocker().locale(Locale.KOREAN).type("exit\n").screen().replaceAll("\\s+", " ");
        assertThat(screen).contains("실제 Docker 엔진에 연결했습니다: unix:///stand-in/docker.sock")
                .contains("docker-tutor가 만들지 않은 기존 객체가 있습니다: 컨테이너 2개, 이미지 5개, 볼륨 1개, 네트워크 0개.");
    }

    @Test
    void theSimulatedEngineStartsWithItsWelcomeAndNoBanner() throws Exception {
        String screen = new ReplSession(state).type("exit\n").screen();
        assertThat(screen).contains("They run on a simulated engine").doesNotContain("Real Docker engine");
    }

    @Test
    void resetOnAnEngineWithoutSnapshotsRemovesTheSessionsObjectsAndReplaysToTheSameStep() throws Exception {
        String screen = onDocker().type("start\ndocker pull nginx\ndocker tag nginx x:1\ndocker run -d --name web nginx\n"
                + "reset\ndocker images --format 'img {{.Repository}}'\ndocker ps -a --format 'ctr {{.Names}}'\nexit\n").screen();
        String after = screen.substring(screen.indexOf("back to how this step began"));
        assertThat(screen).contains("Removed what docker-tutor had made on the engine: 1 container, 1 image.");
        assertThat(after).contains("step 2 of 3").contains("[first-image 2/3] $ ").contains("img nginx")
                .doesNotContain("img x").doesNotContain("ctr web");
        StandInDocker.Session lesson = docker.opened.get(1);
        assertThat(lesson.cleanUps).as("reset, then exit").isEqualTo(2);
        assertThat(lesson.closed).isTrue();
    }

    @Test
    void resetOnAnEngineWithoutSnapshotsPutsTheWorkspaceFilesBack() throws Exception {
        String screen = onDocker().type("start\necho hi > notes.txt\nls\nreset\nls\nexit\n").screen();
        assertThat(screen.substring(0, screen.indexOf("back to how"))).contains("notes.txt");
        assertThat(screen.substring(screen.indexOf("back to how"))).doesNotContain("notes.txt");
    }

    @Test
    void backOnAnEngineWithoutSnapshotsReplaysToThePreviousStep() throws Exception {
        String screen = onDocker().type("start\ndocker pull nginx\nback\ndocker images --format 'img {{.Repository}}'\nexit\n")
                .screen();
        String after = screen.substring(screen.lastIndexOf("step 1 of 3"));
        assertThat(after).contains("[first-image 1/3] $ ").doesNotContain("img nginx");
        assertThat(docker.opened.get(1).cleanUps).isEqualTo(2);
    }

    @Test
    void undoOnARealEngineSaysItIsUnavailableAndWhatWorksInstead() throws Exception {
        assertThat(onDocker().type("start\ndocker pull nginx\nundo\nexit\n").screen())
                .contains("The docker engine cannot take back a single command, so undo works only on the simulated engine. "
                        + "`reset` rebuilds this step from its start, and `back` returns to the previous step.");
        assertThat(onDocker().locale(Locale.KOREAN).type("start\nundo\nexit\n").screen())
                .contains("docker 엔진은 명령 하나만 되돌릴 수 없어서 undo는 시뮬레이션 엔진에서만 됩니다.");
    }

    @Test
    void exitRemovesWhatFreePracticeMadeAndSaysHowMuch() throws Exception {
        String screen = onDocker().type("docker pull nginx\ndocker volume create data\nexit\n").screen();
        assertThat(screen).contains("Removed what docker-tutor had made on the engine: 1 image, 1 volume.\nProgress saved");
        StandInDocker.Session practice = docker.opened.get(1);
        assertThat(practice.cleanUps).isEqualTo(1);
        assertThat(practice.closed).isTrue();
    }

    @Test
    void startingAnotherLessonEndsTheFormerLessonsEngineSessionFirst() throws Exception {
        String screen = onDocker().type("start\ndocker pull nginx\nstart removing-images\nexit\n").screen();
        StandInDocker.Session first = docker.opened.get(1);
        assertThat(first.cleanUps).isEqualTo(1);
        assertThat(first.closed).isTrue();
        assertThat(screen.indexOf("Removed what docker-tutor had made on the engine: 1 image."))
                .isPositive().isLessThan(screen.indexOf("removing-images 1/"));
        assertThat(docker.opened).hasSize(3).allMatch(s -> s.closed);
    }

    @Test
    void switchingToTheSimulatorEndsTheRealSessionAndReplaysTheLessonThere() throws Exception {
        String screen = onDocker().type("start\ndocker pull nginx\nengine sim\ndocker images --format 'img {{.Repository}}'\n"
                + "exit\n").screen();
        assertThat(docker.opened.get(1).cleanUps).isEqualTo(1);
        assertThat(docker.opened.get(1).closed).isTrue();
        String after = screen.substring(screen.indexOf("Now running on the sim engine"));
        assertThat(after).contains("step 2 of 3").contains("img nginx").doesNotContain("Real Docker engine");
    }

    @Test
    void switchingToTheRealEngineAnnouncesIt() throws Exception {
        String screen = new ReplSession(state).engines(e -> docker = StandInDocker.register(e, LEARNERS_OWN))
                .type("engine docker\nexit\n").screen().replaceAll("\\s+", " ");
        assertThat(screen).contains("Now running on the docker engine. Real Docker engine at unix:///stand-in/docker.sock");
    }

    @Test
    void aMissingEngineAtLaunchWithoutATerminalGoesOnWithTheSimulator() throws Exception {
        String screen = new ReplSession(state).engine("docker").env(Map.of("DOCKER_HOST", NO_DAEMON))
                .type("docker pull nginx\nengine\nexit\n").screen();
        assertThat(screen).contains("Cannot connect to the Docker daemon at " + NO_DAEMON)
                .contains("Continuing on the simulated engine; your progress is kept.")
                .contains("Status: Downloaded newer image for nginx:latest").contains("Engine: simulated");
    }

    @Test
    void aMissingEngineAtLaunchOnATerminalAsksAndEnterGoesOnWithTheSimulator() throws Exception {
        ReplSession.Result r = new ReplSession(state).engine("docker").terminalType("xterm")
                .env(Map.of("DOCKER_HOST", NO_DAEMON, "NO_COLOR", "1")).type("\nengine\nexit\n");
        assertThat(r.screen()).contains("Continue on the simulated engine instead? Your progress is kept. [Y/n]")
                .contains("Continuing on the simulated engine").contains("Engine: sim.");
        assertThat(r.status()).isZero();
    }

    @Test
    void aMissingEngineAtLaunchOnATerminalAnsweredNoStops() throws Exception {
        ReplSession.Result r = new ReplSession(state).engine("docker").terminalType("xterm")
                .env(Map.of("DOCKER_HOST", NO_DAEMON, "NO_COLOR", "1")).type("n\n");
        assertThat(r.screen()).contains("Start the Docker engine and run docker-tutor again, or use --engine sim.");
        assertThat(r.status()).isEqualTo(1);
    }
}
