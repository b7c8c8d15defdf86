package io.dockertutor.sh.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.sh.ShellHarness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code tar} on archives with absolute names, {@code ..}, links, PAX headers and gzip against what GNU tar 1.34
 * printed (tar/tar-cases.json, recorded in UTC by tar/record-tar.py), and the file view's limits on extraction.
 */
class TarArchivesTest {
    private static final Instant ARCHIVE_TIME = Instant.parse("2026-12-06T01:03:00Z");
    private static final List<String> FIXTURES = List.of("abs.tar", "dotdot.tar", "links.tar", "links.tgz", "pax.tar");
    @TempDir
    Path root;
    ShellHarness h;

    @BeforeEach
    void workspace() throws IOException {
        h = new ShellHarness(Files.createDirectories(root.resolve("ws")));
        for (String fixture : FIXTURES) {
            try (InputStream in = getClass().getResourceAsStream("tar/" + fixture)) {
                Files.copy(in, h.workspace.resolve(fixture));
            }
        }
    }

    static Stream<Arguments> recorded() {
        try (InputStream in = TarArchivesTest.class.getResourceAsStream("tar/tar-cases.json")) {
            List<Map<String, Object>> cases = new Yaml().load(in);
            return cases.stream().map(c -> Arguments.of(c.get("line"), c.get("out"), c.get("err"), c.get("status")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void tarPrintsWhatGnuTarPrints(String line, String out, String err, int status) {
        // the recording lists times in UTC, as tar shows them in the local zone
        Assumptions.assumeTrue(ZoneId.systemDefault().getRules().getOffset(ARCHIVE_TIME).equals(ZoneOffset.UTC));
        ShellHarness.Result r = h.run(line);
        assertThat(r.out()).as("stdout").isEqualTo(out);
        assertThat(r.err()).as("stderr").isEqualTo(err);
        assertThat(r.status()).as("status").isEqualTo(status);
    }

    @Test
    void extractionKeepsTheMembersModificationTime() throws IOException {
        assertThat(h.run("tar -xf links.tar etc/hostname").status()).isZero();
        assertThat(Files.getLastModifiedTime(h.workspace.resolve("etc/hostname"))).isEqualTo(FileTime.from(ARCHIVE_TIME));
    }

    @Test
    void aLinkLeadingOutOfTheWorkspaceIsNotCreated() {
        ShellHarness.Result r = h.run("tar -xf links.tar");
        assertThat(r.err()).startsWith("tar: etc/mtab: Cannot create symlink to '/proc/mounts': outside the workspace")
                .endsWith("tar: Exiting with failure status due to previous errors\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(h.workspace.resolve("etc/mtab")).doesNotExist();
        assertThat(Files.isSymbolicLink(h.workspace.resolve("etc/mtab"))).isFalse();
        assertThat(h.read("etc/rel")).isEqualTo("h\n"); // a link that stays inside is made as GNU makes it
        assertThat(h.read("etc/hard")).isEqualTo("h\n");
    }

    @Test
    void aMemberIsNeverWrittenThroughALinkLeadingOut() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.createSymbolicLink(h.workspace.resolve("etc"), elsewhere);
        ShellHarness.Result r = h.run("tar -xf abs.tar");
        assertThat(r.err()).contains("tar: etc/abs.txt: Cannot open: outside the workspace");
        assertThat(r.status()).isEqualTo(2);
        assertThat(elsewhere.resolve("abs.txt")).doesNotExist();
    }

    @Test
    void anExistingLinkInAMembersPlaceIsReplacedNotFollowed() throws IOException {
        Path secret = Files.writeString(root.resolve("secret.txt"), "secret\n");
        Files.createDirectories(h.workspace.resolve("etc"));
        Files.createSymbolicLink(h.workspace.resolve("etc/hostname"), secret);
        assertThat(h.run("tar -xf links.tar etc/hostname").status()).isZero();
        assertThat(Files.isSymbolicLink(h.workspace.resolve("etc/hostname"))).isFalse();
        assertThat(h.read("etc/hostname")).isEqualTo("h\n");
        assertThat(Files.readString(secret)).isEqualTo("secret\n");
    }

    @Test
    void dashCOutsideTheWorkspaceStopsTar() throws IOException {
        Files.createSymbolicLink(h.workspace.resolve("out"), Files.createDirectories(root.resolve("o")));
        ShellHarness.Result r = h.run("tar -xf abs.tar -C out");
        assertThat(r.err()).startsWith("tar: out: Cannot open: outside the workspace")
                .endsWith("tar: Error is not recoverable: exiting now\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(root.resolve("o/etc")).doesNotExist();
    }

    @Test
    void aCreatedArchiveKeepsLinksAsLinksAndTimes() throws IOException {
        h.file("d/f", "data\n");
        Files.setLastModifiedTime(h.workspace.resolve("d/f"), FileTime.from(ARCHIVE_TIME));
        Files.createSymbolicLink(h.workspace.resolve("d/l"), Path.of("f"));
        assertThat(h.run("tar -czf d.tgz d && mkdir x && tar -xzf d.tgz -C x").status()).isZero();
        assertThat(Files.readSymbolicLink(h.workspace.resolve("x/d/l"))).isEqualTo(Path.of("f"));
        assertThat(Files.getLastModifiedTime(h.workspace.resolve("x/d/f"), LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(FileTime.from(ARCHIVE_TIME));
        assertThat(h.read("x/d/f")).isEqualTo("data\n");
    }
}
