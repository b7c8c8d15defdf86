package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one learner cannot do to another, or to the server: see their things, hold too many terminals, join a full class. */
class ClassroomSafetyTest {
    @TempDir
    Path state;

    @Test
    void twoLearnersCannotSeeEachOthersContainersFilesOrIds() throws Exception {
        try (TestServer server = TestServer.start(state);
             BrowserClient ada = server.learner("Ada").connect();
             BrowserClient bob = server.learner("Bob").connect()) {
            ada.await("$ ");
            bob.await("$ ");
            String created = ada.run("docker run -d --name adas-secret busybox sleep 1000", "$ ");
            Matcher id = Pattern.compile("[0-9a-f]{64}").matcher(created);
            assertThat(id.find()).as(created).isTrue();
            ada.run("echo ada-private-text > diary.txt", "$ ");
            assertThat(bob.run("docker ps -a", "$ ")).doesNotContain("adas-secret");
            assertThat(bob.run("ls", "$ ")).doesNotContain("diary.txt");
            assertThat(bob.run("cat diary.txt", "$ ")).doesNotContain("ada-private-text");
            assertThat(bob.run("docker inspect " + id.group().substring(0, 12), "$ ")).contains("No such object");
            assertThat(bob.run("docker logs adas-secret", "$ ")).contains("No such container");
            assertThat(bob.run("cat ../*/practice/diary.txt", "$ ")).doesNotContain("ada-private-text");
        }
    }

    @Test
    void aSocketWithoutTheLearnersCookieIsClosed() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            BrowserClient stranger = server.learner("Ada").connect("/ws/term", "dt_session=not-a-token");
            assertThat(stranger.awaitClose()).isEqualTo(LearnerRoutes.NOT_JOINED);
        }
    }

    @Test
    void moreTerminalsFromOneAddressThanAllowedAreRefusedWithAMessage() throws Exception {
        ServerSettings two = new ServerSettings("127.0.0.1", 0, "c", null, null, state, Duration.ofMinutes(30),
                Locale.ENGLISH, 50, 2);
        try (TestServer server = TestServer.start(two);
             BrowserClient first = server.learner("A").connect();
             BrowserClient second = server.learner("B").connect()) {
            first.await("$ ");
            second.await("$ ");
            BrowserClient third = server.learner("C").connect();
            third.await("At most 2 terminals may be open from one computer");
            assertThat(third.awaitClose()).isEqualTo(LearnerRoutes.TOO_MANY);
        }
    }

    @Test
    void aFullClassRefusesTheNextLearner() throws Exception {
        ServerSettings one = new ServerSettings("127.0.0.1", 0, "c", null, null, state, Duration.ofMinutes(30),
                Locale.ENGLISH, 1, 8);
        try (TestServer server = TestServer.start(one)) {
            server.learner("A");
            assertThat(BrowserClient.post(server, "B", "en", null).statusCode()).isEqualTo(503);
        }
    }

    @Test
    void aClassCodeMustBeGivenToJoin() throws Exception {
        ServerSettings coded = new ServerSettings("127.0.0.1", 0, "c", "blue-42", null, state, Duration.ofMinutes(30),
                Locale.ENGLISH, 50, 8);
        try (TestServer server = TestServer.start(coded)) {
            assertThat(BrowserClient.post(server, "A", "en", "red").statusCode()).isEqualTo(403);
            assertThat(BrowserClient.post(server, "A", "en", "blue-42").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void socketsOpenedWithoutTheCookieLeaveNoHttpSessionOnTheServer() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            for (int i = 0; i < 3; i++) {
                String answer = upgrade(server.server.port(), "/ws/term?cols=80&rows=24");
                assertThat(answer).startsWith("HTTP/1.1 101").doesNotContainIgnoringCase("JSESSIONID");
            }
        }
    }

    /** A WebSocket upgrade by hand, without any cookie: the server's response headers as it sent them. */
    private static String upgrade(int port, String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            StringBuilder headers = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            while (headers.indexOf("\r\n\r\n") < 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                headers.append((char) b);
            }
            return headers.toString();
        }
    }

    @Test
    void aPageOfAnotherSiteCannotOpenALearnersTerminal() {
        assertThat(LearnerRoutes.sameOrigin("http://evil.example", "127.0.0.1:8080")).isFalse();
        assertThat(LearnerRoutes.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(LearnerRoutes.sameOrigin(null, "127.0.0.1:8080")).isTrue();
    }
}
