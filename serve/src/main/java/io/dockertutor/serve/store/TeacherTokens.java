package io.dockertutor.serve.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The teacher's token of each class, kept in the class database so that it outlives a restart: the teacher's open
 * page and bookmarked link keep working. A new token is made only on the first start of a class, or when asked for
 * ({@code serve --new-teacher-token}); the old one is refused from the next start on.
 *
 * <pre>{@code
 * String token = db.teacherTokens().of("docker-101");      // the same at every start of docker-101
 * String fresh = db.teacherTokens().renew("docker-101");   // the old link now gets 403
 * }</pre>
 */
public final class TeacherTokens {
    private final ClassDatabase db;

    TeacherTokens(ClassDatabase db) {
        this.db = db;
    }

    /** Class {@code className}'s token: the one kept, or a new one kept from now on. */
    public String of(String className) {
        Optional<String> kept = db.read(c -> kept(c, className));
        if (kept.isPresent()) {
            return kept.get();
        }
        String token = RandomTokens.newToken();
        try {
            db.write(c -> insert(c, className, token));
            return token;
        } catch (ClassDatabaseException e) {
            // Another serve process on the same database kept its own first: that one is the class's token.
            return db.read(c -> kept(c, className)).orElseThrow(() -> e);
        }
    }

    /** A new token for class {@code className}, kept in place of the old one. */
    public String renew(String className) {
        String token = RandomTokens.newToken();
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE teacher_tokens SET token = ?, created_at = ? WHERE class_name = ?")) {
                s.setString(1, token);
                s.setLong(2, db.now().toEpochMilli());
                s.setString(3, className);
                return s.executeUpdate() == 1 ? 1 : insert(c, className, token);
            }
        });
        return token;
    }

    private int insert(Connection c, String className, String token) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO teacher_tokens (class_name, token, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, className);
            s.setString(2, token);
            s.setLong(3, db.now().toEpochMilli());
            return s.executeUpdate();
        }
    }

    private static Optional<String> kept(Connection c, String className) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT token FROM teacher_tokens WHERE class_name = ?")) {
            s.setString(1, className);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }
}
