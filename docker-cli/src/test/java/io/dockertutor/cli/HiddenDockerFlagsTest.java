package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.cli.grammar.OptionDef;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flags docker v28 accepts without listing them in --help: the old aliases work, and help stays as docker's. */
class HiddenDockerFlagsTest {
    @TempDir
    Path ws;
    private SimulatedSession s;

    @BeforeEach
    void start() {
        s = new SimulatedSession(ws);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run -d", "create", "container run -d", "container create"})
    void netAndNetAliasAreNetworkAndNetworkAlias(String command) {
        assertThat(s.run("docker network create app")).isZero();
        assertThat(s.run("docker " + command + " --name web --net app --net-alias www --dns-opt ndots:1 busybox sleep 100"))
                .as(s.stderr()).isZero();
        s.run("docker start web");
        s.run("docker inspect -f '{{.HostConfig.NetworkMode}}' web");
        assertThat(s.stdout()).isEqualTo("app\n");
        assertThat(s.run("docker run --rm --network app busybox ping -c 1 www")).as(s.stderr()).isZero();
    }

    @Test
    void netWithAnEqualsSignWorksToo() {
        assertThat(s.run("docker run -d --name web --net=host busybox sleep 100")).isZero();
        s.run("docker inspect -f '{{.HostConfig.NetworkMode}}' web");
        assertThat(s.stdout()).isEqualTo("host\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stop", "restart", "container stop", "container restart"})
    void theDeprecatedTimeFlagWorksWithPflagsWarning(String command) {
        s.run("docker run -d --name web busybox sleep 100");
        assertThat(s.run("docker " + command + " --time 1 web")).isZero();
        assertThat(s.stderr()).isEqualTo("Flag --time has been deprecated, use --timeout instead\n");
        assertThat(s.stdout()).isEqualTo("web\n");
    }

    @Test
    void volumeCreateTakesItsNameFromTheHiddenNameFlag() {
        assertThat(s.run("docker volume create --name data")).isZero();
        assertThat(s.stdout()).isEqualTo("data\n");
        assertThat(s.run("docker volume create --name a b")).isEqualTo(1);
        assertThat(s.stderr()).isEqualTo(
                "conflicting options: cannot specify a volume-name through both --name and as a positional arg\n");
    }

    @Test
    void updateAcceptsTheHiddenKernelMemoryFlag() {
        s.run("docker run -d --name web busybox sleep 100");
        s.run("docker update --kernel-memory 10m web");
        assertThat(s.stderr()).doesNotContain("unknown flag");
    }

    @Test
    void hiddenFlagsStayOutOfTheListedOnes() {
        assertThat(DockerGrammar.get().command("run").orElseThrow().options()).extracting(OptionDef::name)
                .contains("network", "network-alias", "dns-option").doesNotContain("net", "net-alias", "dns-opt");
        assertThat(DockerGrammar.get().command("run").orElseThrow().longOption("net")).get()
                .extracting(OptionDef::storedAs).isEqualTo("network");
    }
}
