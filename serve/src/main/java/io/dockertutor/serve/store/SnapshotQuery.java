package io.dockertutor.serve.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link ClassSnapshot} in one query: the grid's columns are kept beside each progress row at every save. */
final class SnapshotQuery {
    private static final String SQL = """
            SELECT l.id, l.display_name, l.last_seen_at, p.lesson_id, p.step_index, p.step_id, p.step_since,
                   p.steps_done, p.hints, p.solutions, p.step_wrong
            FROM learners l LEFT JOIN progress p ON p.learner_id = l.id
            WHERE l.class_name = ?
            ORDER BY l.joined_at, l.id""";

    private SnapshotQuery() {
    }

    static ClassSnapshot run(Connection c, String className, Instant at) throws SQLException {
        List<ClassSnapshot.LearnerStatus> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, className);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        }
        return new ClassSnapshot(className, at, rows);
    }

    private static ClassSnapshot.LearnerStatus row(ResultSet r) throws SQLException {
        int stepIndex = r.getInt(5);
        Integer index = r.wasNull() ? null : stepIndex;
        long since = r.getLong(7);
        Instant stepSince = r.wasNull() ? null : Instant.ofEpochMilli(since);
        return new ClassSnapshot.LearnerStatus(r.getString(1), r.getString(2), r.getString(4), index, r.getString(6),
                r.getInt(8), r.getInt(9), r.getInt(10), r.getInt(11), stepSince, Instant.ofEpochMilli(r.getLong(3)));
    }
}
