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

/** The teacher's link outlives a restart of the server; {@code --new-teacher-token} is what ends it. */
class TeacherTokenAcrossRestartsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path state;

    private static int classStatus(TestServer server, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/class?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theTeachersLinkStillWorksAfterTheServerRestarts() throws Exception {
        String before;
        try (TestServer first = TestServer.start(state)) {
            before = first.server.teacherToken();
        }
        try (TestServer second = TestServer.start(state)) {
            assertThat(second.server.teacherToken()).isEqualTo(before);
            assertThat(classStatus(second, before)).isEqualTo(200);
        }
    }

    @Test
    void aNewTeacherTokenRefusesTheOldLinkWith403AndIsKeptFromThenOn() throws Exception {
        String old;
        try (TestServer first = TestServer.start(state)) {
            old = first.server.teacherToken();
        }
        String renewed;
        try (TestServer rotated = TestServer.start(new ServerSettings("127.0.0.1", 0, "test class", null, null, state,
                Duration.ofMinutes(30), Locale.ENGLISH, 50, 8, ServerSettings.JOINS_PER_MINUTE, true))) {
            renewed = rotated.server.teacherToken();
            assertThat(renewed).isNotEqualTo(old);
            assertThat(classStatus(rotated, old)).isEqualTo(403);
            assertThat(classStatus(rotated, renewed)).isEqualTo(200);
        }
        try (TestServer next = TestServer.start(state)) {
            assertThat(next.server.teacherToken()).isEqualTo(renewed);
        }
    }

    @Test
    void eachClassInOneStateDirectoryHasItsOwnTeachersLink() throws Exception {
        String first;
        try (TestServer server = TestServer.start(state)) {
            first = server.server.teacherToken();
        }
        try (TestServer other = TestServer.start(new ServerSettings("127.0.0.1", 0, "another class", null, null,
                state, Duration.ofMinutes(30), Locale.ENGLISH, 50, 8))) {
            assertThat(other.server.teacherToken()).isNotEqualTo(first);
            assertThat(classStatus(other, first)).isEqualTo(403);
        }
    }
}
