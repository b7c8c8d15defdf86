package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.tutor.progress.Progress;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills (SIGKILL) a server in the middle of saving a learner's progress, several times over: after each kill, every
 * save the server had finished (it printed its number) is in the database, whole.
 */
class KilledServerKeepsEverySaveTest {
    private static final int KILLS = 4;

    @DatabaseTest
    void everySaveThatReturnedBeforeTheKillIsThere(TestDatabase db) throws Exception {
        String learner = db.open().learners().join("docker-101", "Ada").id();
        String java = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(16);
        for (int kill = 0; kill < KILLS; kill++) {
            Process server = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), ServerKilledWhileSaving.class.getName(),
                    db.url() == null ? "-" : db.url(), db.stateDirectory().toString(), learner)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int lastReturned = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                int killAfter = 20 + random.nextInt(60);
                String line;
                while ((line = out.readLine()) != null) {
                    lastReturned = Integer.parseInt(line);
                    if (lastReturned == killAfter) {
                        server.destroyForcibly();
                        break;
                    }
                }
                assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(lastReturned).as("kill %d: the server saved before it was killed", kill).isPositive();
            Progress stored = db.open().progressOf(learner, Lessons.CURRICULUM, p -> { }).load().progress();
            int generation = stored.lesson("images").step("list").attempts();
            assertThat(generation).as("kill %d: the last save that returned is kept", kill).isGreaterThanOrEqualTo(lastReturned);
            assertThat(stored).as("kill %d: save %d is whole", kill, generation).isEqualTo(ServerKilledWhileSaving.generation(generation));
        }
    }
}
