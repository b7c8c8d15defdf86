package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * {@code -e NAME} and a bare {@code NAME} line of an {@code --env-file} take the client's value, as docker's
 * opts.ValidateEnv does with os.LookupEnv; the client's environment is the practice shell's exported variables.
 */
class ClientEnvironmentTest {
    @TempDir
    Path ws;
    private Interpreter tutor;
    private ByteArrayOutputStream out;

    @BeforeEach
    void start() {
        tutor = new Interpreter(SimulatedEngine.withDefaultCatalog(), ws, Locale.ENGLISH, Clock.systemUTC());
    }

    private String run(String line) {
        out = new ByteArrayOutputStream();
        tutor.run(line, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBareEnvNameTakesTheExportedValue() {
        run("export GREETING=hello");
        assertThat(run("docker run --rm -e GREETING busybox env")).contains("GREETING=hello\n");
    }

    @Test
    void aBareEnvNameTakesACommandPrefixToo() {
        assertThat(run("GREETING=prefixed docker run --rm -e GREETING busybox env")).contains("GREETING=prefixed\n");
    }

    @Test
    void aShellVariableThatIsNotExportedIsNotPassedOn() {
        run("GREETING=local");
        assertThat(run("docker run --rm -e GREETING busybox env")).doesNotContain("GREETING");
    }

    @Test
    void aBareNameInAnEnvFileTakesTheExportedValue() throws Exception {
        Files.writeString(ws.resolve("app.env"), "MODE=dev\nTOKEN\nMISSING\n");
        run("export TOKEN=s3cret");
        String env = run("docker run --rm --env-file app.env busybox env");
        assertThat(env).contains("MODE=dev\n").contains("TOKEN=s3cret\n").doesNotContain("MISSING");
    }

    @Test
    void execTakesTheExportedValueToo() {
        run("docker run -d --name box busybox sleep 1000");
        run("export GREETING=hi");
        assertThat(run("docker exec -e GREETING box env")).contains("GREETING=hi\n");
    }
}
