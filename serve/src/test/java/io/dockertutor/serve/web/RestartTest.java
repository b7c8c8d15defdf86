package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions that end (a server restart, an idle learner) come back at the step the learner had reached. */
class RestartTest {
    @TempDir
    Path state;

    @Test
    void afterARestartTheLearnersCookieStillWorksAndTheTutorResumesTheStep() throws Exception {
        String cookie;
        try (TestServer first = TestServer.start(state); BrowserClient ada = first.learner("Ada").connect()) {
            ada.passTheFirstStep();
            cookie = ada.cookie;
        }
        try (TestServer second = TestServer.start(state)) {
            BrowserClient again = BrowserClient.join(second, "Other", "en");
            try (BrowserClient ada = again.connect("/ws/term?cols=120&rows=40", cookie)) {
                ada.await("step 2 of");
            }
        }
    }

    @Test
    void eachStepIsCommittedAsItPassesAsASecondServerOnTheSameDatabaseShowsWhileTheFirstStillRuns() throws Exception {
        // What a SIGKILL leaves: nothing of the first server's shutdown ran, only what it committed step by step.
        try (TestServer first = TestServer.start(state); BrowserClient ada = first.learner("Ada").connect()) {
            ada.passTheFirstStep();
            try (TestServer second = TestServer.start(state)) {
                BrowserClient other = BrowserClient.join(second, "Other", "en");
                try (BrowserClient resumed = other.connect("/ws/term?cols=120&rows=40", ada.cookie)) {
                    resumed.await("step 2 of");
                }
            }
        }
    }

    @Test
    void anIdleSessionIsReleasedAndComesBackOnTheNextVisit() throws Exception {
        ServerSettings quick = new ServerSettings("127.0.0.1", 0, "c", null, null, state, Duration.ofMillis(300),
                Locale.ENGLISH, 50, 8);
        try (TestServer server = TestServer.start(quick)) {
            BrowserClient ada = server.learner("Ada").connect();
            ada.await("$ ");
            ada.run("start", "step 1 of");
            ada.close();
            Thread.sleep(1500);
            try (BrowserClient back = ada.sameLearner().connect()) {
                back.await("step 1 of");
                assertThat(back.screen()).contains("Continuing").doesNotContain("Welcome to docker-tutor");
            }
        }
    }
}
