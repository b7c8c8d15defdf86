package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sed in the tutor's shell (GNU sed 4.9) and in a busybox container (busybox 1.36.1): 29 command lines recorded with
 * both (resources sed-recorded/: substitutions with groups, flags and occurrences, addresses and ranges, p d q = y a
 * i c, -n -e -E, FIRST~STEP, refusals), replayed word for word; -i edits files.
 */
class SedStreamEditorTest {
    @TempDir
    Path workspace;
    private SimulatedSession docker;

    private String run(String line) {
        return docker.both(line).out();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SedStreamEditorTest.class.getResourceAsStream("/sed-recorded/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String FILES = "printf 'one\\ntwo\\nthree\\nfour\\nfive\\n' > f.txt; printf 'a=1\\nb=2\\n' > conf";

    @BeforeEach
    void setUp() {
        docker = new SimulatedSession(workspace, new HandMovedClock());
    }

    private static List<String> cases() throws IOException {
        return resource("cases.txt").lines().toList();
    }

    @Test
    void theTutorsShellEditsAsGnuSedDoes() throws IOException {
        run(FILES);
        StringBuilder out = new StringBuilder();
        for (String line : cases()) {
            out.append("== ").append(line).append('\n').append(run(line + " 2>&1; echo rc=$?"));
        }
        assertThat(out.toString()).isEqualTo(resource("gnu-sed-4.9.txt"));
    }

    @Test
    void aBusyboxContainerEditsAsBusyboxSedDoes() throws IOException {
        run("docker pull busybox");
        StringBuilder script = new StringBuilder(FILES);
        for (String line : cases()) {
            script.append("; echo '== ").append(line.replace("'", "'\\''")).append("'; ").append(line).append(" 2>&1; echo rc=$?");
        }
        Files.writeString(workspace.resolve("cases.sh"), script.toString());
        String out = run("docker run --rm -w /tmp -v ./cases.sh:/cases.sh busybox sh /cases.sh");
        assertThat(out).isEqualTo(resource("busybox-1.36.1.txt"));
    }

    @Test
    void inPlaceEditingChangesTheFileAndKeepsABackupWithASuffix() throws IOException {
        run("printf 'port=80\\n' > app.conf");
        assertThat(run("sed -i.bak 's/80/8080/' app.conf; cat app.conf app.conf.bak")).isEqualTo("port=8080\nport=80\n");
    }
}
