package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docker run} refuses bad flag values as the v28 client does, type family by type family (bytes, decimal,
 * duration, int/uint, ulimit, gpu-request, validated lists, then {@code parse}'s own checks of the MAC address,
 * devices, swappiness, health and restart policy): same text, same exit code. The texts are recorded on a real
 * engine by {@code scripts/record-flag-values} into {@code flag-values-run.txt}; those not matched yet are listed
 * with the reason in {@code flag-values-pending.txt}.
 */
class FlagValueRefusalsTest {
    @TempDir
    Path ws;

    static List<Arguments> recorded() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        List<String> pending;
        try (InputStream in = FlagValueRefusalsTest.class.getResourceAsStream("flag-values-pending.txt")) {
            pending = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        try (InputStream in = FlagValueRefusalsTest.class.getResourceAsStream("flag-values-run.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String block : all.split("(?m)^=== ")) {
                if (block.isBlank()) {
                    continue;
                }
                int nl = block.indexOf('\n');
                int rc = block.lastIndexOf("rc=");
                if (pending.contains(block.substring(0, nl))) {
                    continue;
                }
                cases.add(Arguments.of(block.substring(0, nl), block.substring(nl + 1, rc),
                        Integer.parseInt(block.substring(rc + 3).strip())));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "docker run {0}")
    @MethodSource("recorded")
    void badFlagValuesAreRefusedWithTheClientsTextAndStatus(String flags, String text, int status) {
        SimulatedSession s = new SimulatedSession(ws);
        int rc = s.run("docker run --rm " + flags + " busybox true");
        assertThat(s.stdout() + s.stderr()).isEqualTo(text);
        assertThat(rc).isEqualTo(status);
    }
}
