package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitLayerTest {
    private static ContainerFiles container(Map<String, FileSpec> image) {
        return new ContainerFiles(image, List.of(), null, Map.of("/etc/hostname", "abc\n"));
    }

    @Test
    void everyContainerHasTheDaemonsMtabLinkToProcMountsOutsideItsDiff() throws Exception {
        ContainerFiles files = container(Map.of("/etc", FileSpec.directory(0755)));
        files.using(() -> {
            try {
                Path mtab = files.resolve("/etc").resolve("mtab"); // resolve() itself would follow the link
                assertThat(Files.isSymbolicLink(mtab)).isTrue();
                assertThat(Files.readSymbolicLink(mtab).toString()).isEqualTo("/proc/mounts");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        assertThat(files.using(files::diff)).isEmpty();
    }

    @Test
    void anImagesOwnMtabIsKept() throws Exception {
        ContainerFiles files = container(Map.of("/etc", FileSpec.directory(0755), "/etc/mtab", FileSpec.file("mine\n", 0644)));
        String content = files.using(() -> {
            try {
                return Files.readString(files.resolve("/etc/mtab"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(content).isEqualTo("mine\n");
    }

    @Test
    void rootAndEtcAreMergedDirectoriesWithOneLinkAndTmpKeepsItsStickyBit() throws Exception {
        ContainerFiles files = container(Map.of("/etc", FileSpec.directory(0755), "/tmp", FileSpec.directory(01777),
                "/root", FileSpec.directory(0700)));
        for (int round = 0; round < 2; round++) { // built from the image, then again from the changes at rest
            files.using(() -> {
                try {
                    assertThat(Files.getAttribute(files.resolve("/etc"), "user:merged", LinkOption.NOFOLLOW_LINKS)).isNotNull();
                    assertThat(Files.getAttribute(files.resolve("/"), "user:merged", LinkOption.NOFOLLOW_LINKS)).isNotNull();
                    assertThat(Files.getAttribute(files.resolve("/tmp"), "user:sticky", LinkOption.NOFOLLOW_LINKS)).isNotNull();
                    assertThat(Files.getPosixFilePermissions(files.resolve("/")))
                            .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            files.release();
        }
    }

    @Test
    void theDaemonsPathsAreOneConstantSetWithTheMtabLink() {
        assertThat(InitLayer.paths()).isSameAs(InitLayer.paths())
                .containsExactlyInAnyOrder("/.dockerenv", "/etc/hostname", "/etc/hosts", "/etc/resolv.conf", "/etc/mtab");
    }

    @Test
    void anExportShowsTheDaemonsFilesEmptyAndKeepsAnImagesOwnMtab() {
        Map<String, FileSpec> tree = new java.util.TreeMap<>(Map.of("/etc/mtab", FileSpec.file("mine\n", 0644)));
        InitLayer.addExported(tree);
        assertThat(tree).containsEntry("/.dockerenv", FileSpec.file("", 0755))
                .containsEntry("/etc", FileSpec.directory(0755))
                .containsEntry("/etc/hostname", FileSpec.file("", 0644))
                .containsEntry("/etc/hosts", FileSpec.file("", 0644))
                .containsEntry("/etc/resolv.conf", FileSpec.file("", 0644))
                .containsEntry("/etc/mtab", FileSpec.file("mine\n", 0644));
        Map<String, FileSpec> bare = new java.util.TreeMap<>();
        InitLayer.addExported(bare);
        assertThat(bare).containsEntry("/etc/mtab", FileSpec.symlink("/proc/mounts"));
    }
}
