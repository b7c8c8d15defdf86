package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * busybox {@code nslookup} asks Docker's embedded DNS on a user-defined network and the host's resolver on the default
 * bridge, word for word as recorded on the lab engine (busybox nslookup, Docker 20.10's DNS at 127.0.0.11).
 */
class NslookupInContainersTest {
    private static final String EMBEDDED = "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n";
    @TempDir
    Path workspace;
    private SimulatedSession docker;

    private SimulatedSession.Printed run(String line) {
        return docker.both(line);
    }

    private SimulatedSession.Printed lookup(String args) {
        return run("docker run --rm --network n busybox nslookup " + args);
    }

    @BeforeEach
    void setUp() {
        docker = new SimulatedSession(workspace, new HandMovedClock());
        run("docker pull busybox");
        run("docker pull nginx");
        run("docker network create --subnet 172.31.0.0/16 n");
        run("docker run -d --name web --network n --network-alias site nginx");
    }

    @Test
    void aContainerNameAnswersItsAddressThenAnEmptyIpv6Answer() {
        SimulatedSession.Printed r = lookup("web");
        assertThat(r.out()).isEqualTo(EMBEDDED + "Non-authoritative answer:\nName:\tweb\nAddress: 172.31.0.2\n\n"
                + "Non-authoritative answer:\n\n");
        assertThat(r.status()).isZero();
        assertThat(lookup("SITE").out()).contains("Name:\tSITE\nAddress: 172.31.0.2\n");
        assertThat(lookup("web.n").out()).contains("Name:\tweb.n\nAddress: 172.31.0.2\n");
        assertThat(lookup("-type=a web").out()).isEqualTo(EMBEDDED + "Non-authoritative answer:\nName:\tweb\nAddress: 172.31.0.2\n\n");
        assertThat(lookup("-type=aaaa web").out()).isEqualTo(EMBEDDED + "Non-authoritative answer:\n\n");
    }

    @Test
    void unknownNamesAndLocalhostAreNxdomainForEachQuery() {
        SimulatedSession.Printed r = lookup("nosuch");
        assertThat(r.out()).isEqualTo(EMBEDDED + "** server can't find nosuch: NXDOMAIN\n\n** server can't find nosuch: NXDOMAIN\n\n");
        assertThat(r.status()).isEqualTo(1);
        assertThat(lookup("localhost").status()).as("nslookup does not read /etc/hosts").isEqualTo(1);
    }

    @Test
    void anAddressAnswersNameDotNetwork() {
        assertThat(lookup("172.31.0.2").out()).isEqualTo(EMBEDDED + "Non-authoritative answer:\n2.0.31.172.in-addr.arpa\tname = web.n\n\n");
        SimulatedSession.Printed none = lookup("172.31.0.99");
        assertThat(none.out()).isEqualTo(EMBEDDED + "** server can't find 99.0.31.172.in-addr.arpa: NXDOMAIN\n\n");
        assertThat(none.status()).isEqualTo(1);
    }

    @Test
    void theDefaultBridgeHasNoEmbeddedDns() {
        SimulatedSession.Printed r = run("docker run --rm busybox nslookup web");
        assertThat(r.out()).isEqualTo("Server:\t\t8.8.8.8\nAddress:\t8.8.8.8:53\n\n"
                + "** server can't find web: NXDOMAIN\n\n** server can't find web: NXDOMAIN\n\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void aBadCommandLineShowsTheUsage() {
        SimulatedSession.Printed r = lookup("-x web");
        assertThat(r.out()).startsWith("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup ");
        assertThat(r.status()).isEqualTo(1);
        assertThat(lookup("a b c").status()).isEqualTo(1);
    }
}
