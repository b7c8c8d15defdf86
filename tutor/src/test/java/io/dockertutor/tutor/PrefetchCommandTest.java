package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefetchCommandTest {

    @Test
    void prefetchPullsEveryImageTheLessonsDeclareAndFailsOnOneItCannotGet(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), """
                id: a
                title: A
                images: [nginx:latest, busybox]
                steps:
                  - id: s
                    text: t
                    hints: [h]
                    solution: [docker pull busybox]
                    check: [{image: busybox}]
                """);
        Files.writeString(dir.resolve("b.yaml"), """
                id: b
                title: B
                images: [busybox, nosuch/nothing:1]
                steps:
                  - id: s
                    text: t
                    hints: [h]
                    solution: [docker pull busybox]
                    check: [{image: busybox}]
                """);
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            status = Main.run(new String[] {"--lang", "en", "prefetch", "--lessons", dir.toString(), "--workspace", dir.toString()});
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Pulling nginx:latest").contains("Status: Downloaded newer image for nginx:latest")
                .contains("Pulling busybox").contains("could not pull nosuch/nothing:1").contains("2 of 3 images ready.");
        assertThat(status).isEqualTo(1);
    }
}
