package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image the simulator's offline catalog lacks gets Docker's own error and exit status, then one line of the
 * tutor's saying why and how to add it; an image the catalog has gets no such line.
 */
class OfflineCatalogNoteTest {
    private static final String DENIED = "docker: Error response from daemon: pull access denied for nosuchimage, "
            + "repository does not exist or may require 'docker login': denied: requested access to the resource is denied";

    @TempDir
    java.nio.file.Path state;

    @Test
    void anImageOutsideTheCatalogKeepsDockersErrorAndStatusThenGetsTheTutorsLine() throws Exception {
        String screen = new ReplSession(state).type("docker run nosuchimage\necho status=$?\nexit\n").screen();
        assertThat(screen).contains(DENIED).contains("status=125")
                .contains("docker-tutor: nosuchimage is not in the simulator's offline image catalog.")
                .contains("--catalog FILE (see docs/catalog-format.md)");
        assertThat(screen.indexOf(DENIED)).isLessThan(screen.indexOf("docker-tutor: nosuchimage"));
        assertThat(screen.lines().filter(l -> l.contains("offline image catalog")).count()).isEqualTo(1);
    }

    @Test
    void aTagOutsideTheCatalogGetsTheLineInKorean() throws Exception {
        String screen = new ReplSession(state).locale(Locale.KOREAN).type("docker pull alpine:0.1\nexit\n").screen();
        assertThat(screen).contains("manifest for alpine:0.1 not found: manifest unknown: manifest unknown")
                .contains("docker-tutor: alpine:0.1 이미지는 시뮬레이터의 오프라인 이미지 카탈로그에 없습니다.");
    }

    @Test
    void aRealEngineGetsDockersErrorAlone() throws Exception {
        String screen = new ReplSession(state).engine("docker")
                .engines(e -> StandInDocker.register(e, new io.dockertutor.engine.Ownership.Foreign(java.util.List.of(),
                        java.util.List.of(), java.util.List.of(), java.util.List.of())))
                .type("docker run nosuchimage\necho status=$?\nexit\n").screen();
        assertThat(screen).contains(DENIED).contains("status=125").doesNotContain("offline image catalog");
    }

    @Test
    void anImageInTheCatalogGetsNoLine() throws Exception {
        String screen = new ReplSession(state).type("docker pull python:3.12-slim\nexit\n").screen();
        assertThat(screen).contains("Status: Downloaded newer image for python:3.12-slim")
                .doesNotContain("offline image catalog");
    }
}
