package io.dockertutor.engine.sim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled catalog loads and agrees with itself and with what the learners' notes show. */
class BundledCatalogTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader(Locale.ENGLISH).loadDefault();
    }

    static Stream<ImageSpec> images() {
        return new CatalogLoader(Locale.ENGLISH).loadDefault().images().values().stream();
    }

    @Test
    void everyDefinedLayerIsUsedAndEveryUsedLayerIsDefined() {
        Set<String> used = new HashSet<>();
        catalog.images().values().forEach(image -> used.addAll(image.layers()));
        assertThat(used).containsExactlyInAnyOrderElementsOf(catalog.layers().keySet());
    }

    @Test
    void nginxLatestAndStableShareExactlyTheDebianLayer() {
        List<String> latest = image("library/nginx", "latest").layers();
        List<String> stable = new ArrayList<>(image("library/nginx", "stable").layers());
        stable.retainAll(latest);
        assertThat(stable).containsExactly("f11c1adaa26e");
    }

    @Test
    void nginxLatestIsWhatTheNotesPulled() {
        ImageSpec nginx = image("library/nginx", "latest");
        assertThat(nginx.layers()).containsExactly("f11c1adaa26e", "c6b156574604", "ea5d7144c337", "1bbcb9df2c93",
                "537a6cfe3404", "767bff2cc03e", "adc73cb74f25");
        assertThat(nginx.manifestDigest())
                .isEqualTo("sha256:67682bda769fae1ccf5183192b8daf37b64cae99c6c3302650f6f8bf5f0f95df");
        assertThat(nginx.id()).startsWith("sha256:fffffc90d343");
    }

    @Test
    void nginxStableIsWhatTheNotesPulled() {
        ImageSpec nginx = image("library/nginx", "stable");
        assertThat(nginx.layers()).containsExactly("f11c1adaa26e", "d4e560a30915", "9ac6875eca60", "47927ca6802f",
                "4ede7ada96f6", "81bf9dd9cea6", "434abd9d8a2b");
        assertThat(nginx.manifestDigest())
                .isEqualTo("sha256:ac96a05e4b3dd2c57c9ca2637012f4fa17b11d5fdd2ce856c2f937bd843f0440");
        assertThat(nginx.id()).startsWith("sha256:e7580268c63c");
    }

    @ParameterizedTest
    @CsvSource({"latest, 1.27.0", "stable, 1.26.1"})
    void nginxHistoryPrintsAsInTheNotes(String tag, String version) {
        List<String> expected = List.of(
                "CMD [\"nginx\" \"-g\" \"daemon off;\"] | 0B | buildkit.dockerfile.v0",
                "STOPSIGNAL SIGQUIT | 0B | buildkit.dockerfile.v0",
                "EXPOSE map[80/tcp:{}] | 0B | buildkit.dockerfile.v0",
                "ENTRYPOINT [\"/docker-entrypoint.sh\"] | 0B | buildkit.dockerfile.v0",
                "COPY 30-tune-worker-processes.sh /docker-ent… | 4.62kB | buildkit.dockerfile.v0",
                "COPY 20-envsubst-on-templates.sh /docker-ent… | 3.02kB | buildkit.dockerfile.v0",
                "COPY 15-local-resolvers.envsh /docker-entryp… | 336B | buildkit.dockerfile.v0",
                "COPY 10-listen-on-ipv6-by-default.sh /docker… | 2.12kB | buildkit.dockerfile.v0",
                "COPY docker-entrypoint.sh / # buildkit | 1.62kB | buildkit.dockerfile.v0",
                "RUN /bin/sh -c set -x     && groupadd --syst… | 113MB | buildkit.dockerfile.v0",
                "ENV PKG_RELEASE=2~bookworm | 0B | buildkit.dockerfile.v0",
                "ENV NJS_RELEASE=2~bookworm | 0B | buildkit.dockerfile.v0",
                "ENV NJS_VERSION=0.8.4 | 0B | buildkit.dockerfile.v0",
                "ENV NGINX_VERSION=" + version + " | 0B | buildkit.dockerfile.v0",
                "LABEL maintainer=NGINX Docker Maintainers <d… | 0B | buildkit.dockerfile.v0",
                "/bin/sh -c #(nop)  CMD [\"bash\"] | 0B | ",
                "/bin/sh -c #(nop) ADD file:b24689567a7c604de… | 74.8MB | ");
        assertThat(historyRows(image("library/nginx", tag))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "library/nginx, latest, 188MB", "library/nginx, stable, 187MB", "library/alpine, 3.7, 4.21MB",
        "library/alpine, latest, 7.8MB", "library/alpine, 3.11, 5.59MB", "library/golang, 1.14.1-alpine3.11, 370MB",
        "library/busybox, latest, 4.26MB", "library/centos, latest, 231MB", "library/centos, 7, 204MB",
        "library/mysql, 5.7, 501MB", "library/redis, latest, 117MB", "library/httpd, latest, 148MB",
        "library/ubuntu, latest, 76.2MB", "library/ubuntu, 22.04, 77.9MB", "library/hello-world, latest, 13.3kB",
        "library/debian, bookworm-slim, 74.8MB"})
    void imageSizesAddUpToWhatDockerImagesShows(String repository, String tag, String size) {
        assertThat(DockerDisplay.humanSize(catalog.size(image(repository, tag)))).isEqualTo(size);
    }

    @ParameterizedTest
    @MethodSource("images")
    void entrypointAndCmdAreFoundOnTheImagesPath(ImageSpec image) {
        List<String> command = !image.config().entrypoint().isEmpty() ? image.config().entrypoint()
                : image.config().cmd();
        String path = image.config().env().stream().filter(e -> e.startsWith("PATH=")).findFirst()
                .orElseThrow().substring(5);
        assertThat(FileTree.findExecutable(image.files(), command.get(0), path))
                .as("%s: %s on %s", image.key(), command.get(0), path).isPresent();
    }

    @ParameterizedTest
    @MethodSource("images")
    void everyImageButHelloWorldHasAPasswdWithRootAndNobody(ImageSpec image) {
        if (image.key().startsWith("hello-world")) {
            assertThat(image.files()).containsOnlyKeys("/hello");
            return;
        }
        String passwd = FileTree.lookup(image.files(), "/etc/passwd").orElseThrow().content();
        assertThat(passwd).startsWith("root:x:0:0:").contains("\nnobody:x:").endsWith("\n");
    }

    @ParameterizedTest
    @MethodSource("images")
    void osReleaseIsThereExceptWhereTheRealImageLacksIt(ImageSpec image) {
        boolean lacksIt = image.key().startsWith("busybox") || image.key().startsWith("hello-world");
        assertThat(FileTree.lookup(image.files(), "/etc/os-release"))
                .as(image.key()).matches(found -> found.isPresent() != lacksIt);
    }

    @Test
    void nginxServesItsRealPagesAndLogsToTheContainerOutput() {
        ImageSpec nginx = image("library/nginx", "latest");
        FileSpec index = nginx.files().get("/usr/share/nginx/html/index.html");
        assertThat(index.content()).startsWith("<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>");
        assertThat(index.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(615);
        assertThat(nginx.files().get("/usr/share/nginx/html/50x.html").content()).hasSize(497);
        assertThat(FileTree.resolve(nginx.files(), "/var/log/nginx/access.log")).contains("/dev/stdout");
        assertThat(FileTree.resolve(nginx.files(), "/var/log/nginx/error.log")).contains("/dev/stderr");
        assertThat(nginx.files().get("/docker-entrypoint.sh").executable()).isTrue();
        assertThat(nginx.files().keySet()).contains("/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
                "/docker-entrypoint.d/15-local-resolvers.envsh", "/docker-entrypoint.d/20-envsubst-on-templates.sh",
                "/docker-entrypoint.d/30-tune-worker-processes.sh", "/etc/nginx/nginx.conf",
                "/etc/nginx/conf.d/default.conf");
    }

    @ParameterizedTest
    @CsvSource({
        "library/nginx, latest, ps, false", "library/nginx, latest, curl, true", "library/nginx, latest, bash, true",
        "library/busybox, latest, ps, true", "library/busybox, latest, bash, false", "library/alpine, 3.7, ls, true",
        "library/alpine, latest, apk, true", "library/golang, 1.14.1-alpine3.11, go, true",
        "library/centos, 7, which, false", "library/centos, latest, dnf, true", "library/ubuntu, latest, vi, false",
        "library/hello-world, latest, sh, false"})
    void pathLookupsAnswerAsTheRealImagesWould(String repository, String tag, String command, boolean found) {
        ImageSpec image = image(repository, tag);
        String path = image.config().env().get(0).substring("PATH=".length());
        assertThat(FileTree.findExecutable(image.files(), command, path).isPresent()).isEqualTo(found);
    }

    @Test
    void imageConfigsCarryTheLessonsValues() {
        ImageSpec golang = image("library/golang", "1.14.1-alpine3.11");
        assertThat(golang.config().env()).contains("GOLANG_VERSION=1.14.1", "GOPATH=/go")
                .anyMatch(e -> e.startsWith("PATH=") && e.contains("/usr/local/go/bin"));
        assertThat(golang.config().workingDir()).isEqualTo("/go");
        ImageSpec mysql = image("library/mysql", "5.7");
        assertThat(mysql.config().entrypoint()).containsExactly("docker-entrypoint.sh");
        assertThat(mysql.config().cmd()).containsExactly("mysqld");
        assertThat(mysql.config().exposedPorts()).containsExactly("3306/tcp", "33060/tcp");
        ImageSpec redis = image("library/redis", "latest");
        assertThat(redis.config().exposedPorts()).containsExactly("6379/tcp");
        assertThat(redis.config().cmd()).containsExactly("redis-server");
        assertThat(image("library/httpd", "latest").config().cmd()).containsExactly("httpd-foreground");
        assertThat(image("library/nginx", "latest").config().stopSignal()).isEqualTo("SIGQUIT");
    }

    @Test
    void searchForNginxFindsTheNotesRowsInTheirOrder() {
        assertThat(search("nginx")).containsExactly("nginx", "unit", "nginx/nginx-ingress",
                "nginxinc/nginx-unprivileged", "nginx/nginx-prometheus-exporter");
        assertThat(search("centos")).containsExactly("centos", "ansible/centos7-ansible");
        assertThat(catalog.search().get(1).description())
                .isEqualTo("Official build of NGINX Unit: Universal Web App Server");
    }

    @Test
    void searchDescriptionsAreStoredInFullAndTruncateAsTheNotesShow() {
        assertThat(catalog.search().stream().map(r -> DockerDisplay.ellipsis(r.description(), 45)).limit(5))
                .containsExactly("Official build of Nginx.", "Official build of NGINX Unit: Universal Web …",
                        "NGINX and  NGINX Plus Ingress Controllers fo…", "Unprivileged NGINX Dockerfiles",
                        "NGINX Prometheus Exporter for NGINX and NGIN…");
        assertThat(catalog.search().stream().limit(5).map(r -> r.stars())).containsExactly(19996, 32, 92, 154, 42);
    }

    @ParameterizedTest
    @CsvSource({"busybox", "alpine", "golang", "mysql", "redis", "ubuntu", "httpd"})
    void searchesForOtherOfficialImagesFindSeveralRowsOfficialFirst(String term) {
        List<String> names = search(term);
        assertThat(names).hasSizeGreaterThanOrEqualTo(3).first().isEqualTo(term);
    }

    private static List<String> search(String term) {
        String needle = term.toLowerCase(Locale.ROOT);
        return catalog.search().stream()
                .filter(r -> r.name().contains(needle) || r.description().toLowerCase(Locale.ROOT).contains(needle))
                .map(r -> r.name()).toList();
    }

    private static List<String> historyRows(ImageSpec image) {
        List<String> rows = new ArrayList<>();
        int layer = image.layers().size();
        List<HistorySpec> history = image.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistorySpec step = history.get(i);
            long size = step.emptyLayer() ? 0 : catalog.layers().get(image.layers().get(--layer)).size();
            rows.add(DockerDisplay.ellipsis(step.createdBy().replace('\t', ' '), 45) + " | "
                    + DockerDisplay.humanSize(size) + " | " + step.comment());
        }
        return rows;
    }

    private static ImageSpec image(String repository, String tag) {
        return catalog.image(repository, tag).orElseThrow(() -> new AssertionError(repository + ":" + tag));
    }
}
