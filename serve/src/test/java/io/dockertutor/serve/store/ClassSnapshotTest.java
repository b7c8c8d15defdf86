package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.StepProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class ClassSnapshotTest {
    @DatabaseTest
    void theGridShowsWhereEachLearnerIsAndHowItGoes(TestDatabase db) throws Exception {
        ClassroomClock clock = new ClassroomClock();
        ClassDatabase classDb = db.open(clock);
        Learner ada = classDb.learners().join("docker-101", "Ada");
        clock.advance(Duration.ofMillis(1));
        Learner bob = classDb.learners().join("docker-101", "Bob");
        clock.advance(Duration.ofMillis(1));
        Learner eve = classDb.learners().join("docker-101", "Eve");
        classDb.learners().join("docker-201", "Other class");
        Instant start = clock.instant();

        Progress adas = new Progress();
        Lessons.start(adas, "images");
        Lessons.solve(adas, "images", 0, 1);
        adas.hintShown("images", "pull", 2);
        adas.solutionUsed("images", "pull", StepProgress.Solution.SHOWN);
        adas.attempted("images", "pull");
        adas.attempted("images", "pull");
        classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { }).save(adas);
        clock.advance(Duration.ofMinutes(2));
        Progress bobs = new Progress();
        Lessons.start(bobs, "ports");
        classDb.progressOf(bob.id(), Lessons.CURRICULUM, p -> { }).save(bobs);
        clock.advance(Duration.ofMinutes(1));
        classDb.learners().touch(bob.id(), clock.instant());

        ClassSnapshot snapshot = classDb.snapshot("docker-101");
        assertThat(snapshot.at()).isEqualTo(start.plusSeconds(180));
        assertThat(snapshot.learners()).extracting(ClassSnapshot.LearnerStatus::displayName).containsExactly("Ada", "Bob", "Eve");
        ClassSnapshot.LearnerStatus a = snapshot.learners().get(0);
        assertThat(a).isEqualTo(new ClassSnapshot.LearnerStatus(ada.id(), "Ada", "images", 1, "pull", 1, 1, 1, 2, start, ada.joinedAt()));
        assertThat(a.onStep(snapshot.at())).isEqualTo(Duration.ofMinutes(3));
        assertThat(a.idle(snapshot.at())).isEqualTo(Duration.ofMinutes(3).plusMillis(2));
        ClassSnapshot.LearnerStatus b = snapshot.learners().get(1);
        assertThat(b).isEqualTo(new ClassSnapshot.LearnerStatus(bob.id(), "Bob", "ports", 0, "publish", 0, 0, 0, 0,
                start.plusSeconds(120), start.plusSeconds(180)));
        ClassSnapshot.LearnerStatus e = snapshot.learners().get(2);
        assertThat(e).isEqualTo(new ClassSnapshot.LearnerStatus(eve.id(), "Eve", null, null, null, 0, 0, 0, 0, null, eve.joinedAt()));
        assertThat(snapshot.stuckLongestFirst()).extracting(ClassSnapshot.LearnerStatus::displayName)
                .containsExactly("Ada", "Bob", "Eve");
    }

    @DatabaseTest
    void aClassOf200IsOneQueryOfAFewMilliseconds(TestDatabase db) throws Exception {
        ClassDatabase classDb = db.open();
        for (int i = 0; i < 200; i++) {
            Learner l = classDb.learners().join("big", "Learner " + i);
            Progress p = new Progress();
            Lessons.start(p, "images");
            Lessons.solve(p, "images", 0, i % 4);
            classDb.progressOf(l.id(), Lessons.CURRICULUM, x -> { }).save(p);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            assertThat(classDb.snapshot("big").learners()).hasSize(200);
            micros.add((System.nanoTime() - t) / 1000);
        }
        micros.sort(null);
        long median = micros.get(micros.size() / 2);
        System.out.printf("snapshot of 200 learners on %s: median %d µs, max %d µs%n", db.kind(), median, micros.get(micros.size() - 1));
        // The teacher's page asks every second; a generous bound, far from that second, that a scan per learner would miss.
        assertThat(median).isLessThan(100_000);
    }
}
