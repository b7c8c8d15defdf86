package io.dockertutor.engine.sim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FileTreeTest {

    private static final Map<String, FileSpec> DEBIAN_LIKE = Map.of(
            "/bin", FileSpec.symlink("usr/bin"),
            "/usr", FileSpec.directory(0755),
            "/usr/bin", FileSpec.directory(0755),
            "/usr/bin/bash", FileSpec.binary(),
            "/usr/bin/sh", FileSpec.symlink("dash"),
            "/usr/bin/dash", FileSpec.binary(),
            "/etc", FileSpec.directory(0755),
            "/etc/os-release", FileSpec.symlink("../usr/lib/os-release"),
            "/loop", FileSpec.symlink("/loop"),
            "/etc/motd", FileSpec.file("hi\n", 0644));

    @Test
    void relativeAndDirectoryLinksAreFollowed() {
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/bin/sh")).contains("/usr/bin/dash");
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/usr/bin/../../etc/motd")).contains("/etc/motd");
    }

    @Test
    void dotDotAfterADirectoryLinkLeavesTheLinksTargetAsTheKernelDoes() {
        // /bin -> usr/bin, so /bin/.. is /usr, not /
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/bin/../bin/bash")).contains("/usr/bin/bash");
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/bin/../etc/motd")).isEmpty();
    }

    @Test
    void aDanglingLinkResolvesToItsTargetButHasNoEntry() {
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/etc/os-release")).isEmpty();
        assertThat(FileTree.lookup(DEBIAN_LIKE, "/etc/os-release")).isEmpty();
    }

    @Test
    void aMissingFileInAnExistingDirectoryDoesNotExistThoughItsPathResolves() {
        // resolve() names where the path would be; only exists() says whether something is there
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/bin/busybox")).contains("/usr/bin/busybox");
        assertThat(FileTree.exists(DEBIAN_LIKE, "/bin/busybox")).isFalse();
        assertThat(FileTree.exists(DEBIAN_LIKE, "/bin/sh")).isTrue();
    }

    @Test
    void linkLoopsAndPathsThroughFilesFindNothing() {
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/loop")).isEmpty();
        assertThat(FileTree.resolve(DEBIAN_LIKE, "/etc/motd/x")).isEmpty();
    }

    @Test
    void pathSearchReturnsTheFirstExecutableAsSearched() {
        assertThat(FileTree.findExecutable(DEBIAN_LIKE, "sh", "/usr/local/bin:/bin:/usr/bin")).contains("/bin/sh");
        assertThat(FileTree.findExecutable(DEBIAN_LIKE, "motd", "/etc")).isEmpty();
        assertThat(FileTree.findExecutable(DEBIAN_LIKE, "ps", "/usr/bin:/bin")).isEmpty();
        assertThat(FileTree.findExecutable(DEBIAN_LIKE, "/usr/bin/bash", "")).contains("/usr/bin/bash");
    }
}
