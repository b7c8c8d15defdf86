package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressStore;
import io.dockertutor.tutor.progress.StepProgress;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

class DatabaseProgressTest {
    @DatabaseTest
    void aLearnersFirstSessionStartsFromNothing(TestDatabase db) {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        ProgressStore.Loaded loaded = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { }).load();
        assertThat(loaded.progress()).isEqualTo(new Progress());
        assertThat(loaded.cannotRead()).isNull();
        assertThat(loaded.setAside()).isNull();
    }

    @DatabaseTest
    void whatWasSavedLoadsBackExactlyInANewServer(TestDatabase db) throws Exception {
        ClassDatabase first = db.open();
        Learner ada = first.learners().join("docker-101", "Ada");
        Progress progress = new Progress();
        progress.welcome();
        Lessons.start(progress, "images");
        Lessons.solve(progress, "images", 0, 2);
        progress.hintShown("images", "pull", 3);
        progress.solutionUsed("images", "pull", StepProgress.Solution.SHOWN);
        progress.studied("images", 75);
        first.progressOf(ada.id(), Lessons.CURRICULUM, p -> { }).save(progress);
        first.close();

        Progress loaded = db.open().progressOf(ada.id(), Lessons.CURRICULUM, p -> { }).load().progress();
        assertThat(loaded).isEqualTo(progress);
    }

    @DatabaseTest
    void everySaveIsToldToTheListenerAfterItIsCommitted(TestDatabase db) throws Exception {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        List<Progress> heard = new ArrayList<>();
        List<Integer> stepsDoneThen = new ArrayList<>();
        DatabaseProgress store = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> {
            heard.add(p);
            stepsDoneThen.add(classDb.snapshot("docker-101").learners().get(0).stepsDone());
        });
        Progress progress = store.load().progress();
        Lessons.start(progress, "images");
        store.save(progress);
        Lessons.solve(progress, "images", 0, 0);
        store.save(progress);
        assertThat(heard).hasSize(2).last().isEqualTo(progress);
        assertThat(stepsDoneThen).containsExactly(0, 1);
    }

    @DatabaseTest
    void theStepsStartStaysWhileTheLearnerStaysOnTheStep(TestDatabase db) throws Exception {
        ClassroomClock clock = new ClassroomClock();
        ClassDatabase classDb = db.open(clock);
        Learner ada = classDb.learners().join("docker-101", "Ada");
        DatabaseProgress store = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { });
        Progress progress = store.load().progress();
        Lessons.start(progress, "images");
        store.save(progress);
        var started = clock.instant();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(40));
            progress.attempted("images", "list");
            store.save(progress);
        }
        assertThat(classDb.snapshot("docker-101").learners().get(0).stepSince()).isEqualTo(started);
        // A server restart resumes the same step: its start is kept too.
        DatabaseProgress again = db.open(clock).progressOf(ada.id(), Lessons.CURRICULUM, p -> { });
        Progress resumed = again.load().progress();
        clock.advance(Duration.ofSeconds(40));
        resumed.attempted("images", "list");
        again.save(resumed);
        assertThat(classDb.snapshot("docker-101").learners().get(0).stepSince()).isEqualTo(started);
        clock.advance(Duration.ofSeconds(40));
        Lessons.solve(resumed, "images", 0, 0);
        again.save(resumed);
        assertThat(classDb.snapshot("docker-101").learners().get(0).stepSince()).isEqualTo(clock.instant());
    }

    @DatabaseTest
    void aRowTheTutorCannotReadIsLeftAsItIsAndNotSavedOver(TestDatabase db) throws Exception {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        DatabaseProgress store = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { });
        store.save(new Progress());
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("UPDATE progress SET progress = ?")) {
            s.setString(1, "format: 99\n");
            s.executeUpdate();
        }
        DatabaseProgress again = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { });
        ProgressStore.Loaded loaded = again.load();
        assertThat(loaded.cannotRead()).isNotNull();
        assertThatThrownBy(() -> again.save(new Progress())).isInstanceOf(ProgressStore.NotSaved.class);
    }

    @DatabaseTest
    void aSaveTheDatabaseRefusesFailsWithTheDriversReasonAndTellsNoListener(TestDatabase db) throws Exception {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        List<Progress> heard = new ArrayList<>();
        DatabaseProgress store = classDb.progressOf(ada.id(), Lessons.CURRICULUM, heard::add);
        Progress progress = store.load().progress();
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("DROP TABLE events");
        }
        Lessons.start(progress, "images");
        assertThatThrownBy(() -> store.save(progress)).isInstanceOf(java.io.IOException.class)
                .isNotInstanceOf(ProgressStore.NotSaved.class).hasMessageContaining("events");
        assertThat(heard).isEmpty();
        assertThat(classDb.snapshot("docker-101").learners().get(0).lessonId()).as("the row was rolled back").isNull();
    }

    @DatabaseTest
    void exportAndImportAreRefusedTheFilesWouldBeTheServers(TestDatabase db) {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        DatabaseProgress store = classDb.progressOf(ada.id(), Lessons.CURRICULUM, p -> { });
        assertThatThrownBy(() -> store.exportTo(new Progress(), Path.of("/tmp/x.yaml"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.importFrom(Path.of("/etc/passwd"))).isInstanceOf(AccessDeniedException.class);
        assertThat(store.claimSession()).isTrue();
        assertThat(store.where()).isEqualTo(classDb.where());
    }
}
