package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The busybox applets a learner meets in the first week, replayed on the simulator from a lab recording
 * ({@code busybox-applets-lab.txt}): ip, ifconfig and hostname -i from the container's networks, id and groups for
 * another user, which on the image's PATH, a non-root user's writes refused with {@code Permission denied}, df and
 * mount, and the busybox binary running an applet.
 */
class BusyboxAppletsInContainersTest {
    @TempDir
    Path workspace;

    /** One typed line: compared when {@code expected} is not null. */
    private record Step(String line, String expected) {
    }

    @Test
    void everyRecordedLinePrintsWhatTheLabPrinted() {
        SimulatedSession docker = new SimulatedSession(workspace, new HandMovedClock());
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Step step : steps()) {
            SimulatedSession.Printed printed = docker.both(step.line());
            if (step.expected() == null) {
                continue;
            }
            compared++;
            String actual = printed.out() + "[exit " + printed.status() + "]\n";
            if (!actual.equals(step.expected())) {
                differences.add("$ " + step.line() + "\n--- lab\n" + step.expected() + "--- simulator\n" + actual);
            }
        }
        assertThat(compared).isGreaterThan(50);
        assertThat(differences).isEmpty();
    }

    private static List<Step> steps() {
        String text;
        try (InputStream in = BusyboxAppletsInContainersTest.class.getResourceAsStream("busybox-applets-lab.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Step> steps = new ArrayList<>();
        String line = null;
        StringBuilder expected = null;
        for (String l : text.split("\n")) {
            if (l.startsWith("$ ") || l.startsWith("> ")) {
                if (line != null) {
                    steps.add(new Step(line, expected == null ? null : expected.toString()));
                }
                line = l.substring(2);
                expected = l.startsWith("$ ") ? new StringBuilder() : null;
            } else if (line != null && expected != null) {
                expected.append(l).append('\n');
            }
        }
        if (line != null) {
            steps.add(new Step(line, expected == null ? null : expected.toString()));
        }
        return steps;
    }
}
