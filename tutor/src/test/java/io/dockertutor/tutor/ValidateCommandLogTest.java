package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --command-log FILE} writes what scripts/measure-overhead replays with the docker CLI. */
class ValidateCommandLogTest {

    @Test
    void theHiddenCommandLogOptionWritesEverySessionsCommands(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), """
                id: a
                title: A
                setup: [docker pull busybox]
                steps:
                  - id: s
                    text: t
                    hints: [h]
                    solution: [docker tag busybox mine:1]
                    check: [{image: "mine:1"}]
                """);
        Path log = dir.resolve("commands.log");
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            status = Main.run(new String[] {"--lang", "en", "validate", "--lessons", dir.toString(), "--command-log", log.toString()});
        } finally {
            System.setOut(saved);
        }
        assertThat(status).isZero();
        assertThat(Files.readAllLines(log)).filteredOn(l -> !l.startsWith("#"))
                .map(l -> l.replaceFirst(" \\d+\\.\\d ", " T "))
                .containsExactly("session a", "command setup 0 T docker pull busybox", "command step 0 T docker tag busybox mine:1", "end");
    }
}
