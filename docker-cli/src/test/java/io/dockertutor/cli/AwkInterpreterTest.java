package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * awk in the tutor's shell (mawk 1.3.4, Debian 12's /usr/bin/awk) and in a busybox container (busybox 1.36.1 built
 * with Docker Hub's defconfig; the version line of its usage carries the catalog's build date): 182 command lines
 * recorded with both (resources awk-recorded/: fields and separators, patterns and ranges, number output, strnum
 * comparisons, operators, builtins, arrays, control flow, getline, -v and operand assignments, output redirection,
 * functions, regex refusals, syntax and run-time errors, missing files, usage), replayed word for word.
 */
class AwkInterpreterTest {
    private static final String FILES = "printf 'one\\ntwo\\nthree\\nfour\\nfive\\n' > f.txt; "
            + "printf 'alice 30 admin\\nbob 25 dev\\ncarol 35 dev\\n' > people; printf 'a:1\\nb=2\\n' > conf; "
            + "printf 'x\\ty\\n' > tabs; printf '{print $1}\\n' > prog.awk";

    @TempDir
    Path workspace;
    private SimulatedSession docker;
    private RecordedCommandLines recorded;

    private String run(String line) {
        return docker.both(line).out();
    }

    /** The transcript, also left in target/awk-actual/ for a diff against the recording when they differ. */
    private static String kept(String name, String transcript) throws IOException {
        Path dir = Path.of("target", "awk-actual");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), transcript);
        return transcript;
    }

    @BeforeEach
    void setUp() {
        docker = new SimulatedSession(workspace, new HandMovedClock());
        recorded = new RecordedCommandLines("awk-recorded", docker);
    }

    @Test
    void theTutorsShellRunsAwkAsMawkDoes() throws IOException {
        run(FILES);
        assertThat(kept("mawk-1.3.4.txt", recorded.inTheTutorsShell())).isEqualTo(recorded.resource("mawk-1.3.4.txt"));
    }

    @Test
    void aBusyboxContainerRunsAwkAsBusyboxAwkDoes() throws IOException {
        run("docker pull busybox");
        assertThat(kept("busybox-1.36.1.txt", recorded.inAContainer("busybox", FILES, workspace)))
                .isEqualTo(recorded.resource("busybox-1.36.1.txt"));
    }

    @Test
    void anAlpineContainerPrintsTheSecondWord() {
        run("docker pull alpine");
        assertThat(run("docker run --rm alpine sh -c 'echo one two three | awk \"{print \\$2}\"'")).isEqualTo("two\n");
    }

    @Test
    void theHostShellCutsDockerOutputIntoColumns() {
        run("docker pull alpine");
        run("docker pull busybox");
        assertThat(run("docker images | awk 'NR>1 {print $1}' | sort")).isEqualTo("alpine\nbusybox\n");
        assertThat(run("docker images | awk 'NR==1 {print $1, $2}'")).isEqualTo("REPOSITORY TAG\n");
    }

    @Test
    void theHostShellPicksNamesAndFieldsOutOfDockerOutput() {
        run("docker run -d --name web nginx");
        assertThat(run("docker ps -a | awk 'NR>1 {print $NF}'")).isEqualTo("web\n");
        assertThat(run("docker inspect web | awk -F'\"' '/\"Status\"/ {print $4}'")).isEqualTo("running\n");
        assertThat(run("docker ps -a | awk '{n++} END {print n - 1 \" container(s)\"}'")).isEqualTo("1 container(s)\n");
    }

    @Test
    void aDebianContainerRunsMawk() {
        run("docker pull debian:bookworm-slim");
        assertThat(run("docker run --rm debian:bookworm-slim sh -c 'echo a:b | awk -F: \"{print \\$2}\"; awk \"}\"; echo rc=$?'"))
                .isEqualTo("b\nawk: line 1: extra '}'\nawk: line 1: syntax error at or near end of line\nrc=2\n");
    }

    @Test
    void commandsFromAwkAreRefusedWithAMessage() {
        String out = run("awk 'BEGIN {print \"x\" | \"cat\"}'; echo rc=$?");
        assertThat(out).contains("docker-tutor does not run commands from awk").endsWith("rc=2\n");
        assertThat(run("awk 'BEGIN {system(\"ls\")}' 2>&1")).contains("system(\"ls\")");
    }

    @Test
    void anEndlessLoopStopsWithAMessage() {
        assertThat(run("awk 'BEGIN {while (1) x++}'; echo rc=$?")).contains("docker-tutor stopped this awk program")
                .endsWith("rc=2\n");
    }

    @Test
    void outputFilesStayInsideTheWorkspace() {
        String out = run("awk 'BEGIN {print \"x\" > \"/etc/awk-test\"}'; echo rc=$?");
        assertThat(out).startsWith("awk: /etc/awk-test: ");
        assertThat(Path.of("/etc/awk-test")).doesNotExist();
    }
}
