package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /etc/hosts the daemon writes when a container starts (moby 28's libnetwork {@code etchosts} and
 * {@code buildHostsFile}: the defaults, {@code --add-host} values, the legacy links, the container's own address),
 * what programs inside resolve through it, and {@code docker inspect}'s {@code ExtraHosts} and {@code Links}.
 */
class EtcHostsTest {
    private static final String DEFAULTS = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
            + "fe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n";

    @TempDir
    Path workspace;
    SimulatedSession docker;

    @BeforeEach
    void pullBusybox() {
        docker = new SimulatedSession(workspace);
        docker.run("docker pull -q busybox");
    }

    @Test
    void aContainerFindsItsOwnAddressAndHostNameAfterTheDefaults() {
        assertThat(docker.output("docker run --rm busybox cat /etc/hosts"))
                .matches("(?s)" + java.util.regex.Pattern.quote(DEFAULTS) + "172\\.17\\.0\\.\\d+\t[0-9a-f]{12}\n");
    }

    @Test
    void aHostNameWithADomainIsListedWhole_AndBare() {
        docker.run("docker network create --subnet 10.55.0.0/24 n1");
        assertThat(docker.output("docker run --rm --network n1 --hostname web.example.com busybox cat /etc/hosts"))
                .isEqualTo(DEFAULTS + "10.55.0.2\tweb.example.com web\n");
    }

    @Test
    void withoutANetworkOnlyTheDefaultsRemain() {
        assertThat(docker.output("docker run --rm --network none busybox cat /etc/hosts")).isEqualTo(DEFAULTS);
    }

    @Test
    void aRestartWritesTheFileAgainAndItNeverShowsInDiff() {
        docker.run("docker run -d --name keep busybox sleep 1000");
        docker.run("docker exec keep sh -c 'echo 1.2.3.4 extra >> /etc/hosts'");
        assertThat(docker.output("docker exec keep cat /etc/hosts")).endsWith("1.2.3.4 extra\n");
        assertThat(docker.run("docker restart -t 0 keep")).isZero();
        assertThat(docker.output("docker exec keep cat /etc/hosts")).startsWith(DEFAULTS).doesNotContain("extra");
        assertThat(docker.output("docker diff keep")).isEmpty();
    }

    @Test
    void aReadOnlyRootStillGetsTheDaemonsFileAtRestart() {
        docker.run("docker run -d --read-only --name rr busybox sleep 1000");
        docker.run("docker exec rr cat /etc/hostname"); // the layer is built, then kept as its changes
        assertThat(docker.run("docker restart -t 0 rr")).as(docker.stderr()).isZero();
        assertThat(docker.output("docker exec rr tail -n 1 /etc/hosts")).startsWith("172.17.0.");
        assertThat(docker.transcript("docker exec rr sh -c 'echo x >> /etc/hosts'"))
                .isEqualTo("sh: can't create /etc/hosts: Read-only file system\n[exit 1]");
    }

    @Test
    void programsResolveThroughTheHostsFileAsTheContainerChangedIt() {
        docker.run("docker run -d --name keep busybox sleep 1000");
        assertThat(docker.output("docker exec keep sh -c 'ping -c 1 $(hostname)'"))
                .startsWith("PING ").contains("(172.17.0.");
        assertThat(docker.output("docker exec keep ping -c 1 localhost")).startsWith("PING localhost (127.0.0.1)");
        docker.run("docker exec keep sh -c 'echo 1.2.3.4 extra >> /etc/hosts'");
        assertThat(docker.output("docker exec keep ping -c 1 extra")).startsWith("PING extra (1.2.3.4)");
    }

    @Test
    void onTheHostNetworkTheHostsOwnNameStillResolves() {
        assertThat(docker.output("docker run --rm --network host busybox sh -c 'ping -c 1 $(hostname)'"))
                .startsWith("PING ").contains(" (127.0.0.1): 56 data bytes\n");
    }

    @Test
    void withoutANetworkItsOwnHostNameIsInNoHostsFile() {
        assertThat(docker.transcript("docker run --rm --network none --hostname solo busybox ping -c 1 solo"))
                .isEqualTo("ping: bad address 'solo'\n[exit 1]");
    }

    @Test
    void addedHostsComeAfterTheDefaultsInTheirOrderAndBeforeTheContainersOwnLine() {
        assertThat(docker.output("docker run --rm --add-host db.local:10.0.0.5 --add-host cache=10.0.0.6 "
                + "--add-host gw:host-gateway --add-host v6=[::1] busybox cat /etc/hosts"))
                .matches("(?s)" + java.util.regex.Pattern.quote(DEFAULTS + "10.0.0.5\tdb.local\n10.0.0.6\tcache\n"
                        + "172.17.0.1\tgw\n::1\tv6\n") + "172\\.17\\.0\\.\\d+\t[0-9a-f]{12}\n");
    }

    @Test
    void anAddedHostResolvesByNameInsideTheContainerButNotThroughTheEmbeddedDns() {
        assertThat(docker.output("docker run --rm --add-host db.local=10.0.0.5 busybox ping -c 1 DB.local"))
                .startsWith("PING DB.local (10.0.0.5): 56 data bytes\n");
        docker.run("docker network create app");
        assertThat(docker.run("docker run --rm --network app --add-host db.local=10.0.0.5 busybox nslookup db.local"))
                .isNotZero();
    }

    @Test
    void withTheHostNetworkOnlyAnAddedHostReplacesTheHostsOwnFile() {
        assertThat(docker.output("docker run --rm --network host --add-host db:10.0.0.5 busybox cat /etc/hosts"))
                .isEqualTo(DEFAULTS + "10.0.0.5\tdb\n");
    }

    @Test
    void aLegacyLinkListsTheAliasTheHostNameAndTheNameOfTheLinkedContainer() {
        docker.run("docker run -d --name db --hostname dbhost busybox sleep 1000");
        String db = docker.output("docker inspect -f '{{.NetworkSettings.IPAddress}}' db").strip();
        assertThat(docker.output("docker run --rm --link db:database busybox cat /etc/hosts"))
                .startsWith(DEFAULTS + db + "\tdatabase dbhost db\n");
        assertThat(docker.output("docker run --rm --link db busybox cat /etc/hosts"))
                .startsWith(DEFAULTS + db + "\tdb dbhost\n");
        assertThat(docker.output("docker run --rm --link db:database busybox ping -c 1 database"))
                .startsWith("PING database (" + db + "): 56 data bytes\n");
    }

    @Test
    void aLegacyLinkGivesTheLinkedContainersAddressPortsAndEnvironmentAsVariables() {
        docker.run("docker run -d --name db --expose 81 --expose 80 -e POSTGRES=1 busybox sleep 1000");
        String db = docker.output("docker inspect -f '{{.NetworkSettings.IPAddress}}' db").strip();
        assertThat(docker.output("docker run --rm --name web --link db:my-db -e MY_DB_NAME=mine busybox env")).contains(
                "MY_DB_PORT=tcp://" + db + ":80\nMY_DB_PORT_80_TCP=tcp://" + db + ":80\nMY_DB_PORT_80_TCP_ADDR=" + db
                        + "\nMY_DB_PORT_80_TCP_PORT=80\nMY_DB_PORT_80_TCP_PROTO=tcp\nMY_DB_PORT_81_TCP=tcp://" + db + ":81\n"
                        + "MY_DB_PORT_81_TCP_ADDR=" + db + "\nMY_DB_PORT_81_TCP_PORT=81\nMY_DB_PORT_81_TCP_PROTO=tcp\n"
                        + "MY_DB_PORT_80_TCP_START=tcp://" + db + ":80\nMY_DB_PORT_80_TCP_PORT_START=80\n"
                        + "MY_DB_PORT_80_TCP_END=tcp://" + db + ":81\nMY_DB_PORT_80_TCP_PORT_END=81\n"
                        + "MY_DB_NAME=mine\nMY_DB_ENV_POSTGRES=1\n")
                .doesNotContain("MY_DB_ENV_PATH");
    }

    @Test
    void inspectShowsTheExtraHostsAsSentAndTheLinksAsTheDaemonKeepsThem() {
        docker.run("docker run -d --name db busybox sleep 1000");
        docker.run("docker create --name web --add-host a=1.2.3.4 --add-host b:[::1] --link db:database busybox");
        assertThat(docker.output("docker inspect -f '{{json .HostConfig.ExtraHosts}} {{json .HostConfig.Links}}' web"))
                .isEqualTo("[\"a:1.2.3.4\",\"b:::1\"] [\"/db:/web/database\"]\n");
        docker.run("docker create --name plain busybox");
        assertThat(docker.output("docker inspect -f '{{json .HostConfig.ExtraHosts}} {{json .HostConfig.Links}}' plain"))
                .isEqualTo("null null\n");
    }

    @Test
    void aContainerLinkedToAStoppedOneDoesNotStart() {
        docker.run("docker run -d --name db busybox sleep 1000");
        docker.run("docker create --name web --link db:database busybox sleep 1000");
        docker.run("docker stop -t 0 db");
        assertThat(docker.transcript("docker start web")).isEqualTo(
                "Error response from daemon: Cannot link to a non running container: /db AS /web/database\n"
                        + "Error: failed to start containers: web\n[exit 1]");
    }

    @Test
    void onAUserDefinedNetworkALinkIsAnAliasOfTheEmbeddedDnsAndNoLegacyLink() {
        docker.run("docker network create app");
        docker.run("docker run -d --name db --network app busybox sleep 1000");
        String db = docker.output("docker inspect -f '{{.NetworkSettings.Networks.app.IPAddress}}' db").strip();
        assertThat(docker.output("docker run --rm --network app --link db:database busybox ping -c 1 database"))
                .startsWith("PING database (" + db + "): 56 data bytes\n");
        docker.run("docker create --name web --network app --link db:database busybox");
        assertThat(docker.output("docker inspect -f '{{json .HostConfig.Links}}' web")).isEqualTo("null\n");
        assertThat(docker.output("docker run --rm --network app busybox ping -c 1 database"))
                .isEmpty();
    }
}
