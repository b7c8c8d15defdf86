package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue-15 bar behaviours on the simulator, with the texts the lab engine printed (corpus/real/
 * wget-between-containers.txt and a busybox recording): busybox applets as busybox words them, standard input of
 * {@code run -i}, wget between containers by name, {@code logs -f} following a container until it stops.
 */
class LongTailBehavioursTest {
    @TempDir
    Path workspace;
    private final HandMovedClock clock = new HandMovedClock();
    private Interpreter docker;

    private record Result(int status, String out) {
    }

    private Result run(String line) {
        return run(line, InputStream.nullInputStream());
    }

    private Result run(String line, InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = docker.run(line, in, out, out);
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void setUp() {
        SimulatedEngine engine = new SimulatedEngine(new CatalogLoader().loadDefault(), clock);
        engine.hostRoot(workspace);
        docker = new Interpreter(engine, workspace, Locale.ENGLISH, clock);
        run("docker pull busybox");
        run("docker pull nginx");
    }

    @Test
    void busyboxAppletsWordTheirFailuresAsBusyboxDoesInTheOrderTheyHappen() {
        Result r = run("docker run --rm busybox sh -c 'ls /x; id -un; touch /proc/x'");
        assertThat(r.out()).isEqualTo("ls: /x: No such file or directory\nroot\ntouch: /proc/x: No such file or directory\n");
        assertThat(r.status()).isEqualTo(1);
        assertThat(run("docker run --rm busybox sh -c 'touch /sys/x; echo > /proc/y'").out())
                .isEqualTo("touch: /sys/x: Read-only file system\nsh: can't create /proc/y: No such file or directory\n");
        Result sleep = run("docker run --rm busybox sleep abc");
        assertThat(sleep.out()).isEqualTo("sleep: invalid number 'abc'\n");
        assertThat(sleep.status()).isEqualTo(1);
    }

    @Test
    void unameAnswersTheDaemonsKernelAndTheContainersHostname() {
        run("docker run --name un --hostname box busybox uname -a");
        assertThat(run("docker logs un").out()).isEqualTo("Linux box 6.1.0-docker-tutor #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n");
        assertThat(run("docker run --rm busybox uname -r").out()).isEqualTo(run("docker info -f '{{.KernelVersion}}'").out());
        assertThat(run("docker run --rm busybox uname -m -n -s -v -o").out()).matches("Linux [0-9a-f]{12} #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n");
        Result bad = run("docker run --rm busybox uname -z");
        assertThat(bad.out()).startsWith("uname: invalid option -- 'z'\nBusyBox v1.36.1");
        assertThat(bad.status()).isEqualTo(1);
    }

    @Test
    void standardInputReachesTheProgramOfRunWithI() {
        Result r = run("docker run -i --rm busybox cat", new ByteArrayInputStream("hi\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.out()).isEqualTo("hi\n");
        assertThat(r.status()).isZero();
        assertThat(run("echo hi | docker run -i --rm busybox wc -c").out()).isEqualTo("3\n");
        assertThat(run("echo hi | docker run --rm busybox cat").out()).as("without -i no input reaches it").isEmpty();
    }

    @Test
    void wgetReachesAnotherContainerByNameOnAUserDefinedNetworkOnly() {
        run("docker network create --subnet 172.18.0.0/16 wn");
        run("docker run -d --name web --network wn nginx");
        Result page = run("docker run --rm --network wn busybox wget -qO- http://web/");
        assertThat(page.out()).contains("<title>Welcome to nginx!</title>");
        assertThat(page.status()).isZero();
        Result bridge = run("docker run --rm busybox wget -qO- http://web/");
        assertThat(bridge.out()).isEqualTo("wget: bad address 'web'\n");
        assertThat(bridge.status()).isEqualTo(1);
        assertThat(run("docker run --rm --network wn busybox wget -qO- http://web:81/").out())
                .isEqualTo("wget: can't connect to remote host (172.18.0.2): Connection refused\n");
        assertThat(run("docker run --rm --network wn busybox wget -qO- http://localhost/").out())
                .isEqualTo("wget: can't connect to remote host (127.0.0.1): Connection refused\n");
        assertThat(run("docker run --rm --network wn busybox sh -c 'wget http://web/ 2>&1; wget -q http://web/; echo $?'").out())
                .isEqualTo("Connecting to web (172.18.0.2:80)\nsaving to 'index.html'\n"
                        + "index.html           100% |********************************|   615  0:00:00 ETA\n"
                        + "'index.html' saved\nwget: can't open 'index.html': File exists\n1\n");
        assertThat(run("docker run --rm --network wn busybox wget -q -O - http://web/nosuch").out())
                .isEqualTo("wget: server returned error: HTTP/1.1 404 Not Found\n");
    }

    @Test
    void logsFollowAtATerminalUntilTheContainerStops() throws Exception {
        docker.terminal(true);
        run("docker run -d --name ticker busybox sh -c 'while true; do echo tick; sleep 1; done'");
        clock.ticking = true;
        CompletableFuture<Result> follow = CompletableFuture.supplyAsync(() -> run("docker logs -f ticker"));
        Thread.sleep(600);
        assertThat(follow).as("logs -f waits while the container runs").isNotDone();
        clock.ticking = false;
        run("docker kill ticker");
        Result r = follow.get(10, TimeUnit.SECONDS);
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().count()).as("lines written while following were printed").isGreaterThan(1);
        assertThat(r.out().lines()).allMatch("tick"::equals);
        assertThat(run("docker logs ticker").out()).isEqualTo(r.out());
    }

    @Test
    void logsFollowWithoutATerminalPrintsTheLogOnce() {
        run("docker run -d --name ticker busybox sh -c 'while true; do echo tick; sleep 1; done'");
        Result r = run("docker logs -f ticker");
        assertThat(r.out()).isEqualTo("tick\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void typedInspectsPrintTheDaemonsErrorAndRmiForceIgnoresMissingImages() {
        assertThat(run("docker image inspect nosuch").out()).isEqualTo("[]\nError response from daemon: No such image: nosuch:latest\n");
        assertThat(run("docker inspect --type container nosuch").out()).isEqualTo("[]\nError response from daemon: No such container: nosuch\n");
        assertThat(run("docker inspect --type volume nosuch").out()).isEqualTo("[]\nError response from daemon: get nosuch: no such volume\n");
        assertThat(run("docker inspect --type network nosuch").out()).isEqualTo("[]\nError response from daemon: network nosuch not found\n");
        assertThat(run("docker inspect nosuch").out()).isEqualTo("[]\nError: No such object: nosuch\n");
        Result forced = run("docker rmi -f nosuch busybox:nosuch");
        assertThat(forced.out()).isEqualTo("Error response from daemon: No such image: nosuch:latest\n"
                + "Error response from daemon: No such image: busybox:nosuch\n");
        assertThat(forced.status()).isZero();
        assertThat(run("docker rmi nosuch").status()).isEqualTo(1);
    }

    @Test
    void nginxsEntrypointReportsAMisplacedOptionInDashsWords() {
        Result r = run("docker run nginx --name x");
        assertThat(r.out()).isEqualTo("/docker-entrypoint.sh: 47: exec: --name: not found\n");
        assertThat(r.status()).isEqualTo(127);
    }

    @Test
    void shInADebianImageIsDashAndBusyboxShIsAshWithTheirOwnWords() {
        assertThat(run("docker run --rm nginx sh -c 'ps; kill; echo $?' 2>&1").out()).isEqualTo(
                "sh: 1: ps: not found\nsh: 1: kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\n"
                        + "kill -l [exitstatus]\n2\n");
        assertThat(run("docker run --rm nginx bash -c 'ps' 2>&1").out()).isEqualTo("bash: line 1: ps: command not found\n");
        assertThat(run("docker run --rm busybox sh -c 'kill -0 1; echo $?; kill -9 99999; echo $?; kill; echo $?' 2>&1").out())
                .isEqualTo("0\nsh: can't kill pid 99999: No such process\n1\nsh: you need to specify whom to kill\n1\n");
    }

    @Test
    void busyboxLsLongPrintsItsFixedColumnsAndGnuLsItsOwnWidths() {
        String busybox = run("docker run --rm busybox ls -l /etc/group").out();
        assertThat(busybox).matches("-rw-r--r--    1 root     root     [ 0-9]{9} [A-Z][a-z]{2} [ 0-9]\\d [ 0-9:]{5} /etc/group\n");
        assertThat(run("docker run --rm busybox ls -ln /etc/group").out()).startsWith("-rw-r--r--    1 0        0        ");
        String gnu = run("docker run --rm nginx ls -l /etc/hostname").out();
        assertThat(gnu).matches("-rw-r--r-- 1 root root \\d+ [A-Z][a-z]{2} [ 0-9]\\d [ 0-9:]{5} /etc/hostname\n");
        assertThat(run("docker run --rm busybox sh -c 'cd /tmp && echo 1 > s && echo 1234567 > l && ls -1S'").out()).isEqualTo("l\ns\n");
    }

    @Test
    void plainInspectPrintsTheDaemonsFieldsInStructOrderAndGoMapsSorted() {
        run("docker create --name c1 -l zeta=1 -l alpha=2 --expose 90 --expose 80 busybox");
        String json = run("docker inspect c1").out();
        assertThat(json).startsWith("[\n    {\n        \"Id\": ");
        assertThat(json.indexOf("\"Created\"")).isLessThan(json.indexOf("\"AppArmorProfile\""));
        assertThat(json.indexOf("\"alpha\"")).as("labels are a Go map: sorted").isLessThan(json.indexOf("\"zeta\""));
        assertThat(json.indexOf("\"80/tcp\"")).isLessThan(json.indexOf("\"90/tcp\""));
        assertThat(run("docker image inspect busybox").out()).startsWith("[\n    {\n        \"Id\": ");
    }

    @Test
    void aShellStartedInsideAContainerRunsAsAChildProcess() {
        // recorded on the lab's busybox: $0 and arguments, stdin as the script, a script file, exported variables only
        Result r = run("docker run --rm -i busybox sh -c 'sh nosuch.sh; echo rc=$?; sh -c; echo rc=$?; "
                + "sh -c \"echo \\$0 \\$1; exit 3\" zero one; echo rc=$?; echo \"echo from stdin; env | grep SHLVL\" | sh; "
                + "echo x=1 > /s.sh; echo \"echo script \\$x \\$1\" >> /s.sh; sh /s.sh arg; A=5 sh -c \"echo \\$A\"; "
                + "B=7; sh -c \"echo [\\$B]\"; export B; sh -c \"echo [\\$B]\"; cd /etc; sh -c pwd'");
        assertThat(r.out()).isEqualTo("sh: can't open 'nosuch.sh': No such file or directory\nrc=2\n"
                + "sh: -c requires an argument\nrc=2\nzero one\nrc=3\nfrom stdin\nSHLVL=2\nscript 1 arg\n5\n[]\n[7]\n/etc\n");
        assertThat(run("docker run --rm nginx sh -c 'sh -c; bash nosuch.sh; echo $?'").out())
                .isEqualTo("sh: 0: -c requires an argument\nbash: nosuch.sh: No such file or directory\n127\n");
    }

    @Test
    void dateInAContainerPrintsTheSimulatedClockInUtcAsBusyboxAndGnuDo() {
        // formats recorded on the lab's busybox (and identical in coreutils 9.1 under the C locale)
        assertThat(run("docker run --rm busybox sh -c 'date; date -R; date -Iseconds; date +%s; date -d @0; date +\"%a %e %j %p %D\"'").out())
                .isEqualTo("Tue Dec  1 10:00:00 UTC 2026\nTue, 01 Dec 2026 10:00:00 +0000\n2026-12-01T10:00:00+00:00\n"
                        + "1796119200\nThu Jan  1 00:00:00 UTC 1970\nTue  1 335 AM 12/01/26\n");
        Result bad = run("docker run --rm busybox date -x");
        assertThat(bad.out()).startsWith("date: invalid option -- 'x'\nBusyBox v1.36.1");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(run("docker run --rm nginx date -d nonsense").out()).isEqualTo("date: invalid date 'nonsense'\n");
        assertThat(run("docker run --rm busybox date 0101").out()).isEqualTo("date: can't set date: Operation not permitted\n");
    }
}
