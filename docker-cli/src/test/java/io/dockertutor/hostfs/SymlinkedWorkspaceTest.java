package io.dockertutor.hostfs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --workspace DIR} where DIR is a symbolic link to a directory: identified by its real path, everything works. */
class SymlinkedWorkspaceTest {
    @TempDir
    Path temp;
    Path real;
    Path alias;
    Interpreter shell;

    @BeforeEach
    void setUp() throws Exception {
        real = Files.createDirectories(temp.toRealPath().resolve("real-ws"));
        alias = Files.createSymbolicLink(temp.toRealPath().resolve("ws-link"), real);
        SimulatedEngine engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(alias);
        shell = new Interpreter(engine, alias, Locale.ENGLISH, Clock.systemUTC());
        Files.createDirectories(real.resolve("site"));
        Files.writeString(real.resolve("site/index.html"), "hello\n");
        Files.writeString(real.resolve("Dockerfile"), "FROM busybox\nCOPY site /site\n");
    }

    private String[] run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = shell.run(line, new ByteArrayInputStream(new byte[0]), out, err);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void theShellStartsInTheRealPath() {
        assertThat(run("pwd")[1]).isEqualTo(real + "\n");
    }

    @Test
    void bindMountsWorkByTheRealPathAndByTheLinkName() {
        for (String source : new String[] {"$(pwd)/site", real + "/site", alias + "/site", "./site"}) {
            String[] r = run("docker run --rm -v " + source + ":/w busybox cat /w/index.html");
            assertThat(r[0]).as(source + ": " + r[2]).isEqualTo("0");
            assertThat(r[1]).isEqualTo("hello\n");
        }
        String[] mount = run("docker run --rm --mount type=bind,src=" + alias + "/site,dst=/w busybox cat /w/index.html");
        assertThat(mount[1]).as(mount[2]).isEqualTo("hello\n");
    }

    @Test
    void buildsWork() {
        String[] build = run("docker build -q -t site . && docker run --rm site cat /site/index.html");
        assertThat(build[0]).as(build[2]).isEqualTo("0");
        assertThat(build[1]).endsWith("hello\n");
        String[] viaLink = run("docker build -q " + alias);
        assertThat(viaLink[0]).as(viaLink[2]).isEqualTo("0");
    }
}
