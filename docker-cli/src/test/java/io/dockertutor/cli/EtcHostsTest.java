package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /etc/hosts the daemon writes when a container starts (moby 28's libnetwork etchosts). */
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
    void withoutANetworkItsOwnHostNameIsInNoHostsFile() {
        assertThat(docker.transcript("docker run --rm --network none --hostname solo busybox ping -c 1 solo"))
                .isEqualTo("ping: bad address 'solo'\n[exit 1]");
    }
}
