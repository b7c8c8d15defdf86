package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ps} and {@code /proc} inside containers, case by case as recorded: the default catalog's images
 * ({@code ps-catalog-images.txt}: Hub's busybox 1.36.1 with a TIME column and programs exec'd by the shell, procps
 * where a Debian image has it, the shells' words where it has none) and the lab engine's stand-ins, Debian's busybox
 * 1.35 ({@code ps-lab-busybox.txt}: no TIME, and ps run by the shell keeps the shell's arguments as
 * {@code {ps} sh -c ...}). Each file's cases run in order in one session, beside a container {@code pst} running
 * {@code sleep 1000} whose exec PIDs count on from case to case.
 */
class ProcessesInContainersTest {
    @TempDir
    Path workspace;

    record Case(String line, String printed) {
    }

    @Test
    void catalogImagesPrintWhatTheirPsAndProcShow() throws IOException {
        replay(new CatalogLoader().loadDefault(), "ps-catalog-images.txt", "python:3.12-slim", "python:3.12");
    }

    @Test
    void labStandInBusyboxPrintsWhatTheLabEngineRecorded() throws IOException {
        replay(CorpusReplay.labCatalog(), "ps-lab-busybox.txt");
    }

    private void replay(Catalog catalog, String resource, String... morePulls) throws IOException {
        List<String> setup = new ArrayList<>(List.of("docker pull busybox", "docker pull nginx"));
        for (String image : morePulls) {
            setup.add("docker pull " + image);
        }
        setup.add("docker run -d --name pst busybox sleep 1000");
        assertThat(replay(catalog, workspace, setup, resource)).isGreaterThan(20);
    }

    /**
     * Runs {@code setup} (each must succeed), then each case of {@code resource} in order on {@code catalog},
     * asserting what it prints; answers how many cases there were.
     */
    static int replay(Catalog catalog, Path workspace, List<String> setup, String resource) throws IOException {
        Interpreter tutor = new Interpreter(new SimulatedEngine(catalog, new HandMovedClock()), workspace,
                Locale.ENGLISH, new HandMovedClock());
        for (String line : setup) {
            assertThat(run(tutor, line)).as(line).endsWith("[rc 0]");
        }
        List<Case> cases = cases(resource);
        for (Case c : cases) {
            assertThat(run(tutor, c.line())).as(c.line()).isEqualTo(c.printed());
        }
        return cases.size();
    }

    static String run(Interpreter tutor, String line) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = tutor.run(line, new ByteArrayInputStream(new byte[0]), bytes, bytes);
        return bytes.toString(StandardCharsets.UTF_8) + "[rc " + status + "]";
    }

    /** {@code $ LINE}, the lines it printed, {@code [rc N]}; lines starting with {@code #} before the first case. */
    static List<Case> cases(String resource) throws IOException {
        String text;
        try (InputStream in = ProcessesInContainersTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String line = null;
        StringBuilder printed = new StringBuilder();
        for (String l : text.split("\n", -1)) {
            if (l.startsWith("$ ")) {
                line = l.substring(2);
                printed.setLength(0);
            } else if (line != null && l.startsWith("[rc ")) {
                cases.add(new Case(line, printed + l));
                line = null;
            } else if (line != null) {
                printed.append(l).append('\n');
            }
        }
        return cases;
    }
}
