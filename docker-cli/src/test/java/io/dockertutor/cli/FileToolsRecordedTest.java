package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ln, chmod, chown, chgrp, readlink, realpath, stat, du, the digests, base64, mktemp, truncate, cmp, diff, expr, rev,
 * nl, od, yes, sort and uniq in a debian container (GNU coreutils 9.1, diffutils 3.8) and a busybox one (busybox 1.36.1), replayed
 * against the outputs the real programs gave (resources file-tools-recorded/, made by scripts/record-file-tools):
 * each case in a fresh /work holding the same files, its output, errors and status word for word.
 */
class FileToolsRecordedTest {
    @TempDir
    static Path workspace;
    private static final Map<String, Map<String, String>> REPLAYED = new LinkedHashMap<>();

    private static String resource(String name) throws IOException {
        try (InputStream in = FileToolsRecordedTest.class.getResourceAsStream("/file-tools-recorded/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The recorded transcript, case by case: the command line and what it printed. */
    static Map<String, String> sections(String transcript) {
        Map<String, String> cases = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : transcript.split("\n", -1)) {
            if (line.startsWith("== ")) {
                if (current != null) {
                    cases.put(current, body.toString());
                }
                current = line.substring(3);
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            cases.put(current, body.substring(0, Math.max(0, body.length() - 1)));
        }
        return cases;
    }

    /** Runs every case in one container of {@code image} (one docker run for all) and splits what it printed. */
    private static synchronized Map<String, String> replayed(String image) throws IOException {
        if (!REPLAYED.containsKey(image)) {
            SimulatedSession docker = new SimulatedSession(workspace, new HandMovedClock());
            docker.both("docker pull " + image);
            String setup = resource("setup.sh");
            StringBuilder script = new StringBuilder();
            List<String> lines = new ArrayList<>(resource("cases.txt").lines().toList());
            if (image.startsWith("debian")) {
                lines.addAll(resource("gnu-cases.txt").lines().toList()); // recorded for GNU only
            }
            for (String line : lines) {
                script.append("cd /; rm -rf /work; mkdir /work; cd /work\n").append(setup)
                        .append("echo '== ").append(line.replace("'", "'\\''")).append("'\n")
                        .append("{ ").append(line).append("\n} 2>&1; echo rc=$?\n");
            }
            String name = image.replace(":", "-");
            Files.writeString(workspace.resolve(name + ".sh"), script.toString());
            String out = docker.both("docker run --rm -v ./" + name + ".sh:/cases.sh " + image + " sh /cases.sh").out();
            // kept for a look when a case fails: diff it with the recorded transcript
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "file-tools-" + name + ".txt"), out);
            REPLAYED.put(image, sections(out));
        }
        return REPLAYED.get(image);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String[] flavour : new String[][] {{"debian:bookworm", "gnu-coreutils-9.1.txt"}, {"busybox", "busybox-1.36.1.txt"}}) {
            sections(resource(flavour[1])).forEach((line, output) -> all.add(Arguments.of(flavour[0], line, output)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aContainerAnswersAsTheRealProgramDid(String image, String line, String recorded) throws IOException {
        assertThat(replayed(image).get(line)).isEqualTo(recorded);
    }
}
