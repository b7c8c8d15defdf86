package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutor's own shell (bash's words, under the tutor's name) given a directory as a command's standard input:
 * bash opens it, and the read fails in the reader's words, as bash 5.2 and coreutils 9.1 print them on Debian 12
 * ({@code bash: read: read error: 0: Is a directory}, {@code cat: -: Is a directory}, status 1; recorded 2026-12-07).
 */
class DirectoryAsInputInTheTutorsShellTest {
    @TempDir
    Path workspace;

    @Test
    void readAndCatWordTheFailedReadAsBashAndCoreutilsDo() {
        Interpreter tutor = new Interpreter(new SimulatedEngine(CorpusReplay.labCatalog(), new HandMovedClock()), workspace,
                Locale.ENGLISH, new HandMovedClock());
        assertThat(ProcessesInContainersTest.run(tutor, "mkdir d")).isEqualTo("[rc 0]");
        assertThat(ProcessesInContainersTest.run(tutor, "read x < d")).isEqualTo("docker-tutor: read: read error: 0: Is a directory\n[rc 1]");
        assertThat(ProcessesInContainersTest.run(tutor, "cat < d")).isEqualTo("cat: -: Is a directory\n[rc 1]");
        assertThat(ProcessesInContainersTest.run(tutor, "echo hi > d/../e/f")).isEqualTo("docker-tutor: d/../e/f: No such file or directory\n[rc 1]");
    }
}
