package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner in a browser: joins, types into the tutor over the WebSocket, and finds the same session again. */
class LearnerTerminalTest {
    @TempDir
    Path state;

    @Test
    void aLearnerJoinsStartsTheFirstLessonAndSeesTheCheckPass() throws Exception {
        try (TestServer server = TestServer.start(state); BrowserClient ada = server.learner("Ada").connect()) {
            ada.await("$ ");
            ada.run("start", "step 1 of 5");
            assertThat(ada.run("docker version", "✓")).contains("Server:");
            ada.await("step 2 of 5");
            ada.run("docker pull busybox", "Status: Downloaded newer image for busybox:latest");
            assertThat(ada.run("docker images", "✓")).contains("busybox");
        }
    }

    @Test
    void reconnectingWithTheCookieReattachesTheSameSessionAndReplaysTheScreen() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            BrowserClient first = server.learner("Ada").connect();
            first.await("$ ");
            first.run("docker run -d --name kept busybox sleep 1000", "$ ");
            first.close();
            try (BrowserClient again = first.sameLearner().connect()) {
                again.await("kept busybox sleep 1000");
                assertThat(again.run("docker ps --format '{{.Names}}'", "$ ")).contains("kept");
            }
        }
    }

    @Test
    void koreanTextAndCtrlCWorkOnTheBrowserTerminal() throws Exception {
        try (TestServer server = TestServer.start(state);
             BrowserClient min = BrowserClient.join(server, "민수", "ko").connect()) {
            min.await("$ ");
            assertThat(min.run("echo 안녕하세요", "$ ")).contains("안녕하세요");
            int before = min.screen().length();
            min.type("sleep 100\r");
            Thread.sleep(300);
            min.type("\u0003");
            assertThat(min.awaitAfter(before, "$ ", java.time.Duration.ofSeconds(5))).isNotEmpty();
        }
    }
}
