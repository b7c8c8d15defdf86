package io.dockertutor.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.RestartPolicy;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckerTest {
    private static Catalog catalog;
    private SimulatedEngine engine;
    private final Checker checker = new Checker();

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadDefault();
    }

    @BeforeEach
    void webServer() {
        engine = new SimulatedEngine(catalog, Clock.systemUTC());
        engine.pull(ImageReference.parse("nginx"), e -> { });
        String id = engine.createContainer(ContainerSpec.builder("nginx").name("web").env(List.of("MODE=dev"))
                .labels(Map.of("tier", "front")).portBindings(List.of(new PortBinding(80, "tcp", "", 8080)))
                .restartPolicy(new RestartPolicy("always", 0)).detach(true).build());
        engine.startContainer(id);
    }

    private Verdict check(Assertion a) {
        return checker.check(List.of(a), new CheckContext(engine, Path.of("/ws"), List.of("docker ps"), "CONTAINER ID", Locale.ENGLISH));
    }

    private static Assertion.ContainerIs container(String state, List<String> ports, String restart) {
        return new Assertion.ContainerIs("web", false, state, null, null, restart, ports, null, null, null, null, null, null, null);
    }

    @Test
    void aRunningPublishedContainerPassesItsCheck() {
        assertThat(check(container("running", List.of("8080:80/tcp"), "always")).passed()).isTrue();
    }

    @Test
    void aWrongPortIsExplainedAsExpectedVersusFound() {
        Verdict v = check(container(null, List.of("9090:80/tcp"), null));
        assertThat(v.passed()).isFalse();
        assertThat(v.failures()).containsExactly("expected container web to publish 9090:80/tcp, but it publishes 8080:80/tcp");
    }

    @Test
    void failuresAreToldInKorean() {
        Verdict v = checker.check(List.of(container("exited", null, null)),
                new CheckContext(engine, Path.of("/ws"), List.of(), "", Locale.KOREAN));
        assertThat(v.failures()).containsExactly("컨테이너 web의 상태가 exited이어야 하지만, running입니다");
    }

    @Test
    void anAuthorsMessageReplacesTheGeneratedOne() {
        Assertion a = new Assertion.ContainerIs("nosuch", false, null, null, null, null, null, null, null, null, null, null, null,
                new Text("이름을 확인하세요", "Check the name"));
        assertThat(check(a).failures()).containsExactly("Check the name");
    }

    @Test
    void httpChecksReachPublishedPortsAndSeeRefusals() {
        assertThat(check(new Assertion.HttpAnswers(null, 8080, "/", 200, "Welcome to nginx", false, null)).passed()).isTrue();
        assertThat(check(new Assertion.HttpAnswers(null, 80, "/", null, null, true, null)).passed()).isTrue();
        assertThat(check(new Assertion.HttpAnswers(null, 80, "/", 200, null, false, null)).failures())
                .containsExactly("expected 127.0.0.1:80/ to answer, but the connection was refused");
    }

    @Test
    void detachedTellsABackgroundRunFromAForegroundOne() {
        Assertion detached = new Assertion.ContainerIs("web", false, null, null, null, null, null, null, null, null, null,
                null, true, null);
        Assertion foreground = new Assertion.ContainerIs("web", false, null, null, null, null, null, null, null, null, null,
                null, false, null);
        assertThat(check(detached).passed()).isTrue();
        assertThat(check(foreground).failures()).containsExactly(
                "expected container web to run in the foreground (docker run without -d), but it was started with -d");
    }

    @Test
    void labelsEnvAndAbsenceAreChecked() {
        assertThat(check(new Assertion.ContainerIs("web", false, null, "nginx:latest", null, null, null, null, null,
                Map.of("tier", "front"), List.of("MODE=dev"), null, null, null)).passed()).isTrue();
        assertThat(check(new Assertion.ContainerIs("web", true, null, null, null, null, null, null, null, null, null, null, null, null))
                .passed()).isFalse();
    }

    @Test
    void containerCountsFollowPsFilters() {
        assertThat(check(new Assertion.ContainerCount(Map.of("ancestor", "nginx"), 1, null, null, null)).passed()).isTrue();
        assertThat(check(new Assertion.ContainerCount(Map.of("status", "exited"), null, 1, null, null)).failures())
                .containsExactly("expected at least 1 container (status=exited), but found 0");
    }

    @Test
    void imageChecksReadSizesLayersAndConfig() {
        assertThat(check(new Assertion.ImageIs("nginx:latest", false, 200_000_000L, 100_000_000L, 7, 7, null, null,
                List.of("nginx", "-g", "daemon off;"), null, List.of("80"), null, null, null)).passed()).isTrue();
        assertThat(check(new Assertion.ImageIs("nginx:latest", false, 20_000_000L, null, null, null, null, null, null, null,
                null, null, null, null)).failures()).containsExactly("expected image nginx:latest to be at most 20MB, but it is 188MB");
    }

    @Test
    void fileChecksReadThroughTheContainer() {
        assertThat(check(new Assertion.FileIs("web", "/usr/share/nginx/html/index.html", false, "Welcome", null)).passed()).isTrue();
        assertThat(check(new Assertion.FileIs("web", "/nope", false, null, null)).passed()).isFalse();
    }

    @Test
    void ranOutputNotAndAnyOfCombine() {
        Assertion ran = new Assertion.Ran("^docker ps", null);
        Assertion missing = new Assertion.Ran("docker search", null);
        assertThat(check(ran).passed()).isTrue();
        assertThat(check(new Assertion.Output("CONTAINER", null, null)).passed()).isTrue();
        assertThat(check(new Assertion.Not(missing, null)).passed()).isTrue();
        assertThat(check(new Assertion.Not(ran, null)).passed()).isFalse();
        assertThat(check(new Assertion.AnyOf(List.of(missing, ran), null)).passed()).isTrue();
        assertThat(check(new Assertion.AnyOf(List.of(missing), null)).passed()).isFalse();
    }

    @Test
    void volumeChecksSeeTheFilesInIt() {
        engine.createVolume("nginx_volume", null, null, null);
        engine.createContainer(ContainerSpec.builder("nginx").name("vol-user").binds(List.of("nginx_volume:/usr/share/nginx/html")).build());
        assertThat(check(new Assertion.VolumeIs("nginx_volume", false, List.of("index.html", "50x.html"), null)).passed()).isTrue();
        assertThat(check(new Assertion.VolumeIs("other", true, List.of(), null)).passed()).isTrue();
    }
}
