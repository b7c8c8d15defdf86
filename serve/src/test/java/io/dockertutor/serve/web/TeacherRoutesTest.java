package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The teacher's routes: the token on every one of them, the grid as JSON and as a live feed, the exports, the view. */
class TeacherRoutesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path state;

    private static HttpResponse<String> get(TestServer server, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/teacher", "/teacher/teacher.js", "/api/class", "/teacher/export.csv", "/teacher/export.xml"})
    void withoutTheTokenA401AndWithAWrongOneA403(String path) throws Exception {
        try (TestServer server = TestServer.start(state)) {
            assertThat(get(server, path).statusCode()).isEqualTo(401);
            assertThat(get(server, path + "?token=wrong").statusCode()).isEqualTo(403);
            assertThat(get(server, path, TeacherAccess.HEADER, "x" + server.server.teacherToken()).statusCode())
                    .isEqualTo(403);
            assertThat(get(server, path + "?token=" + server.server.teacherToken()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theRefusalsSayWhatToDoInTheBrowsersLanguage() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            assertThat(get(server, "/api/class").body()).contains("open the teacher's link");
            assertThat(get(server, "/api/class?token=x", "Accept-Language", "ko-KR,ko;q=0.9").body())
                    .contains("교사 토큰이 아닙니다");
        }
    }

    @Test
    void theFirstVisitWithTheTokenSetsAStrictHttpOnlyCookieThatOpensTheApi() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            HttpResponse<String> page = get(server, "/teacher?token=" + server.server.teacherToken());
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
            assertThat(get(server, "/api/class", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void theWatchSocketRefusesAWrongToken() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            BrowserClient ada = server.learner("Ada");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> ada.connect("/api/watch/someone?token=wrong", null))).isNotNull();
        }
    }

    @Test
    void theGridShowsALearnersStepTurnDoneWithinASecondOverServerSentEvents() throws Exception {
        try (TestServer server = TestServer.start(state); BrowserClient ada = server.learner("Ada").connect()) {
            ada.await("$ ");
            ada.run("start", "step 1 of");
            List<String> events = new CopyOnWriteArrayList<>();
            HttpResponse<InputStream> feed = HTTP.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/api/class/events?token=" + server.server.teacherToken()))
                    .header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(feed.body(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("data:")) {
                            events.add(line);
                        }
                    }
                } catch (java.io.IOException e) {
                    // The server stopped.
                }
            });
            reader.setDaemon(true);
            reader.start();
            awaitEvent(events, "\"state\":\"current\"", 3000);
            ada.type("docker version\r");
            long typed = System.nanoTime();
            ada.await("✓");
            awaitEvent(events, "\"state\":\"done\"", 3000);
            long millis = (System.nanoTime() - typed) / 1_000_000;
            assertThat(millis).isLessThan(1500);
            assertThat(events.get(events.size() - 1)).contains("\"name\":\"Ada\"").contains("\"step\":2");
        }
    }

    private static void awaitEvent(List<String> events, String text, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!events.isEmpty() && events.get(events.size() - 1).contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no event with " + text + " in " + events);
    }

    @Test
    void theExportsHoldTheLearnersSteps() throws Exception {
        try (TestServer server = TestServer.start(state); BrowserClient ada = server.learner("Ada").connect()) {
            ada.passTheFirstStep();
            String token = "?token=" + server.server.teacherToken();
            assertThat(get(server, "/teacher/export.csv" + token).body()).contains("Ada");
            assertThat(get(server, "/teacher/export.xml" + token).body()).contains("<testsuite").contains("Ada");
        }
    }

    @Test
    void theTeachersReadOnlyViewShowsTheLearnersScreenAndTypesNothing() throws Exception {
        try (TestServer server = TestServer.start(state); BrowserClient ada = server.learner("Ada").connect()) {
            ada.await("$ ");
            ada.run("echo before-watching", "$ ");
            String grid = get(server, "/api/class?token=" + server.server.teacherToken()).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(grid);
            assertThat(m.find()).as(grid).isTrue();
            String id = m.group(1);
            BrowserClient teacher = ada.sameLearner().connect("/api/watch/" + id + "?token="
                    + server.server.teacherToken(), null);
            teacher.await("before-watching");
            teacher.type("echo from-teacher\r");
            ada.run("echo after-watching", "after-watching");
            teacher.await("after-watching");
            assertThat(ada.screen()).doesNotContain("from-teacher");
        }
    }
}
