package io.dockertutor.serve.store;

import com.zaxxer.hikari.HikariDataSource;
import io.dockertutor.tutor.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The class's database: SQLite in the state directory by default, PostgreSQL when {@code --db} names one. Opening
 * it brings its schema up to date (Flyway, {@code db/migration}); several {@code serve} processes may share one
 * PostgreSQL database.
 *
 * <pre>{@code
 * try (ClassDatabase db = ClassDatabase.open(null, stateDirectory)) {          // or "jdbc:postgresql://..."
 *     Learner ada = db.learners().join("docker-101", "Ada");
 *     ProgressStore store = db.progressOf(ada.id(), curriculum, grid::changed);  // what the learner's REPL uses
 *     ClassSnapshot now = db.snapshot("docker-101");                            // the teacher's grid
 * }
 * }</pre>
 */
public final class ClassDatabase implements AutoCloseable {
    private final HikariDataSource pool;
    private final DatabaseUrl url;
    private final Clock clock;
    private final Learners learners;
    private final TeacherTokens teacherTokens;
    private final GroupCommits commits;

    private ClassDatabase(HikariDataSource pool, DatabaseUrl url, Clock clock) {
        this.pool = pool;
        this.commits = new GroupCommits(pool);
        this.url = url;
        this.clock = clock;
        this.learners = new Learners(this);
        this.teacherTokens = new TeacherTokens(this);
    }

    /**
     * Opens the database {@code jdbcUrl} names ({@code jdbc:postgresql://...}, or {@code jdbc:sqlite:FILE}), or, when
     * it is null, the SQLite file {@code serve/classroom.db} under {@code stateDirectory}, and migrates its schema.
     *
     * @throws ClassDatabaseException for any other URL, and when the database cannot be reached or migrated
     */
    public static ClassDatabase open(String jdbcUrl, Path stateDirectory) {
        return open(jdbcUrl, stateDirectory, Clock.systemUTC());
    }

    static ClassDatabase open(String jdbcUrl, Path stateDirectory, Clock clock) {
        DatabaseUrl url = DatabaseUrl.of(jdbcUrl, stateDirectory);
        HikariDataSource pool;
        try {
            if (jdbcUrl == null || jdbcUrl.isBlank()) {
                Files.createDirectories(stateDirectory.resolve("serve"));
            }
            pool = Pool.open(url);
        } catch (IOException | RuntimeException e) {
            throw new ClassDatabaseException("store.cannotOpen", e, url.shown(), ClassDatabaseException.reason(e));
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new ClassDatabaseException("store.cannotMigrate", e, url.shown(), ClassDatabaseException.reason(e));
        }
        return new ClassDatabase(pool, url, clock);
    }

    /** The database as messages show it, without user or password: {@code sqlite:classroom.db}, {@code postgresql://host/db}. */
    public String where() {
        return url.shown();
    }

    public Learners learners() {
        return learners;
    }

    /** The teacher's token of each class, the same from one start to the next. */
    public TeacherTokens teacherTokens() {
        return teacherTokens;
    }

    /**
     * Learner {@code learnerId}'s progress, for their tutor session. {@code saved} hears every progress saved, after
     * its transaction committed (the teacher's live grid listens there).
     */
    public DatabaseProgress progressOf(String learnerId, Curriculum curriculum, Consumer<Progress> saved) {
        return new DatabaseProgress(this, learnerId, curriculum, saved);
    }

    /** Learner {@code learnerId}'s events, oldest first. */
    public List<LearnerEvent> events(String learnerId) {
        return read(c -> EventTable.of(c, learnerId));
    }

    /** The teacher's grid of class {@code className}, now: one query. */
    public ClassSnapshot snapshot(String className) {
        return read(c -> SnapshotQuery.run(c, className, now()));
    }

    /** Every step of every lesson of {@code curriculum}, for every learner of class {@code className}. */
    public ClassResults results(String className, Curriculum curriculum) {
        return read(c -> ResultsQuery.run(c, className, curriculum, now()));
    }

    @Override
    public void close() {
        commits.close();
        pool.close();
    }

    /** Now, to the millisecond: what the database keeps of an instant. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Work on a connection; SQLException is the only thing it throws. */
    @FunctionalInterface
    interface SqlWork<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    <T> T transaction(SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return inTransaction(c, work);
        }
    }

    /**
     * Runs {@code work} on {@code c} in one transaction, committed when it returns, rolled back when it throws; the
     * connection is left in auto-commit. The one place where this project commits ({@link GroupCommits} too).
     */
    static <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.on(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Runs {@code work} in a transaction shared with other such works ({@link GroupCommits}), once it is committed. */
    <T> T committed(SqlWork<T> work) throws SQLException {
        return commits.commit(work);
    }

    /** How many shared-transaction works wait for the writer thread (tests make batches of known works with it). */
    int queuedWrites() {
        return commits.queued();
    }

    /** Runs {@code work} with the next shared transaction, without waiting; a failure is dropped (activity, not progress). */
    void later(SqlWork<?> work) {
        commits.later(work);
    }

    /** Runs {@code work} in its own transaction; a failure becomes a {@link ClassDatabaseException}. */
    <T> T write(SqlWork<T> work) {
        try {
            return transaction(work);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs a read on one connection; a failure becomes a {@link ClassDatabaseException}. */
    <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    ClassDatabaseException failed(SQLException e) {
        return new ClassDatabaseException("store.failed", e, url.shown(), ClassDatabaseException.reason(e));
    }
}
