package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What moby v28 refuses only when a container starts (recorded on the lab engine): a network recorded while the
 * container was stopped that does not exist, a {@code --device} missing on the host, {@code --gpus} without a GPU
 * driver, a {@code --group-add} name the image's /etc/group lacks. The refusal stays in the container's state
 * (exit code 128); {@code run} exits 125, or 127 for "no such file or directory".
 */
class StartTimeRefusalsTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void pullBusybox() {
        s = SimulatedSession.withBusybox(ws);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--device /nosuch|error gathering device information while adding custom device \"/nosuch\": no such file or directory|127",
        "--device /dev/null --device /dev/nosuch:/dev/x|error gathering device information while adding custom device "
            + "\"/dev/nosuch\": no such file or directory|127",
        "--gpus all|could not select device driver \"\" with capabilities: [[gpu]]|125",
        "--gpus '\"capabilities=compute,utility\",driver=nvidia'|could not select device driver \"nvidia\" with capabilities: "
            + "[[compute utility gpu]]|125",
        "--group-add nosuchgroup|Unable to find group nosuchgroup: no matching entries in group file|125",
        "--group-add audio --group-add 4294967296|uids and gids must be in range 0-2147483647|125"})
    void runFailsAtStartAndRemovesItsRmContainer(String flags, String message, int status) {
        assertThat(s.transcript("docker run --rm " + flags + " busybox true")).isEqualTo("docker: Error response from daemon: " + message
                + "\n\nRun 'docker run --help' for more information\n[exit " + status + "]");
        assertThat(s.output("docker ps -aq")).isEmpty();
    }

    @Test
    void aFailedStartLeavesTheErrorAndExitCode128InTheState() {
        s.run("docker create --name dd1 --device /nosuch busybox true");
        assertThat(s.transcript("docker start dd1")).isEqualTo("Error response from daemon: error gathering device information while adding "
                + "custom device \"/nosuch\": no such file or directory\nError: failed to start containers: dd1\n[exit 1]");
        assertThat(s.output("docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' dd1")).isEqualTo(
                "created 128 error gathering device information while adding custom device \"/nosuch\": no such file or directory\n");
        assertThat(s.transcript("docker run --rm --group-add audio --group-add 29 --group-add 12345 busybox true"))
                .as("groups the image has, or numbers").isEqualTo("[exit 0]");
    }

    @Test
    void aStoppedContainerIsConnectedToANetworkThatDoesNotExistAndFailsToStart() {
        s.run("docker create --name cc1 busybox sleep 60");
        String id = s.output("docker inspect -f '{{.Id}}' cc1").strip();
        assertThat(s.transcript("docker network connect nosuch cc1")).isEqualTo("[exit 0]");
        assertThat(s.output("docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' cc1"))
                .isEqualTo("bridge nosuch \n");
        assertThat(s.transcript("docker start cc1")).isEqualTo("Error response from daemon: network nosuch not found\n"
                + "Error: failed to start containers: cc1\n[exit 1]");
        assertThat(s.transcript("docker start -a cc1")).isEqualTo("Error response from daemon: network nosuch not found\n[exit 1]");
        assertThat(s.transcript("docker restart cc1")).isEqualTo(
                "Error response from daemon: Cannot restart container cc1: network nosuch not found\n[exit 1]");
        assertThat(s.output("docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' cc1"))
                .isEqualTo("created 128 network nosuch not found\n");
        assertThat(s.transcript("docker network disconnect nosuch cc1")).isEqualTo("[exit 0]");
        assertThat(s.transcript("docker network disconnect -f nosuch cc1")).isEqualTo("Error response from daemon: container " + id
                + " is not connected to the network nosuch\n[exit 1]");
        s.run("docker network create nn1");
        assertThat(s.transcript("docker network connect nn1 cc1")).isEqualTo("[exit 0]");
        assertThat(s.transcript("docker network connect nn1 cc1")).as("recorded again").isEqualTo("[exit 0]");
        assertThat(s.transcript("docker start cc1")).isEqualTo("cc1\n[exit 0]");
        assertThat(s.output("docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' cc1"))
                .matches("bridge=172\\.17\\.0\\.\\d+ nn1=172\\.\\d+\\.0\\.\\d+ \n");
        assertThat(s.transcript("docker rm -f cc1")).isEqualTo("cc1\n[exit 0]");
    }

    @Test
    void disconnectAnswersAsTheDaemonForEachStateOfTheContainerAndTheNetwork() {
        s.run("docker network create nn1");
        s.run("docker run -d --name rr1 busybox sleep 60");
        String id = s.output("docker inspect -f '{{.Id}}' rr1").strip();
        assertThat(s.transcript("docker network disconnect nosuch rr1")).isEqualTo("Error response from daemon: network nosuch not found\n[exit 1]");
        assertThat(s.transcript("docker network disconnect -f nosuch rr1")).isEqualTo("Error response from daemon: container " + id
                + " is not connected to the network nosuch\n[exit 1]");
        assertThat(s.transcript("docker network disconnect nn1 rr1")).isEqualTo("Error response from daemon: container " + id
                + " is not connected to network nn1\n[exit 1]");
        assertThat(s.transcript("docker network disconnect -f nn1 rr1")).isEqualTo("Error response from daemon: endpoint rr1 not found\n[exit 1]");
        assertThat(s.transcript("docker network disconnect nn1 gone")).isEqualTo("Error response from daemon: No such container: gone\n[exit 1]");
        assertThat(s.transcript("docker network disconnect -f nn1 gone")).isEqualTo("Error response from daemon: endpoint gone not found\n[exit 1]");
        assertThat(s.transcript("docker network disconnect -f nosuch gone")).isEqualTo(
                "Error response from daemon: network nosuch not found\n[exit 1]");
    }
}
