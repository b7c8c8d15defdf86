package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.SimulatedEngine;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docker client given a directory where it streams a body or a container's input ({@code docker load < DIR}),
 * as CLI 28.2.2 answered on the lab engine (recorded 2026-12-07; its URLs named API 1.41, the lab daemon's, where the
 * simulated daemon negotiates 1.50): Go's HTTP client fails the request "during connect" naming its URL, and a
 * container's input copy just ends.
 */
class ClientStdinDirectoryTest {
    private static final String URL = "http://%2Fvar%2Frun%2Fdocker.sock/v1.50";

    @TempDir
    Path workspace;
    private Interpreter tutor;

    @BeforeEach
    void tutorWithADirectoryAndARunningContainer() {
        tutor = new Interpreter(new SimulatedEngine(CorpusReplay.labCatalog(), new HandMovedClock()), workspace,
                Locale.ENGLISH, new HandMovedClock());
        assertThat(ProcessesInContainersTest.run(tutor, "mkdir d")).isEqualTo("[rc 0]");
        assertThat(ProcessesInContainersTest.run(tutor, "docker run -d --name cc busybox sleep 300")).endsWith("[rc 0]");
    }

    @Test
    void loadFromADirectoryFailsTheRequestNamingItsUrl() {
        assertThat(ProcessesInContainersTest.run(tutor, "docker load < d"))
                .isEqualTo(failedRequest("Post", "/images/load?quiet=1", "/dev/stdin"));
        assertThat(ProcessesInContainersTest.run(tutor, "docker load -q -i d"))
                .isEqualTo(failedRequest("Post", "/images/load?quiet=1", "d"));
    }

    @Test
    void importFromADirectoryNamesTheRepositoryInItsQuery() {
        assertThat(ProcessesInContainersTest.run(tutor, "docker import - img < d"))
                .isEqualTo(failedRequest("Post", "/images/create?fromSrc=-&repo=img", "/dev/stdin"));
        assertThat(ProcessesInContainersTest.run(tutor, "docker import -m 'a b' d img:1"))
                .isEqualTo(failedRequest("Post", "/images/create?fromSrc=-&message=a+b&repo=img%3A1", "d"));
    }

    @Test
    void copyFromADirectoryAsStandardInputFailsThePut() {
        assertThat(ProcessesInContainersTest.run(tutor, "docker cp - cc:/tmp < d"))
                .isEqualTo(failedRequest("Put", "/containers/cc/archive?noOverwriteDirNonDir=true&path=%2Ftmp", "/dev/stdin"));
    }

    @Test
    void aContainersInputFromADirectoryJustEnds() {
        assertThat(ProcessesInContainersTest.run(tutor, "docker run -i --rm busybox wc -c < d")).isEqualTo("0\n[rc 0]");
        assertThat(ProcessesInContainersTest.run(tutor, "docker exec -i cc cat < d")).isEqualTo("[rc 0]");
    }

    /** What the client prints for a request whose body it could not read, with its status. */
    private static String failedRequest(String op, String pathAndQuery, String source) {
        return "error during connect: " + op + " \"" + URL + pathAndQuery + "\": read " + source + ": is a directory\n[rc 1]";
    }
}
