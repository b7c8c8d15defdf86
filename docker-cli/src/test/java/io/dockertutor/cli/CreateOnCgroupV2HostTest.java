package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code docker create} on the simulated daemon's host, a cgroup v2 one with 2 CPUs: the warnings moby v28 returns
 * with the container (the CLI prints each as {@code WARNING: ...} on standard error, its own localhost-DNS one
 * last) and the resource values it refuses ({@code verifyPlatformContainerResources}, {@code validateResources}).
 */
class CreateOnCgroupV2HostTest {
    @TempDir
    Path ws;

    @Test
    void settingsACgroupV2HostCannotApplyAreDiscardedWithAWarningEach() {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        int rc = s.run("docker create --name w1 --memory-swappiness 10 --oom-kill-disable --dns 127.0.0.1 busybox");
        assertThat(rc).isZero();
        assertThat(s.stderr()).isEqualTo("WARNING: Your kernel does not support memory swappiness capabilities or the cgroup is "
                + "not mounted. Memory swappiness discarded.\n"
                + "WARNING: Your kernel does not support OomKillDisable. OomKillDisable discarded.\n"
                + "WARNING: Localhost DNS (127.0.0.1) may fail in containers.\n");
        assertThat(s.stdout()).matches("[0-9a-f]{64}\n");
        s.run("docker run --rm --memory-swappiness -1 --oom-kill-disable=false --memory 64m --pids-limit 10 busybox true");
        assertThat(s.stderr()).as("the default swappiness, the OOM killer left on").isEmpty();
    }

    @Test
    void publishedPortsOnTheHostNetworkAreDiscardedWithAWarning() {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        s.run("docker create --network host -p 8080:80 busybox");
        assertThat(s.stderr()).isEqualTo("WARNING: Published ports are discarded when using host network mode\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--cpu-rt-runtime 950|kernel does not support CPU real-time scheduler",
        "--cpu-shares -1|invalid CPU shares (-1): value must be a positive integer",
        "--memory 1m|Minimum memory limit allowed is 6MB",
        "--memory 64m --memory-swap 32m|Minimum memoryswap limit should be larger than memory limit, see usage",
        "--memory-swap 1g|You should always set the Memory limit when using Memoryswap limit, see usage",
        "--memory-reservation 1k|Minimum memory reservation allowed is 6MB",
        "--memory 64m --memory-reservation 128m|Minimum memory limit can not be less than memory reservation limit, see usage",
        "--cpus 1 --cpu-period 100000|Conflicting options: Nano CPUs and CPU Period cannot both be set",
        "--cpus 1 --cpu-quota 50000|Conflicting options: Nano CPUs and CPU Quota cannot both be set",
        "--cpus 3|range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available",
        "--cpuset-cpus 1-3|Requested CPUs are not available - requested 1-3, available: 0-1",
        "--cpuset-mems 2|Requested memory nodes are not available - requested 2, available: 0",
        "--blkio-weight 5|Range of blkio weight is from 10 to 1000",
        "--storage-opt size=1G|--storage-opt is supported only for overlay over xfs with 'pquota' mount option",
        "--storage-opt nosuch=1|Unknown option nosuch"})
    void theDaemonRefusesResourceValuesItCannotApply(String flags, String message) {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        int rc = s.run("docker create " + flags + " busybox");
        assertThat(s.stderr() + "[exit " + rc + "]").isEqualTo("Error response from daemon: " + message + "\n[exit 1]");
        assertThat(s.output("docker ps -aq")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--ip 10.1.2.3|invalid config for network default: invalid endpoint settings:\\nuser specified IP address is supported "
            + "on user defined networks only",
        "--network bridge --ip6 ::|invalid config for network bridge: invalid endpoint settings:\\n* user specified IP address "
            + "is supported on user defined networks only\\n* invalid IPv6 address: ::\\n* user specified IP address is "
            + "supported only when connecting to networks with user configured subnets",
        "--link-local-ip nosuch --link-local-ip 169.254.1.1 --link-local-ip 1.2.3|invalid config for network default: invalid "
            + "endpoint settings:\\n* invalid link-local IP address: nosuch\\n* invalid link-local IP address: 1.2.3"})
    void theEndpointSettingsAreCheckedAtCreateWithEveryErrorJoined(String flags, String message) {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        int rc = s.run("docker run --rm " + flags + " busybox true");
        assertThat(s.stderr()).isEqualTo("docker: Error response from daemon: " + message.replace("\\n", "\n")
                + "\n\nRun 'docker run --help' for more information\n");
        assertThat(rc).isEqualTo(125);
    }
}
