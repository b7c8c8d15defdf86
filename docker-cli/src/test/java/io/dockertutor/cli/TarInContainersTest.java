package io.dockertutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tar} is GNU tar 1.34 in the learner's shell and in Debian-based images (whose tar it is), and busybox's
 * own applet, which the tutor does not model, stays a note rather than GNU's words in a busybox image.
 */
class TarInContainersTest {
    @TempDir
    Path workspace;
    SimulatedSession shell;

    @BeforeEach
    void setUp() {
        shell = new SimulatedSession(workspace, Clock.systemUTC());
        run("docker pull -q busybox; docker pull -q nginx");
    }

    private String run(String line) {
        SimulatedSession.Printed printed = shell.both(line);
        return printed.out() + "[" + printed.status() + "]";
    }

    @Test
    void aContainersArchivePipedFromDockerCpListsInTheLearnersShell() {
        run("docker run -d --name web nginx");
        assertThat(run("docker cp web:/usr/share/nginx/html/index.html - | tar -tf -")).isEqualTo("index.html\n[0]");
        // nginx's modules link names /usr/lib/nginx/modules: outside the workspace, so it is not made
        assertThat(run("docker cp web:/etc/nginx - | tar -x; ls nginx/nginx.conf; test -e nginx/modules || echo none"))
                .startsWith("tar: nginx/modules: Cannot create symlink to '/usr/lib/nginx/modules': outside the workspace")
                .endsWith("tar: Exiting with failure status due to previous errors\nnginx/nginx.conf\nnone\n[0]");
    }

    @Test
    void imageAndContainerArchivesListAndAWorkspaceArchiveReachesAContainer() {
        assertThat(run("docker save busybox | tar -t | head -1")).matches("[0-9a-z/.]+/\\n\\[0\\]"); // the first directory
        run("docker run --name box busybox true");
        assertThat(run("docker export box | tar -tv | grep ' etc/passwd$'"))
                .matches("-rw-r--r-- 0/0 +\\d+ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d etc/passwd\\n\\[0\\]");
        run("mkdir dir && echo hi > dir/f");
        run("docker run -d --name keep busybox sleep 100");
        assertThat(run("tar -cf - dir | docker cp - keep:/tmp && docker exec keep cat /tmp/dir/f")).isEqualTo("hi\n[0]");
    }

    @Test
    void debianImagesRunGnuTar() {
        assertThat(run("docker run --rm nginx sh -c 'tar -cf /tmp/x.tar /etc/hostname; tar -tf /tmp/x.tar'"))
                .isEqualTo("tar: Removing leading `/' from member names\netc/hostname\n[0]");
    }

    @Test
    void busyboxsTarIsNotPassedOffAsGnuTar() {
        assertThat(run("docker run --rm busybox tar -tf x.tar"))
                .isEqualTo("tar: this program is in the image, but docker-tutor does not simulate it\n[1]");
    }
}
