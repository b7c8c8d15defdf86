package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the file tools leave behind, beyond their recorded words: modes and owners that {@code ls -l} shows
 * afterwards, links that stay inside the container (and a link planted through a bind mount that the tutor's shell
 * never follows out of the workspace), the fixed figures of nproc, free and uptime, and yes bounded in a pipe.
 */
class ContainerFileToolsTest {
    @TempDir
    Path workspace;
    private SimulatedSession docker;

    @BeforeEach
    void setUp() {
        docker = new SimulatedSession(workspace, new HandMovedClock());
        docker.both("docker pull busybox; docker pull debian:bookworm");
    }

    private String in(String image, String script) {
        return docker.both("docker run --rm " + image + " sh -c '" + script + "'").out();
    }

    @Test
    void chmodAndChownShowInTheLongListingOfBothUserlands() {
        String script = "touch f; chmod 750 f; chown daemon:www-data f; ls -l f | tr -s \" \" | cut -d\" \" -f1,3,4; "
                + "mkdir d; chmod 1777 d; ls -ld d | cut -c1-10";
        assertThat(in("busybox", script)).isEqualTo("-rwxr-x--- daemon www-data\ndrwxrwxrwt\n");
        assertThat(in("debian:bookworm", script)).isEqualTo("-rwxr-x--- daemon www-data\ndrwxrwxrwt\n");
    }

    @Test
    void aNewDirectoryInAContainerIsDrwxrXrX() {
        assertThat(in("busybox", "mkdir -p a/b; ls -ld a/b | cut -c1-10")).isEqualTo("drwxr-xr-x\n");
        assertThat(in("busybox", "mkdir -p a/b; stat -c %A a a/b")).isEqualTo("drwxr-xr-x\ndrwxr-xr-x\n");
    }

    @Test
    void aLinkToAnAbsolutePathLeadsIntoTheContainersOwnTree() {
        assertThat(in("busybox", "ln -s /etc/passwd p; head -1 p; ln -s ../../../../etc/passwd q; readlink -f q"))
                .isEqualTo("root:x:0:0:root:/root:/bin/sh\n/etc/passwd\n");
    }

    @Test
    void aLinkPlantedThroughABindMountIsNeverFollowedOutOfTheWorkspace() throws IOException {
        docker.both("docker run --rm -v ./:/data busybox ln -s /etc/passwd /data/pw");
        assertThat(Files.isSymbolicLink(workspace.resolve("pw"))).isTrue();
        SimulatedSession.Printed cat = docker.both("cat pw; readlink -f pw; echo rc=$?");
        assertThat(cat.out()).doesNotContain("root:x:0:0").endsWith("rc=1\n");
    }

    @Test
    void theLearnersShellHasNoLnNorChownButChmodsWithinTheWorkspace() {
        assertThat(docker.both("ln -s /etc/passwd pw; echo rc=$?").out()).endsWith("rc=127\n");
        assertThat(docker.both("chown 0 x; echo rc=$?").out()).endsWith("rc=127\n");
        assertThat(docker.both("touch f; chmod 640 f; stat -c %A f").out()).isEqualTo("-rw-r-----\n");
        assertThat(docker.both("printf abc | sha256sum").out())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  -\n");
    }

    @Test
    void hostFiguresAreFixedPlausibleValues() {
        assertThat(in("busybox", "nproc")).isEqualTo("4\n");
        assertThat(in("busybox", "free")).isEqualTo(
                "              total        used        free      shared  buff/cache   available\n"
                + "Mem:        8026512     1012344     5123456        3280     1890712     6744520\n"
                + "Swap:       1048572           0     1048572\n");
        assertThat(in("busybox", "free -m")).contains("Mem:           7838         988        5003           3        1846        6586\n");
        assertThat(in("busybox", "uptime")).matches(" \\d\\d:\\d\\d:\\d\\d up  2:13,  0 users,  load average: 0.08, 0.05, 0.01\n");
    }

    @Test
    void yesStopsOnItsOwnWhenNothingStopsIt() {
        assertThat(in("busybox", "yes | head -2; yes | wc -l")).isEqualTo("y\ny\n10000\n");
    }

    @Test
    void statsDefaultReportHasTheRealLayout() {
        String gnu = in("debian:bookworm", "printf abc > f; stat f");
        assertThat(gnu).startsWith("  File: f\n  Size: 3         \tBlocks: 8          IO Block: 4096   regular file\n"
                + "Device: 0,45\tInode: ");
        assertThat(gnu).contains("Links: 1\nAccess: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n")
                .contains("\n Birth: ");
        String busybox = in("busybox", "ln -s f l; stat l");
        assertThat(busybox).startsWith("  File: 'l' -> 'f'\n  Size: 1         \tBlocks: 0          IO Block: 4096   symbolic link\n"
                + "Device: 2dh/45d\tInode: ").doesNotContain("Birth");
    }
}
