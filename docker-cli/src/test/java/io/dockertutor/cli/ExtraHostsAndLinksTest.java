package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --add-host} and {@code --link} as moby 28 writes them into the container's /etc/hosts (libnetwork's
 * {@code buildHostsFile}: the defaults, the extra hosts, the legacy links, the container's own address), resolved by
 * name inside the container, and shown by {@code docker inspect} as the daemon shows them.
 */
class ExtraHostsAndLinksTest {
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
