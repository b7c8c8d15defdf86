package io.dockertutor.serve.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The {@code events} table: appended to inside a save's transaction, numbered per learner. */
final class EventTable {
    private EventTable() {
    }

    /** Appends {@code events} (all of one learner) after that learner's last one. */
    static void append(Connection c, List<LearnerEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        long seq;
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM events WHERE learner_id = ?")) {
            s.setString(1, events.get(0).learnerId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                seq = r.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO events (learner_id, seq, at, kind, lesson_id, step_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (LearnerEvent e : events) {
                s.setString(1, e.learnerId());
                s.setLong(2, ++seq);
                s.setLong(3, e.at().toEpochMilli());
                s.setString(4, e.kind().name());
                s.setString(5, e.lessonId());
                s.setString(6, e.stepId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Learner {@code learnerId}'s events, oldest first. */
    static List<LearnerEvent> of(Connection c, String learnerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT at, kind, lesson_id, step_id FROM events WHERE learner_id = ? ORDER BY seq")) {
            s.setString(1, learnerId);
            try (ResultSet r = s.executeQuery()) {
                List<LearnerEvent> events = new java.util.ArrayList<>();
                while (r.next()) {
                    events.add(new LearnerEvent(learnerId, Instant.ofEpochMilli(r.getLong(1)), EventKind.valueOf(r.getString(2)),
                            r.getString(3), r.getString(4)));
                }
                return events;
            }
        }
    }
}
