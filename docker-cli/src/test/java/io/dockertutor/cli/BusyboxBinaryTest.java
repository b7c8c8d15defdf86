package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code busybox} run alone prints its build's banner, usage and applets: the lab's stand-in images carry Debian's
 * 1.35 (recorded whole, {@code busybox-alone-lab.txt}), Docker Hub's busybox:1.36.1 its own build's text.
 */
class BusyboxBinaryTest {
    @TempDir
    Path workspace;

    private static String run(Interpreter tutor, String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tutor.run(line, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLabsStandInPrintsDebiansBuildWordForWord() throws IOException {
        SimulatedEngine engine = new SimulatedEngine(CorpusReplay.labCatalog(), Clock.systemUTC());
        engine.hostRoot(workspace);
        Interpreter tutor = new Interpreter(engine, workspace, Locale.ENGLISH, Clock.systemUTC());
        run(tutor, "docker pull busybox");
        String recorded;
        try (InputStream in = getClass().getResourceAsStream("busybox-alone-lab.txt")) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(run(tutor, "docker run --rm busybox busybox")).isEqualTo(recorded);
        assertThat(run(tutor, "docker run --rm busybox sh -c 'busybox --list | wc -l'")).isEqualTo("269\n");
    }

    @Test
    void dockerHubsBusyboxPrintsTheOneThirtySixBuildWithoutItselfAmongTheApplets() {
        SimulatedSession docker = new SimulatedSession(workspace, new HandMovedClock());
        docker.run("docker pull busybox");
        String printed = docker.output("docker run --rm busybox busybox");
        assertThat(printed).startsWith("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n")
                .contains("   or: busybox --show SCRIPT\n", "\tlink to busybox for each function they wish to use and BusyBox\n",
                        "Currently defined functions:\n\t[, [[, acpid, addgroup, adduser, adjtimex, ar, arch, arp, arping,\n")
                .endsWith(", xargs, xxd, xz, xzcat, yes, zcat,\n\tzcip\n")
                .doesNotContain(" busybox,");
        // the applets are the image's links in /bin (403 in the catalog), less the binary itself
        assertThat(docker.output("docker run --rm busybox sh -c 'busybox --list | wc -l'")).isEqualTo("402\n");
        assertThat(docker.output("docker run --rm busybox busybox echo hi")).isEqualTo("hi\n");
    }
}
