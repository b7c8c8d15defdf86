package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /join} limits how fast one address adds learners, but not a class behind one address, nor a reload. */
class JoinLimitTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path state;

    private ServerSettings joinsPerMinute(int joins) {
        return new ServerSettings("127.0.0.1", 0, "c", null, null, state, Duration.ofMinutes(30), Locale.ENGLISH, 200,
                8, joins, false);
    }

    private static HttpResponse<String> join(TestServer server, String name, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/join"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + name + "&lang=en"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClassOfThirtyBehindOneAddressJoinsAtOnceWithTheDefaultRate() throws Exception {
        try (TestServer server = TestServer.start(state)) {
            for (int i = 1; i <= 30; i++) {
                assertThat(join(server, "Learner" + i).statusCode()).as("learner %d", i).isEqualTo(200);
            }
        }
    }

    @Test
    void joiningFasterThanTheRateIsA429WithRetryAfterAndAMessageInTheBrowsersLanguage() throws Exception {
        try (TestServer server = TestServer.start(joinsPerMinute(2))) {
            assertThat(join(server, "A").statusCode()).isEqualTo(200);
            assertThat(join(server, "B").statusCode()).isEqualTo(200);
            HttpResponse<String> refused = join(server, "C");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
            assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(refused.body()).contains("\"error\":\"rate\"").contains("Too many learners joined");
            assertThat(join(server, "D", "Accept-Language", "ko-KR,ko;q=0.9").body())
                    .contains("너무 많은 학습자가 참여했습니다");
        }
    }

    @Test
    void aBrowserWithItsSessionCookieJoinsAgainAsItselfNotAsANewLearnerAndIsNotCounted() throws Exception {
        try (TestServer server = TestServer.start(joinsPerMinute(1))) {
            HttpResponse<String> first = join(server, "Ada");
            assertThat(first.statusCode()).isEqualTo(200);
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> again = join(server, "Ada", "Cookie", cookie);
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(again.body()).contains("\"name\":\"Ada\"");
            }
            assertThat(join(server, "Bob").statusCode()).isEqualTo(429);
            String grid = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/class?token="
                    + server.server.teacherToken())).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(grid.replace(" ", "").split("\"name\":\"Ada\"", -1)).as(grid).hasSize(2);
        }
    }

    @Test
    void aWrongClassCodeCountsAsAJoinSoTheCodeCannotBeGuessedQuickly() throws Exception {
        try (TestServer server = TestServer.start(new ServerSettings("127.0.0.1", 0, "c", "blue-42", null, state,
                Duration.ofMinutes(30), Locale.ENGLISH, 200, 8, 2, false))) {
            assertThat(BrowserClient.post(server, "A", "en", "red").statusCode()).isEqualTo(403);
            assertThat(BrowserClient.post(server, "A", "en", "green").statusCode()).isEqualTo(403);
            assertThat(BrowserClient.post(server, "A", "en", "blue-42").statusCode()).isEqualTo(429);
        }
    }
}
