package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docker-tutor run --workspace LINK}, LINK a symbolic link to a directory: bind mounts and builds work. */
class SymlinkedWorkspaceRunTest {
    @TempDir
    Path temp;

    @Test
    void bindMountsAndBuildsWorkInAWorkspaceGivenThroughALink() throws Exception {
        Path real = Files.createDirectories(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), real);
        Files.createDirectories(real.resolve("site"));
        Files.writeString(real.resolve("site/index.html"), "hello\n");
        Files.writeString(real.resolve("Dockerfile"), "FROM busybox\nCOPY . /app/\n");
        Path script = Files.writeString(temp.resolve("script.sh"), "docker run --rm -v $(pwd)/site:/w busybox cat /w/index.html\n"
                + "docker build -q -t app . > /dev/null\ndocker run --rm app cat /app/site/index.html\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            status = Main.run(new String[] {"--lang", "en", "run", "--workspace", link.toString(), script.toString()});
        } finally {
            System.setOut(saved);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("hello\nhello\n");
        assertThat(status).isZero();
    }
}
