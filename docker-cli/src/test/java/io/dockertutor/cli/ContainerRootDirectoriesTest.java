package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directories every container starts with, as {@code ls} shows them in Docker Hub's alpine (busybox ls). */
class ContainerRootDirectoriesTest {
    @TempDir
    Path workspace;

    @Test
    void tmpShowsItsStickyBitAndRootItsOwnerOnlyMode() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull alpine:3.20");
        String listing = docker.output("docker run --rm alpine:3.20 ls -ld /tmp /root");
        assertThat(listing.lines()).anySatisfy(l -> assertThat(l).startsWith("drwxrwxrwt").endsWith(" /tmp"));
        assertThat(listing.lines()).anySatisfy(l -> assertThat(l).startsWith("drwx------").endsWith(" /root"));
    }

    @Test
    void overlayfsCountsOneLinkForTheDirectoriesTheDaemonWritesInto() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull alpine:3.20");
        String listing = docker.output("docker run --rm alpine:3.20 ls -ld / /etc");
        assertThat(listing.lines()).allSatisfy(l -> assertThat(l).matches("drwxr-xr-x +1 root +root .*"));
    }

    @Test
    void etcMtabIsTheDaemonsLinkToProcMounts() {
        SimulatedSession docker = new SimulatedSession(workspace);
        docker.run("docker pull alpine:3.20");
        assertThat(docker.output("docker run --rm alpine:3.20 ls -l /etc/mtab")).startsWith("lrwxrwxrwx").endsWith(" /etc/mtab -> /proc/mounts\n");
    }
}
