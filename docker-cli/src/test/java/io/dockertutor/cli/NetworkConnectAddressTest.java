package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker network connect --ip}: moby v28's {@code validateEndpointSettings} refuses an address on a network
 * whose subnet IPAM chose, or outside the configured one; on a configured subnet the container gets that address.
 */
class NetworkConnectAddressTest {
    private static final String NO_USER_SUBNET = "Error response from daemon: invalid endpoint settings:\n"
            + "user specified IP address is supported only when connecting to networks with user configured subnets\n[exit 1]";

    @TempDir
    Path workspace;
    SimulatedSession docker;

    @BeforeEach
    void runAContainer() {
        docker = new SimulatedSession(workspace);
        docker.run("docker pull -q busybox");
        docker.run("docker run -d --name web busybox sleep 1000");
    }

    @Test
    void anAddressOnANetworkWithoutAConfiguredSubnetIsRefusedForRunningAndStoppedContainers() {
        docker.run("docker network create plain");
        assertThat(docker.transcript("docker network connect --ip 172.18.0.50 plain web")).isEqualTo(NO_USER_SUBNET);
        docker.run("docker create --name later busybox");
        assertThat(docker.transcript("docker network connect --ip 172.18.0.50 plain later")).isEqualTo(NO_USER_SUBNET);
        assertThat(docker.output("docker network inspect -f '{{len .Containers}}' plain")).isEqualTo("0\n");
    }

    @Test
    void onAConfiguredSubnetTheContainerGetsTheAddressAskedFor() {
        docker.run("docker network create --subnet 10.77.0.0/24 fixed");
        assertThat(docker.run("docker network connect --ip 10.77.0.50 fixed web")).as(docker.stderr()).isZero();
        assertThat(docker.output("docker inspect -f '{{.NetworkSettings.Networks.fixed.IPAddress}}' web"))
                .isEqualTo("10.77.0.50\n");
        assertThat(docker.output("docker inspect -f '{{json .NetworkSettings.Networks.fixed.IPAMConfig}} "
                + "{{.NetworkSettings.Networks.fixed.IPAMConfig.IPv4Address}} {{json .NetworkSettings.Networks.bridge.IPAMConfig}}' web"))
                .isEqualTo("{\"IPv4Address\":\"10.77.0.50\"} 10.77.0.50 null\n");
        assertThat(docker.output("docker exec web tail -n 1 /etc/hosts")).startsWith("172.17.0.");
        docker.run("docker create --name later busybox sleep 1000");
        docker.run("docker network connect --ip 10.77.0.60 fixed later");
        docker.run("docker start later");
        assertThat(docker.output("docker inspect -f '{{.NetworkSettings.Networks.fixed.IPAddress}}' later"))
                .isEqualTo("10.77.0.60\n");
    }

    @Test
    void anAddressOutsideTheSubnetOrTakenIsRefusedWithMobysWords() {
        docker.run("docker network create --subnet 10.77.0.0/24 fixed");
        assertThat(docker.transcript("docker network connect --ip 10.78.0.5 fixed web")).isEqualTo(
                "Error response from daemon: invalid endpoint settings:\n"
                        + "no configured subnet or ip-range contain the IP address 10.78.0.5\n[exit 1]");
        docker.run("docker run -d --name other --network fixed --ip 10.77.0.50 busybox sleep 1000");
        assertThat(docker.output("docker inspect -f '{{.NetworkSettings.Networks.fixed.IPAddress}}' other"))
                .isEqualTo("10.77.0.50\n");
        assertThat(docker.transcript("docker network connect --ip 10.77.0.50 fixed web"))
                .isEqualTo("Error response from daemon: Address already in use\n[exit 1]");
        assertThat(docker.transcript("docker run --rm --network fixed --ip 10.78.0.5 busybox true")).isEqualTo(
                "docker: Error response from daemon: invalid config for network fixed: invalid endpoint settings:\n"
                        + "no configured subnet or ip-range contain the IP address 10.78.0.5\n\n"
                        + "Run 'docker run --help' for more information\n[exit 125]");
    }

    @Test
    void thePredefinedBridgeTakesNoAddressAndNoAliasOfOnesOwn() {
        docker.run("docker network create plain");
        docker.run("docker create --name later --network plain busybox");
        assertThat(docker.transcript("docker network connect --ip 172.17.0.50 --alias w bridge later")).isEqualTo(
                "Error response from daemon: invalid endpoint settings:\n"
                        + "* user specified IP address is supported on user defined networks only\n"
                        + "* network-scoped alias is supported only for containers in user defined networks\n[exit 1]");
        assertThat(docker.transcript("docker network connect --ip abc plain web")).isEqualTo(
                "Error response from daemon: invalid endpoint settings:\n* invalid IPv4 address: abc\n"
                        + "* user specified IP address is supported only when connecting to networks with user configured subnets\n[exit 1]");
    }
}
