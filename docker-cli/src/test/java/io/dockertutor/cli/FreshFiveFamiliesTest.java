package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The families the fresh5 sessions (written by someone who had not read the simulator) showed at first sight, each
 * as the lab engine or moby 28's source answers: a script's trap for the stopping signal, an image with two tags
 * removed by id, a user subnet's IPAM config, and GNU sort's keys in the tutor's own shell.
 */
class FreshFiveFamiliesTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void pullBusybox() {
        s = SimulatedSession.withBusybox(ws);
    }

    @Test
    void aScriptThatTrapsTermEndsWithItsTrapsExitWhenStopped() {
        s.run("docker run -d --name t3 busybox sh -c 'trap \"exit 3\" TERM; while true; do sleep 1; done'");
        s.run("docker run -d --name plain busybox sh -c 'while true; do sleep 1; done'");
        s.run("docker run -d --name deaf busybox sh -c \"trap '' TERM; while true; do sleep 1; done\"");
        s.run("docker stop -t 1 t3 plain deaf");
        assertThat(s.output("docker ps -a --format '{{.Names}} {{.Status}}' | sort"))
                .matches("deaf Exited \\(137\\) .*\nplain Exited \\(137\\) .*\nt3 Exited \\(3\\) .*\n");
    }

    @Test
    void killWithTheTrappedSignalRunsTheTrapAndWaitGivesItsStatus() {
        s.run("docker run -d --name waiter busybox sh -c 'trap \"echo bye; exit 5\" TERM INT; while :; do sleep 1; done'");
        s.run("docker kill -s INT waiter");
        assertThat(s.transcript("docker wait waiter")).isEqualTo("5\n[exit 0]");
        assertThat(s.output("docker logs waiter")).isEqualTo("bye\n");
    }

    @Test
    void anImageWithTwoTagsOfOneRepositoryIsRemovedByIdOnlyWithForce() {
        s.run("docker tag busybox mybox:v1");
        s.run("docker tag busybox mybox:v2");
        s.run("docker rmi busybox");
        assertThat(s.transcript("docker rmi $(docker images -q mybox:v1)")).matches("Error response from daemon: conflict: "
                + "unable to delete [0-9a-f]{12} \\(must be forced\\) - image is referenced in multiple repositories\n\\[exit 1\\]");
        assertThat(s.transcript("docker rmi -f $(docker images -q mybox:v1)"))
                .startsWith("Untagged: mybox:v1\nUntagged: mybox:v2\n").endsWith("[exit 0]");
    }

    @Test
    void untaggingOneOfTwoTagsOfAnImageInUseNeedsNoForce() {
        s.run("docker tag busybox busybox:two");
        s.run("docker create --name user busybox");
        assertThat(s.transcript("docker rmi busybox:two")).isEqualTo("Untagged: busybox:two\n[exit 0]");
    }

    @Test
    void aUserSubnetsIpamConfigNamesTheGatewayOnlyWhenItWasGiven() {
        s.run("docker network create --subnet 10.20.0.0/24 own");
        s.run("docker network create --subnet 10.30.0.0/24 --gateway 10.30.0.254 gated");
        s.run("docker network create auto");
        assertThat(s.output("docker network inspect -f '{{json .IPAM.Config}}' own gated auto")).isEqualTo(
                "[{\"Subnet\":\"10.20.0.0/24\"}]\n[{\"Subnet\":\"10.30.0.0/24\",\"Gateway\":\"10.30.0.254\"}]\n"
                        + "[{\"Subnet\":\"172.18.0.0/16\",\"Gateway\":\"172.18.0.1\"}]\n");
        // the gateway the daemon took is still the endpoint's
        s.run("docker run -d --name box --network own busybox sleep 300");
        assertThat(s.output("docker inspect -f '{{.NetworkSettings.Networks.own.Gateway}}' box")).isEqualTo("10.20.0.1\n");
    }

    @Test
    void theTutorsShellSortsByKeysAsGnuSortDoes() {
        s.run("printf 'b 2 x\\na 10 y\\nc 1 z\\na 2 w\\n' > t.txt");
        assertThat(s.output("sort -k2,2n -k1,1r t.txt")).isEqualTo("c 1 z\nb 2 x\na 2 w\na 10 y\n");
        assertThat(s.output("sort -k3 t.txt")).isEqualTo("a 2 w\nb 2 x\na 10 y\nc 1 z\n");
        assertThat(s.output("printf '1K\\n2M\\n512\\n' | sort -h")).isEqualTo("512\n1K\n2M\n");
        // C.UTF-8, as the tutor's host: GNU quotes with curved quotes
        assertThat(s.transcript("sort -t ab t.txt")).isEqualTo("sort: multi-character tab ‘ab’\n[exit 2]");
    }
}
