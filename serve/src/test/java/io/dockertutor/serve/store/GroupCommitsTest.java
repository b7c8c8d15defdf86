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
import java.util.concurrent.Future;

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
        try {
            Future<Integer> first = pool.submit(() -> classDb.committed(c -> lastSeen(c, ada.id(), later)));
            Future<Integer> broken = pool.submit(() -> classDb.committed(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE no_such_table SET x = 1")) {
                    return s.executeUpdate();
                }
            }));
            Future<Integer> second = pool.submit(() -> classDb.committed(c -> lastSeen(c, bob.id(), later)));
            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isEqualTo(1);
            assertThatThrownBy(broken::get).hasCauseInstanceOf(SQLException.class);
        } finally {
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

    private static int lastSeen(java.sql.Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE learners SET last_seen_at = ? WHERE id = ?")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, id);
            return s.executeUpdate();
        }
    }
}
