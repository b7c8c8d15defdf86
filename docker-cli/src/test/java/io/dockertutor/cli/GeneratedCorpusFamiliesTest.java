package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The families of differences the generated corpus found and the simulator now answers as the real engine does
 * (texts from {@code corpus/generated/real}): client-side flag and option checks, the daemon's host-config checks,
 * and a few daemon refusals.
 */
class GeneratedCorpusFamiliesTest {
    @TempDir
    Path ws;

    private String run(SimulatedSession s, String line) {
        int rc = s.run(line);
        return s.stdout() + s.stderr() + "[exit " + rc + "]";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--blkio-weight-device=/dev/null|bad format: /dev/null",
        "--device-read-bps=/dev/null:abc|invalid rate for device: /dev/null:abc. The correct format is <device-path>:<number>[<unit>]. "
            + "Number must be a positive integer. Unit is optional and can be kb, mb, or gb",
        "--device-write-iops=/dev/null:abc|invalid rate for device: /dev/null:abc. The correct format is <device-path>:<number>. "
            + "Number must be a positive integer",
        "--device-cgroup-rule=nosuch|invalid device cgroup format 'nosuch'",
        "--env==1|invalid environment variable: =1",
        "--label==1|invalid label '=1': empty name",
        "--sysctl=novalue|sysctl 'novalue' is not allowed"})
    void listFlagsRefuseValuesTheirValidatorRefuses(String flag, String problem) {
        String value = flag.substring(flag.indexOf('=') + 1);
        String name = flag.substring(0, flag.indexOf('='));
        assertThat(run(new SimulatedSession(ws), "docker create " + flag + " busybox")).isEqualTo("invalid argument \"" + value
                + "\" for \"" + (name.equals("--env") ? "-e, --env" : name.equals("--label") ? "-l, --label" : name) + "\" flag: "
                + problem + "\n\nUsage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n"
                + "Run 'docker create --help' for more information\n[exit 125]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--pid=nosuch|--pid: invalid PID mode", "--uts=nosuch|--uts: invalid UTS mode",
        "--userns=nosuch|--userns: invalid USER mode", "--cgroupns=nosuch|--cgroupns: invalid CGROUP mode",
        "--security-opt=nosuch|Invalid --security-opt: \"nosuch\"", "--storage-opt=novalue|invalid storage option",
        "--network-alias=web|network-scoped aliases are only supported for user-defined networks"})
    void createRefusesBadModesAndOptionsBeforeAskingTheDaemon(String flag, String message) {
        assertThat(run(new SimulatedSession(ws), "docker create " + flag + " busybox"))
                .isEqualTo("docker: " + message + "\n\nRun 'docker create --help' for more information\n[exit 125]");
    }

    @Test
    void windowsOnlyFlagsAreRefusedByALinuxDaemon() {
        assertThat(run(new SimulatedSession(ws), "docker create --cpu-count 1 --io-maxiops 1 busybox")).isEqualTo(
                "\"--cpu-count\" is only supported on a Docker daemon running on windows, but the Docker daemon is running on linux\n"
                + "\"--io-maxiops\" is only supported on a Docker daemon running on windows, but the Docker daemon is running on linux\n"
                + "[exit 1]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--cap-add=NOSUCH|invalid CapAdd: unknown capability: \"CAP_NOSUCH\"",
        "--cpu-period 1|CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)",
        "--cpu-quota 1|CPU cfs quota can not be less than 1ms (i.e. 1000)",
        "--cpuset-cpus=abc|Invalid value abc for cpuset cpus: invalid format: abc",
        "--oom-score-adj=2000|Invalid value 2000, range for oom score adj is [-1000, 1000]",
        "--log-driver=nosuch|error looking up logging plugin nosuch: plugin \"nosuch\" not found",
        "--log-opt=nosuch=1|unknown log opt 'nosuch' for json-file log driver",
        "--stop-signal=NOSIG|Invalid signal: NOSIG",
        "--workdir=relative|the working directory 'relative' is invalid, it needs to be an absolute path",
        "--link g-nosuch:alias|could not get container for g-nosuch: No such container: g-nosuch",
        "--volumes-from g-nosuch|No such container: g-nosuch",
        "--network=g-net --ip=nosuch|invalid config for network g-net: invalid endpoint settings:\\ninvalid IPv4 address: nosuch",
        "--mount=type=nosuch,target=/g|invalid mount config for type \"nosuch\": mount type unknown",
        "--tmpfs=''|invalid mount path: '' mount path must be absolute"})
    void theDaemonRefusesBadHostConfigValuesAtCreate(String flag, String message) {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        assertThat(run(s, "docker create " + flag + " busybox")).isEqualTo("Error response from daemon: "
                + message.replace("\\n", "\n") + "\n[exit 1]");
        assertThat(s.output("docker ps -aq")).as("nothing was created").isEmpty();
    }

    @Test
    void psChecksItsTemplateEvenWithNoContainerToList() {
        assertThat(run(new SimulatedSession(ws), "docker ps --format '{{.Nope}}'")).isEqualTo("failed to execute template: template: "
                + ":1:2: executing \"\" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext\n[exit 1]");
    }

    @Test
    void networkCreateChecksAddressesAgainstTheSubnets() {
        SimulatedSession s = new SimulatedSession(ws);
        assertThat(run(s, "docker network create --gateway 10.231.0.1 g-net"))
                .isEqualTo("every ip-range or gateway must have a corresponding subnet\n[exit 1]");
        assertThat(run(s, "docker network create --subnet 10.231.0.0/24 --aux-address a=10.9.0.5 g-net"))
                .isEqualTo("no matching subnet for aux-address 10.9.0.5\n[exit 1]");
        assertThat(run(s, "docker network create --subnet abc g-net")).as("one subnet alone is the daemon's to check")
                .isEqualTo("Error response from daemon: invalid network config:\ninvalid subnet abc: invalid CIDR block notation\n[exit 1]");
        assertThat(run(s, "docker network create --subnet abc --ip-range 10.0.0.0/24 g-net"))
                .isEqualTo("invalid subnet: invalid CIDR address: abc\n[exit 1]");
        assertThat(run(s, "docker network connect --driver-opt=novalue bridge g-x"))
                .isEqualTo("invalid key/value pair format in driver options\n[exit 1]");
    }

    @Test
    void containerStateRefusalsReadAsTheDaemonWordsThem() {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        s.run("docker run -d --name g-obj busybox sleep 600");
        s.run("docker pause g-obj");
        assertThat(run(s, "docker pause g-obj")).matches("Error response from daemon: Container [0-9a-f]{64} is already paused\n\\[exit 1]");
        assertThat(run(s, "docker rm g-obj")).isEqualTo("Error response from daemon: cannot remove container \"/g-obj\": "
                + "container is paused and must be unpaused first\n[exit 1]");
        assertThat(run(s, "docker kill --signal=NOSIG g-obj")).isEqualTo("Error response from daemon: Invalid signal: NOSIG\n[exit 1]");
        assertThat(run(s, "docker rm --link g-obj")).isEqualTo("Error response from daemon: Conflict, cannot remove the default "
                + "link name of the container\n[exit 1]");
        assertThat(run(s, "docker volume create --opt a=b g-vol"))
                .isEqualTo("Error response from daemon: create g-vol: invalid option: \"a\"\n[exit 1]");
    }

    @Test
    void aUserNotInTheImagesPasswdFileIsRefused() {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        assertThat(run(s, "docker run --rm --user=nosuchuser busybox true")).isEqualTo("docker: Error response from daemon: "
                + "unable to find user nosuchuser: no matching entries in passwd file\n\nRun 'docker run --help' for more "
                + "information\n[exit 125]");
        s.run("docker run -d --name g-exec busybox sleep 600");
        assertThat(run(s, "docker exec --user=nosuchuser g-exec true"))
                .isEqualTo("unable to find user nosuchuser: no matching entries in passwd file\r\n[exit 126]");
        assertThat(run(s, "docker exec --user nobody g-exec true")).isEqualTo("[exit 0]");
    }

    @Test
    void aStoppedContainerMayBeConnectedToANetworkAgain() {
        SimulatedSession s = new SimulatedSession(ws);
        s.run("docker pull -q busybox");
        s.run("docker network create g-net");
        s.run("docker create --name g-con busybox");
        assertThat(run(s, "docker network connect --alias a g-net g-con")).isEqualTo("[exit 0]");
        assertThat(run(s, "docker network connect --alias b g-net g-con")).isEqualTo("[exit 0]");
    }

    @Test
    void commandErrorsUseTheirOwnNames() {
        SimulatedSession s = new SimulatedSession(ws);
        assertThat(run(s, "docker inspect --type=nosuch x")).isEqualTo("unknown type: \"nosuch\": must be one of \"config\", "
                + "\"container\", \"image\", \"network\", \"node\", \"plugin\", \"secret\", \"service\", \"task\", \"volume\"\n[exit 1]");
        assertThat(run(s, "docker cp --archive=maybe")).contains("Usage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n"
                + "\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n");
        assertThat(run(s, "docker create --cidfile=nosuchdir/cid.txt busybox")).isEqualTo("failed to create the container ID file: "
                + "open nosuchdir/cid.txt: no such file or directory\n[exit 1]");
        assertThat(run(s, "docker network ls --format '{{.Nope}}'")).contains("in type *network.networkContext");
        assertThat(run(s, "docker network ls -q -f name=host --format '{{.Name}}'")).isEqualTo("host\n[exit 0]");
    }
}
