package io.dockertutor.serve.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The learners of the classes in the database: who joined, their session tokens, when they were last seen.
 *
 * <pre>{@code
 * Learner ada = db.learners().join("docker-101", "Ada");      // the cookie gets ada.sessionToken()
 * db.learners().bySessionToken(cookie).orElseThrow();           // on every request and reconnect
 * }</pre>
 */
public final class Learners {
    /** Longer names are cut: the teacher's grid has a column for them, not a page. */
    public static final int MAX_NAME_LENGTH = 60;
    private static final String COLUMNS = "id, class_name, display_name, session_token, joined_at, last_seen_at";

    private final ClassDatabase db;

    Learners(ClassDatabase db) {
        this.db = db;
    }

    /**
     * A new learner in class {@code className}, with a fresh id and session token. The name is trimmed, control
     * characters become spaces, and it is cut to {@link #MAX_NAME_LENGTH} characters.
     *
     * @throws IllegalArgumentException when nothing is left of the name
     */
    public Learner join(String className, String displayName) {
        String name = displayName(displayName);
        Instant now = db.now();
        Learner learner = new Learner(UUID.randomUUID().toString(), className, name, RandomTokens.newToken(), now, now);
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO learners (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, learner.id());
                s.setString(2, learner.className());
                s.setString(3, learner.displayName());
                s.setString(4, learner.sessionToken());
                s.setLong(5, now.toEpochMilli());
                s.setLong(6, now.toEpochMilli());
                return s.executeUpdate();
            }
        });
        return learner;
    }

    /** The learner whose browser holds {@code token}; empty for a token nobody has (or null). */
    public Optional<Learner> bySessionToken(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> one(c, "session_token", token));
    }

    public Optional<Learner> byId(String id) {
        return db.read(c -> one(c, "id", id));
    }

    /** Every learner of class {@code className}, in the order they joined. */
    public List<Learner> inClass(String className) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM learners WHERE class_name = ? ORDER BY joined_at, id")) {
                s.setString(1, className);
                try (ResultSet r = s.executeQuery()) {
                    List<Learner> all = new ArrayList<>();
                    while (r.next()) {
                        all.add(learner(r));
                    }
                    return all;
                }
            }
        });
    }

    /** How many learners class {@code className} has: one count, not {@link #inClass}'s list, at every join. */
    public int countInClass(String className) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM learners WHERE class_name = ?")) {
                s.setString(1, className);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        });
    }

    /** Learner {@code id} was active at {@code at}; an earlier instant than the one recorded changes nothing. */
    public void touch(String id, Instant at) {
        try {
            db.committed(c -> touched(c, id, at));
        } catch (SQLException e) {
            throw db.failed(e);
        }
    }

    /**
     * {@link #touch}, committed with the next shared transaction without waiting: the teacher's idle column is in
     * seconds, and a learner's keystroke should never wait on the disk.
     */
    public void touchLater(String id, Instant at) {
        db.later(c -> touched(c, id, at));
    }

    private static int touched(java.sql.Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE learners SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, id);
            s.setLong(3, at.toEpochMilli());
            return s.executeUpdate();
        }
    }

    private static Optional<Learner> one(java.sql.Connection c, String column, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM learners WHERE " + column + " = ?")) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(learner(r)) : Optional.empty();
            }
        }
    }

    private static Learner learner(ResultSet r) throws SQLException {
        return new Learner(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                Instant.ofEpochMilli(r.getLong(5)), Instant.ofEpochMilli(r.getLong(6)));
    }

    static String displayName(String typed) {
        String name = typed == null ? "" : typed.codePoints()
                .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a display name needs at least one visible character");
        }
        return name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH));
    }
}
