package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    private SimulatedSession s;

    @BeforeEach
    void start() {
        s = new SimulatedSession(ws);
    }

    @Test
    void aBareEnvNameTakesTheExportedValue() {
        s.output("export GREETING=hello");
        assertThat(s.output("docker run --rm -e GREETING busybox env")).contains("GREETING=hello\n");
    }

    @Test
    void aBareEnvNameTakesACommandPrefixToo() {
        assertThat(s.output("GREETING=prefixed docker run --rm -e GREETING busybox env")).contains("GREETING=prefixed\n");
    }

    @Test
    void aShellVariableThatIsNotExportedIsNotPassedOn() {
        s.output("GREETING=local");
        assertThat(s.output("docker run --rm -e GREETING busybox env")).doesNotContain("GREETING");
    }

    @Test
    void aBareNameInAnEnvFileTakesTheExportedValue() throws Exception {
        Files.writeString(ws.resolve("app.env"), "MODE=dev\nTOKEN\nMISSING\n");
        s.output("export TOKEN=s3cret");
        String env = s.output("docker run --rm --env-file app.env busybox env");
        assertThat(env).contains("MODE=dev\n").contains("TOKEN=s3cret\n").doesNotContain("MISSING");
    }

    @Test
    void execTakesTheExportedValueToo() {
        s.output("docker run -d --name box busybox sleep 1000");
        s.output("export GREETING=hi");
        assertThat(s.output("docker exec -e GREETING box env")).contains("GREETING=hi\n");
    }
}
