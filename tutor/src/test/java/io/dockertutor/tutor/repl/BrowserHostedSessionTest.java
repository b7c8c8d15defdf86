package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session that {@code docker-tutor serve} hosts for a browser: the simulated engine only, and nothing read or
 * written on the host outside the learner's workspace, whatever the learner types.
 */
class BrowserHostedSessionTest {
    @TempDir
    Path dir;

    private ReplSession hosted(Path ws) {
        return new ReplSession(dir.resolve("state")).workspace(ws).browser();
    }

    private Path workspaceBesideASecret() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "teacher's secret\n");
        return Files.createDirectories(dir.resolve("ws"));
    }

    @Test
    void switchingToTheRealEngineIsRefusedInBothLanguages() throws Exception {
        Path ws = workspaceBesideASecret();
        String english = hosted(ws).type("engine docker\nengine\nexit\n").screen();
        String korean = hosted(ws).locale(Locale.KOREAN).type("engine docker\nexit\n").screen();
        assertThat(english).contains("simulated engine only, not on 'docker'");
        assertThat(korean).contains("시뮬레이션 엔진에서만");
    }

    @Test
    void aRealEngineAskedForAtStartIsReplacedByTheSimulatedOne() throws Exception {
        String screen = new ReplSession(dir.resolve("state")).browser().engine("docker")
                .type("docker version --format '{{.Server.Os}}'\nexit\n").screen();
        assertThat(screen).doesNotContain("Cannot connect").contains("linux");
    }

    @Test
    void progressExportAndImportOfHostFilesAreRefused() throws Exception {
        Path ws = workspaceBesideASecret();
        Path target = dir.resolve("exported.yaml");
        String screen = hosted(ws).type("progress export " + target + "\nprogress import " + dir.resolve("secret.txt")
                + "\nprogress\nexit\n").screen();
        assertThat(target).doesNotExist();
        assertThat(screen).contains("files outside your workspace cannot be read or written");
    }

    @Test
    void theShellCannotReadOutsideTheWorkspaceByDotDotAbsolutePathOrSymlink() throws Exception {
        Path ws = workspaceBesideASecret();
        Files.createSymbolicLink(ws.resolve("link"), dir.resolve("secret.txt"));
        String screen = hosted(ws).type("cat ../secret.txt\ncat " + dir.resolve("secret.txt")
                + "\ncat link\nln -s ../secret.txt l2\ncat l2\necho x > ../written.txt\nexit\n").screen();
        assertThat(screen).doesNotContain("teacher's secret");
        assertThat(dir.resolve("written.txt")).doesNotExist();
    }

    @Test
    void theEditorCannotOpenAFileOutsideTheWorkspace() throws Exception {
        Path ws = workspaceBesideASecret();
        String screen = hosted(ws).terminalType("xterm").type("nano ../secret.txt\u0018exit\n").screen();
        assertThat(screen).doesNotContain("teacher's secret");
    }

    @Test
    void theWelcomeNamesNoPathOfTheServer() throws Exception {
        String screen = new ReplSession(dir.resolve("state")).browser().type("exit\n").screen();
        assertThat(screen).contains("your own workspace on your teacher's computer").doesNotContain(dir.toString());
    }
}
