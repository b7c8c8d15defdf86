package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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
    private RecordedCommandLines recorded;

    private String run(String line) {
        return docker.both(line).out();
    }

    private static final String FILES = "printf 'one\\ntwo\\nthree\\nfour\\nfive\\n' > f.txt; printf 'a=1\\nb=2\\n' > conf";

    @BeforeEach
    void setUp() {
        docker = new SimulatedSession(workspace, new HandMovedClock());
        recorded = new RecordedCommandLines("sed-recorded", docker);
    }

    @Test
    void theTutorsShellEditsAsGnuSedDoes() throws IOException {
        run(FILES);
        assertThat(recorded.inTheTutorsShell()).isEqualTo(recorded.resource("gnu-sed-4.9.txt"));
    }

    @Test
    void aBusyboxContainerEditsAsBusyboxSedDoes() throws IOException {
        run("docker pull busybox");
        assertThat(recorded.inAContainer("busybox", FILES, workspace)).isEqualTo(recorded.resource("busybox-1.36.1.txt"));
    }

    @Test
    void inPlaceEditingChangesTheFileAndKeepsABackupWithASuffix() throws IOException {
        run("printf 'port=80\\n' > app.conf");
        assertThat(run("sed -i.bak 's/80/8080/' app.conf; cat app.conf app.conf.bak")).isEqualTo("port=8080\nport=80\n");
    }
}
