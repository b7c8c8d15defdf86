package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.cli.grammar.OptionDef;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flags docker v28 accepts without listing them in --help: the old aliases work, and help stays as docker's. */
class HiddenDockerFlagsTest {
    @TempDir
    Path ws;
    private Interpreter tutor;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void start() {
        tutor = new Interpreter(SimulatedEngine.withDefaultCatalog(), ws, Locale.ENGLISH, Clock.systemUTC());
    }

    private int run(String line) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return tutor.run(line, new ByteArrayInputStream(new byte[0]), out, err);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run -d", "create", "container run -d", "container create"})
    void netAndNetAliasAreNetworkAndNetworkAlias(String command) {
        assertThat(run("docker network create app")).isZero();
        assertThat(run("docker " + command + " --name web --net app --net-alias www --dns-opt ndots:1 busybox sleep 100"))
                .as(stderr()).isZero();
        run("docker start web");
        run("docker inspect -f '{{.HostConfig.NetworkMode}}' web");
        assertThat(stdout()).isEqualTo("app\n");
        assertThat(run("docker run --rm --network app busybox ping -c 1 www")).as(stderr()).isZero();
    }

    @Test
    void netWithAnEqualsSignWorksToo() {
        assertThat(run("docker run -d --name web --net=host busybox sleep 100")).isZero();
        run("docker inspect -f '{{.HostConfig.NetworkMode}}' web");
        assertThat(stdout()).isEqualTo("host\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stop", "restart", "container stop", "container restart"})
    void theDeprecatedTimeFlagWorksWithPflagsWarning(String command) {
        run("docker run -d --name web busybox sleep 100");
        assertThat(run("docker " + command + " --time 1 web")).isZero();
        assertThat(stderr()).isEqualTo("Flag --time has been deprecated, use --timeout instead\n");
        assertThat(stdout()).isEqualTo("web\n");
    }

    @Test
    void volumeCreateTakesItsNameFromTheHiddenNameFlag() {
        assertThat(run("docker volume create --name data")).isZero();
        assertThat(stdout()).isEqualTo("data\n");
        assertThat(run("docker volume create --name a b")).isEqualTo(1);
        assertThat(stderr()).isEqualTo(
                "conflicting options: cannot specify a volume-name through both --name and as a positional arg\n");
    }

    @Test
    void updateAcceptsTheHiddenKernelMemoryFlag() {
        run("docker run -d --name web busybox sleep 100");
        run("docker update --kernel-memory 10m web");
        assertThat(stderr()).doesNotContain("unknown flag");
    }

    @Test
    void hiddenFlagsStayOutOfTheListedOnes() {
        assertThat(DockerGrammar.get().command("run").orElseThrow().options()).extracting(OptionDef::name)
                .contains("network", "network-alias", "dns-option").doesNotContain("net", "net-alias", "dns-opt");
        assertThat(DockerGrammar.get().command("run").orElseThrow().longOption("net")).get()
                .extracting(OptionDef::storedAs).isEqualTo("network");
    }
}
