package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.tutor.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Two serve processes on one database (behind a sticky load balancer): each writes its own learners, at once. */
class TwoServersOnOneDatabaseTest {
    private static final int LEARNERS_EACH = 10;

    @DatabaseTest
    void twoServersWritingTheirOwnLearnersAtOnceLoseNothing(TestDatabase db) throws Exception {
        ClassDatabase one = db.open();
        ClassDatabase two = db.open();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Progress>> walks = new ArrayList<>();
            for (int i = 0; i < LEARNERS_EACH; i++) {
                walks.add(pool.submit(walk(one, "one-" + i)));
                walks.add(pool.submit(walk(two, "two-" + i)));
            }
            List<Progress> expected = new ArrayList<>();
            for (Future<Progress> walk : walks) {
                expected.add(walk.get());
            }
            assertThat(expected).hasSize(2 * LEARNERS_EACH);
        } finally {
            pool.shutdownNow();
        }
        ClassDatabase third = db.open();
        ClassSnapshot snapshot = third.snapshot("docker-101");
        assertThat(snapshot.learners()).hasSize(2 * LEARNERS_EACH)
                .allSatisfy(s -> assertThat(s.stepsDone()).isEqualTo(5));
        for (ClassSnapshot.LearnerStatus s : snapshot.learners()) {
            Progress stored = third.progressOf(s.learnerId(), Lessons.CURRICULUM, p -> { }).load().progress();
            assertThat(stored.isDone("images")).isTrue();
            assertThat(stored.isDone("ports")).isTrue();
            assertThat(third.events(s.learnerId())).extracting(LearnerEvent::kind)
                    .filteredOn(k -> k == EventKind.STEP_PASSED).hasSize(5);
        }
    }

    /** A learner joining on {@code server} and walking both lessons, saving after every step. */
    private static Callable<Progress> walk(ClassDatabase server, String name) {
        return () -> {
            Learner learner = server.learners().join("docker-101", name);
            DatabaseProgress store = server.progressOf(learner.id(), Lessons.CURRICULUM, p -> { });
            Progress progress = store.load().progress();
            for (String lesson : Lessons.CURRICULUM.steps().keySet()) {
                Lessons.start(progress, lesson);
                store.save(progress);
                for (int step = 0; step < Lessons.CURRICULUM.steps().get(lesson).size(); step++) {
                    Lessons.solve(progress, lesson, step, 1);
                    store.save(progress);
                    server.learners().touch(learner.id(), java.time.Instant.now());
                }
            }
            return progress;
        };
    }
}
