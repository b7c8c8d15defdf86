package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Saves from many learners' threads share transactions; each caller still hears about its own save, and only it. */
class GroupCommitsTest {
    @DatabaseTest
    void everySaveOfAHundredConcurrentLearnersIsCommittedWhenItReturnsWithItsOwnResult(TestDatabase db) throws Exception {
        ClassDatabase classDb = db.open();
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            learners.add(classDb.learners().join("docker-101", "Learner " + i));
        }
        Instant later = learners.get(0).joinedAt().plusSeconds(60);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> saved = new ArrayList<>();
            for (Learner l : learners) {
                saved.add(pool.submit(() -> classDb.committed(c -> lastSeen(c, l.id(), later))));
            }
            for (int i = 0; i < saved.size(); i++) {
                assertThat(saved.get(i).get()).as("rows updated for learner %d", i).isEqualTo(1);
                assertThat(classDb.learners().byId(learners.get(i).id()).orElseThrow().lastSeenAt()).isEqualTo(later);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseTest
    void aSaveThatFailsFailsItsOwnCallerAndTheOthersInItsTransactionAreCommitted(TestDatabase db) throws Exception {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        Learner bob = classDb.learners().join("docker-101", "Bob");
        Instant later = ada.joinedAt().plusSeconds(60);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // The writer is held inside a transaction while the three saves queue, so they share the next one.
            classDb.later(c -> {
                writerHeld.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            assertThat(writerHeld.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> first = pool.submit(() -> classDb.committed(c -> lastSeen(c, ada.id(), later)));
            Future<Integer> broken = pool.submit(() -> classDb.committed(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE no_such_table SET x = 1")) {
                    return s.executeUpdate();
                }
            }));
            Future<Integer> second = pool.submit(() -> classDb.committed(c -> lastSeen(c, bob.id(), later)));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (classDb.queuedWrites() < 3 && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            assertThat(classDb.queuedWrites()).as("saves queued behind the held writer").isEqualTo(3);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThatThrownBy(() -> broken.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(SQLException.class)
                    .cause().hasMessageContaining("no_such_table");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(classDb.learners().byId(ada.id()).orElseThrow().lastSeenAt()).isEqualTo(later);
        assertThat(classDb.learners().byId(bob.id()).orElseThrow().lastSeenAt()).isEqualTo(later);
    }

    @DatabaseTest
    void whatWasHandedOverWithoutWaitingIsCommittedByTheTimeTheDatabaseIsClosed(TestDatabase db) {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        Instant later = ada.joinedAt().plusSeconds(60);
        classDb.learners().touchLater(ada.id(), later);
        classDb.close();
        assertThat(db.open().learners().byId(ada.id()).orElseThrow().lastSeenAt()).isEqualTo(later);
    }

    @DatabaseTest
    void whatWasHandedOverWithoutWaitingIsCommittedSoonWhenNoSaveComesBy(TestDatabase db) throws Exception {
        ClassDatabase classDb = db.open();
        Learner ada = classDb.learners().join("docker-101", "Ada");
        Instant later = ada.joinedAt().plusSeconds(60);
        classDb.learners().touchLater(ada.id(), later);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!later.equals(classDb.learners().byId(ada.id()).orElseThrow().lastSeenAt()) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(classDb.learners().byId(ada.id()).orElseThrow().lastSeenAt()).isEqualTo(later);
        assertThat(classDb.queuedWrites()).isZero();
    }

    private static int lastSeen(java.sql.Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE learners SET last_seen_at = ? WHERE id = ?")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, id);
            return s.executeUpdate();
        }
    }
}
