package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.serve.store.DatabaseTest;
import io.dockertutor.serve.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code serve} as separate processes, on SQLite and on PostgreSQL: killed with SIGKILL and started again, every
 * learner resumes at the step reached and the teacher's link is the same; and two processes on one database (several
 * servers behind a load balancer with sticky sessions) share the class: the teacher on one sees the learners of the
 * other, and a learner whose server is gone continues on the other at the step reached.
 */
class ServeProcessesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DatabaseTest
    void afterASigkillEveryLearnerResumesAtTheStepReachedAndTheTeachersLinkStillWorks(TestDatabase db) throws Exception {
        String ada;
        String bob;
        String teacher;
        try (ServeChild first = ServeChild.start(db.stateDirectory(), db.url())) {
            try (BrowserClient a = BrowserClient.join(first.base(), "Ada", "en").connect();
                 BrowserClient b = BrowserClient.join(first.base(), "Bob", "en").connect()) {
                a.passTheFirstStep();
                b.passTheFirstStep();
                b.run("docker pull busybox", "Downloaded newer image");
                b.run("docker images", "step 3 of");
                ada = a.cookie;
                bob = b.cookie;
            }
            teacher = first.teacherToken();
            first.kill();
        }
        try (ServeChild second = ServeChild.start(db.stateDirectory(), db.url())) {
            assertThat(second.teacherToken()).isEqualTo(teacher);
            BrowserClient anyone = BrowserClient.join(second.base(), "Other", "en");
            try (BrowserClient a = anyone.connect("/ws/term?cols=120&rows=40", ada)) {
                assertThat(a.await("step 2 of")).contains("Continuing");
            }
            try (BrowserClient b = anyone.connect("/ws/term?cols=120&rows=40", bob)) {
                assertThat(b.await("step 3 of")).contains("Continuing");
            }
        }
    }

    @DatabaseTest
    void twoServeProcessesOnOneDatabaseShareTheClassAndTakeOverEachOthersLearners(TestDatabase db) throws Exception {
        try (ServeChild one = ServeChild.start(db.stateDirectory(), db.url());
             ServeChild two = ServeChild.start(db.stateDirectory(), db.url())) {
            String ada;
            try (BrowserClient a = BrowserClient.join(one.base(), "Ada", "en").connect()) {
                a.passTheFirstStep();
                ada = a.cookie;
            }
            String grid = awaitGrid(two, "\"state\":\"done\"", Duration.ofSeconds(5));
            assertThat(grid).contains("\"name\":\"Ada\"");
            one.kill();
            BrowserClient anyone = BrowserClient.join(two.base(), "Other", "en");
            try (BrowserClient a = anyone.connect("/ws/term?cols=120&rows=40", ada)) {
                assertThat(a.await("step 2 of")).contains("Continuing");
            }
        }
    }

    /** {@code /api/class} of {@code server} once it contains {@code expected}. */
    private static String awaitGrid(ServeChild server, String expected, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        String body = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    URI.create(server.base() + "/api/class?token=" + server.teacherToken())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            body = answer.body().replace(" ", "");
            if (body.contains(expected)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the other server's grid never showed " + expected + ": " + body);
    }
}
