package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
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
    private Interpreter docker;

    private record Result(int status, String out) {
    }

    private Result run(String line) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = docker.run(line, InputStream.nullInputStream(), out, out);
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private Result lookup(String args) {
        return run("docker run --rm --network n busybox nslookup " + args);
    }

    @BeforeEach
    void setUp() {
        SimulatedEngine engine = new SimulatedEngine(new CatalogLoader().loadDefault(), new HandMovedClock());
        engine.hostRoot(workspace);
        docker = new Interpreter(engine, workspace, Locale.ENGLISH, new HandMovedClock());
        run("docker pull busybox");
        run("docker pull nginx");
        run("docker network create --subnet 172.31.0.0/16 n");
        run("docker run -d --name web --network n --network-alias site nginx");
    }

    @Test
    void aContainerNameAnswersItsAddressThenAnEmptyIpv6Answer() {
        Result r = lookup("web");
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
        Result r = lookup("nosuch");
        assertThat(r.out()).isEqualTo(EMBEDDED + "** server can't find nosuch: NXDOMAIN\n\n** server can't find nosuch: NXDOMAIN\n\n");
        assertThat(r.status()).isEqualTo(1);
        assertThat(lookup("localhost").status()).as("nslookup does not read /etc/hosts").isEqualTo(1);
    }

    @Test
    void anAddressAnswersNameDotNetwork() {
        assertThat(lookup("172.31.0.2").out()).isEqualTo(EMBEDDED + "Non-authoritative answer:\n2.0.31.172.in-addr.arpa\tname = web.n\n\n");
        Result none = lookup("172.31.0.99");
        assertThat(none.out()).isEqualTo(EMBEDDED + "** server can't find 99.0.31.172.in-addr.arpa: NXDOMAIN\n\n");
        assertThat(none.status()).isEqualTo(1);
    }

    @Test
    void theDefaultBridgeHasNoEmbeddedDns() {
        Result r = run("docker run --rm busybox nslookup web");
        assertThat(r.out()).isEqualTo("Server:\t\t8.8.8.8\nAddress:\t8.8.8.8:53\n\n"
                + "** server can't find web: NXDOMAIN\n\n** server can't find web: NXDOMAIN\n\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void aBadCommandLineShowsTheUsage() {
        Result r = lookup("-x web");
        assertThat(r.out()).startsWith("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup ");
        assertThat(r.status()).isEqualTo(1);
        assertThat(lookup("a b c").status()).isEqualTo(1);
    }
}
