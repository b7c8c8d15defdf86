package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The daemon's refusals the v28 CLI shows in its own words: detach keys it cannot read (the exec's "Invalid escape
 * keys"; an attach the daemon will not upgrade: "unable to upgrade to tcp, received 400", or 409 for aa1 paused
 * container), and {@code docker cp} into aa1 container that does not exist, whose failed stat the CLI ignores.
 */
class DetachKeysAndCopyChecksTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void pullBusybox() {
        s = SimulatedSession.withBusybox(ws);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ctrl-", "ctrl-A", "a,", "ctrl-p,ctrlq"})
    void execRefusesDetachKeysTheDaemonCannotReadOnceTheContainerRuns(String keys) {
        s.run("docker create --name ex1 busybox sleep 60");
        String id = s.output("docker inspect -f '{{.Id}}' ex1").strip();
        assertThat(s.transcript("docker exec --detach-keys=" + keys + " ex1 true")).isEqualTo(
                "Error response from daemon: container " + id + " is not running\n[exit 1]");
        s.run("docker start ex1");
        assertThat(s.transcript("docker exec --detach-keys=" + keys + " ex1 true")).isEqualTo(
                "Error response from daemon: Invalid escape keys (" + keys + ") provided\n[exit 1]");
        assertThat(s.transcript("docker exec -d --detach-keys=" + keys + " ex1 true")).isEqualTo(
                "Error response from daemon: Invalid escape keys (" + keys + ") provided\n[exit 1]");
        assertThat(s.transcript("docker exec --detach-keys=ctrl-p,ctrl-q,DEL,x ex1 true")).isEqualTo("[exit 0]");
    }

    @Test
    void runWithBadDetachKeysCreatesTheContainerButCannotAttachToIt() {
        assertThat(s.transcript("docker run --rm --name kk1 --detach-keys=ctrl- busybox true")).isEqualTo(
                "unable to upgrade to tcp, received 400\n[exit 1]");
        assertThat(s.output("docker ps -a --format '{{.Names}} {{.Status}}'")).isEqualTo("kk1 Created\n");
        assertThat(s.transcript("docker run -d --name dd1 --detach-keys=ctrl- busybox true")).matches("[0-9a-f]{64}\n\\[exit 0]");
    }

    @Test
    void startAttachedRefusesBadKeysThenAPausedContainer() {
        s.run("docker run -d --name pp1 busybox sleep 60");
        s.run("docker pause pp1");
        assertThat(s.transcript("docker start -a --detach-keys=ctrl- pp1")).isEqualTo("unable to upgrade to tcp, received 400\n[exit 1]");
        assertThat(s.transcript("docker start -a pp1")).isEqualTo("unable to upgrade to tcp, received 409\n[exit 1]");
        assertThat(s.transcript("docker start pp1")).isEqualTo("Error response from daemon: cannot start a paused container, try unpause "
                + "instead\nError: failed to start containers: pp1\n[exit 1]");
    }

    @Test
    void attachChecksTheContainerFirstThenTheKeys() {
        s.run("docker run -d --name aa1 busybox sleep 60");
        assertThat(s.transcript("docker attach --detach-keys=ctrl- aa1")).isEqualTo("unable to upgrade to tcp, received 400\n[exit 1]");
        s.run("docker pause aa1");
        assertThat(s.transcript("docker attach --detach-keys=ctrl- aa1")).isEqualTo(
                "You cannot attach to a paused container, unpause it first\n[exit 1]");
    }

    @Test
    void copyingAFileIntoADirectoryOfAContainerThatDoesNotExistFailsOnTheDirectory() throws Exception {
        Files.writeString(ws.resolve("f.txt"), "x\n");
        assertThat(s.transcript("docker cp f.txt nosuch:/tmp/")).isEqualTo("no such directory\n[exit 1]");
        assertThat(s.transcript("docker cp f.txt nosuch:/tmp/f.txt")).isEqualTo("Error response from daemon: No such container: nosuch\n[exit 1]");
        assertThat(s.transcript("docker cp - nosuch:/tmp")).isEqualTo("destination \"nosuch:/tmp\" must be a directory\n[exit 1]");
    }
}
