package io.dockertutor.engine.sim.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The container's process table: PIDs as runc hands them out (recorded on the lab engine: the first fork is 7, each
 * {@code docker exec} six on, its own children five after it), and what {@code /proc/PID/cmdline} and busybox ps's
 * args column make of a process.
 */
class ProcessTableTest {
    private static final Instant START = Instant.parse("2026-12-06T04:00:00Z");

    private static ProcessTable sleeping() {
        return new ProcessTable(START, List.of("sleep", "1000"), "", false);
    }

    @Test
    void theMainProcessIsPidOneAndTheFirstForkIsSeven() {
        ProcessTable table = sleeping();
        ProcessTable.Process child = table.forked(table.main(), List.of("ps"), "ps", START);
        assertThat(table.main().pid()).isEqualTo(1);
        assertThat(child.pid()).isEqualTo(7);
        assertThat(child.ppid()).isEqualTo(1);
        assertThat(table.current()).isEqualTo(child);
    }

    @Test
    void execsComeSixApartAndTheirChildrenFiveAfterThem() {
        ProcessTable table = sleeping();
        ProcessTable.Process first = table.execStarted(List.of("ps"), "", START);
        table.ended(first);
        ProcessTable.Process second = table.execStarted(List.of("ps"), "", START);
        table.ended(second);
        ProcessTable.Process shell = table.execStarted(List.of("sh", "-c", "ps; true"), "", START);
        ProcessTable.Process ps = table.forked(shell, List.of("ps"), "ps", START);
        table.ended(ps);
        table.ended(shell);
        ProcessTable.Process ls = table.execStarted(List.of("ls", "/proc"), "", START);
        assertThat(List.of(first.pid(), second.pid(), shell.pid(), ps.pid(), ls.pid())).containsExactly(7, 13, 19, 24, 25);
        assertThat(table.list()).extracting(ProcessTable.Process::pid).containsExactly(1, 25);
    }

    @Test
    void anExecInPlaceKeepsThePidAndTakesTheNewArguments() {
        ProcessTable table = new ProcessTable(START, List.of("sh", "-c", "true; ps"), "", false);
        ProcessTable.Process ps = table.replaced(table.main(), List.of("ps"), "ps");
        assertThat(ps.pid()).isEqualTo(1);
        assertThat(table.main().argv()).containsExactly("ps");
    }

    @Test
    void cmdlineEndsEachArgumentWithNul() {
        ProcessTable table = new ProcessTable(START, List.of("sh", "-c", "cat /proc/1/cmdline"), "", false);
        assertThat(table.main().cmdline()).isEqualTo("sh\0-c\0cat /proc/1/cmdline\0");
        assertThat(table.main().comm()).isEqualTo("sh");
    }

    @Test
    void psArgsShowTheNameInBracesWhenArgvZeroDoesNotNameTheProcess() {
        ProcessTable.Process forkedApplet = new ProcessTable.Process(7, 1, 1, List.of("sh", "-c", "ps; true"), "ps", "", START);
        ProcessTable.Process shell = new ProcessTable.Process(1, 0, 1, List.of("/bin/sh", "-c", "ps; true"), "sh", "", START);
        assertThat(ProcessView.args(forkedApplet, 2048)).isEqualTo("{ps} sh -c ps; true");
        assertThat(ProcessView.args(shell, 2048)).isEqualTo("/bin/sh -c ps; true");
        assertThat(ProcessView.args(shell, 3)).as("argv[0] cut to /bi no longer names sh").isEqualTo("{sh");
    }

    @Test
    void onlyTheTwoRecordedBusyboxBuildsAreToldApartByOneDetection() {
        FileSpec debian = FileSpec.file(FileSpec.BINARY_PLACEHOLDER
                + "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n", 0755);
        assertThat(BusyboxBuild.recorded(Map.of("/bin/busybox", debian))).contains(BusyboxBuild.DEBIAN);
        assertThat(BusyboxBuild.recorded(Map.of("/bin/busybox", FileSpec.binary(), "/bin/tree", FileSpec.binary())))
                .contains(BusyboxBuild.HUB);
        assertThat(BusyboxBuild.recorded(Map.of("/bin/busybox", FileSpec.binary()))).isEmpty(); // Alpine's
        assertThat(BusyboxBuild.recorded(Map.of("/bin/tree", FileSpec.binary()))).isEmpty();
        assertThat(BusyboxBuild.HUB.recording()).isEqualTo("hub-1.36.1");
        assertThat(BusyboxBuild.DEBIAN.recording()).isEqualTo("debian-1.35.0");
    }

    @Test
    void theBusyboxBuildIsTheOneItsBinaryNames() {
        assertThat(BusyboxBuild.of(Map.of("/bin/busybox", FileSpec.binary()))).isEqualTo(BusyboxBuild.HUB);
        assertThat(BusyboxBuild.of(Map.of("/bin/busybox", FileSpec.file(FileSpec.BINARY_PLACEHOLDER
                + "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n", 0755)))).isEqualTo(BusyboxBuild.DEBIAN);
        assertThat(BusyboxBuild.HUB.psTime()).isTrue();
        assertThat(BusyboxBuild.of(Map.of())).isEqualTo(BusyboxBuild.HUB);
        assertThat(BusyboxBuild.DEBIAN.psTime()).isFalse();
    }
}
