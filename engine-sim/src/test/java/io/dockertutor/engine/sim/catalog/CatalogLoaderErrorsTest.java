package io.dockertutor.engine.sim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every broken fixture under {@code catalog-fixtures/} fails with one clean message that names
 * {@code file:line:column}, so a catalog author can jump straight to the mistake.
 */
class CatalogLoaderErrorsTest {

    private final CatalogLoader loader = new CatalogLoader(Locale.ENGLISH);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown-top-key.yaml    | 3:1: unknown key 'imgs' (expected one of: layers, fileSets, images, repositories, search)
        undefined-layer.yaml    | 7:9: layer 'abc' is not defined
        bad-short-id.yaml       | 2:3: layer id 'F11C1ADAA26E' must be 12 lowercase hex digits
        digest-prefix.yaml      | 3:13: the digest must begin with the layer id: sha256:bbbbbbbbbbbb...
        bad-digest.yaml         | 4:13: 'sha256:11111111' is not a digest (sha256: followed by 64 lowercase hex digits)
        bad-size.yaml           | 5:11: '74.8 megabytes' is not a size (e.g. 74.8MB, 1.62kB, 336B or a number of bytes)
        history-mismatch.yaml   | 10:7: history has 0 steps with a layer (emptyLayer false) but the image has 1 layers
        undefined-image.yaml    | 3:13: tag 'latest' points at image 'nginx-9.9.9', which is not defined
        bad-repository.yaml     | 2:3: 'nginx' is not a repository name with a namespace (e.g. library/nginx)
        undefined-fileset.yaml  | 3:16: file set 'alpine-bse' is not defined
        fileset-cycle.yaml      | 5:16: file set 'a' includes itself (a -> b)
        path-under-symlink.yaml | 8:14: '/bin/sh' lies under '/bin', which is a symbolic link: declare it under the link's target
        relative-path.yaml      | 3:18: 'usr/bin' is not a clean absolute path
        file-kind-conflict.yaml | 4:13: a file takes only one of content, link and dir
        bad-mode.yaml           | 4:31: 'rwx' is not an octal mode (e.g. 0644, 0755, 1777)
        unknown-config-key.yaml | 10:7: unknown key 'cmd' (expected one of: User, Env, Cmd, Entrypoint, WorkingDir, ExposedPorts, Labels, StopSignal, Volumes, OnBuild, Shell, Healthcheck)
        bad-port.yaml           | 10:30: '80/http' is not a port (e.g. 80/tcp, 53/udp)
        bad-env.yaml            | 10:24: 'GOPATH' is not NAME=value
        bad-time.yaml           | 7:14: '2 weeks ago' is not a time (e.g. 2024-06-27T20:11:43Z)
        missing-key.yaml        | 5:5: missing key 'id'
        duplicate-key.yaml      | 4:5: duplicate key 'latest'
        bad-boolean.yaml        | 2:29: expected true or false, found 'yes'
        wrong-shape.yaml        | 2:3: expected a mapping (key: value lines)
        """)
    void brokenFixtureFailsWithItsPosition(String fixture, String expected) {
        assertThatThrownBy(() -> loader.load(fixture(fixture)))
                .isInstanceOf(CatalogException.class)
                .hasMessage(fixture(fixture) + ":" + expected);
    }

    @Test
    void yamlSyntaxErrorsKeepSnakeyamlsProblemAndPosition() {
        assertThatThrownBy(() -> loader.load(fixture("yaml-syntax.yaml")))
                .isInstanceOf(CatalogException.class)
                .hasMessageMatching(".*yaml-syntax\\.yaml:\\d+:\\d+: YAML syntax error: .+")
                .asInstanceOf(type(CatalogException.class))
                .satisfies(e -> assertThat(e.line()).isBetween(2, 4));
    }

    @Test
    void theValidFixtureLoads() {
        Catalog catalog = loader.load(fixture("valid.yaml"));
        assertThat(catalog.layers().get("aaaaaaaaaaaa").size()).isEqualTo(1620);
        assertThat(catalog.image("library/tiny", "latest").orElseThrow().config().exposedPorts())
                .containsExactly("80/tcp");
        assertThat(catalog.image("library/tiny", "latest").orElseThrow().files())
                .containsKeys("/bin", "/bin/sh");
    }

    @Test
    void errorsComeInKoreanForAKoreanLoader() {
        assertThatThrownBy(() -> new CatalogLoader(Locale.KOREAN).load(fixture("undefined-layer.yaml")))
                .hasMessage(fixture("undefined-layer.yaml") + ":7:9: 레이어 'abc'가 정의되지 않았습니다");
    }

    @Test
    void parseNamesTheSourceItIsGiven() {
        assertThatThrownBy(() -> loader.parse("layers: {}\nimgs: {}\n", "images.yaml"))
                .hasMessageStartingWith("images.yaml:2:1: unknown key 'imgs'");
    }

    @Test
    void aMissingFileIsACleanErrorWithoutAStackTrace() {
        Path missing = Path.of("no-such-catalog.yaml");
        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(CatalogException.class)
                .hasMessage("no-such-catalog.yaml: cannot read the catalog: no-such-catalog.yaml")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void anEmptyCatalogIsRejected() {
        assertThatThrownBy(() -> loader.parse("# nothing here\n", "empty.yaml"))
                .hasMessage("empty.yaml: the catalog is empty");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(CatalogLoaderErrorsTest.class.getResource("/catalog-fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing fixture " + name, e);
        }
    }
}
