package io.dockertutor.serve.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One test's own database: a SQLite file in a fresh directory, or a fresh schema in the PostgreSQL test database.
 * {@link #open()} may be called several times, as several {@code serve} processes would; everything opened is closed,
 * and the database dropped, at the end of the test.
 */
public final class TestDatabase implements AutoCloseable {
    private final String kind;
    /** The URL ClassDatabase is given: null for the default SQLite file under {@link #stateDirectory}. */
    private final String url;
    private final Path stateDirectory;
    private final Runnable drop;
    private final List<ClassDatabase> opened = new ArrayList<>();

    private TestDatabase(String kind, String url, Path stateDirectory, Runnable drop) {
        this.kind = kind;
        this.url = url;
        this.stateDirectory = stateDirectory;
        this.drop = drop;
    }

    static TestDatabase sqlite(Path stateDirectory) {
        return new TestDatabase("sqlite", null, stateDirectory, () -> deleteTree(stateDirectory));
    }

    static TestDatabase postgres(String baseUrl) throws SQLException, IOException {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Path state = Files.createTempDirectory("class-db-pg-");
        return new TestDatabase("postgresql", url, state, () -> {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            deleteTree(state);
        });
    }

    public String kind() {
        return kind;
    }

    /** What {@code --db} would be: null for SQLite's default file. */
    public String url() {
        return url;
    }

    public Path stateDirectory() {
        return stateDirectory;
    }

    /** A new ClassDatabase on this database, as a new serve process would open it. */
    ClassDatabase open() {
        return open(Clock.systemUTC());
    }

    ClassDatabase open(Clock clock) {
        ClassDatabase db = ClassDatabase.open(url, stateDirectory, clock);
        opened.add(db);
        return db;
    }

    /** A plain JDBC connection to it, for looking behind the API. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url != null ? url
                : "jdbc:sqlite:" + stateDirectory.resolve("serve").resolve("classroom.db"));
    }

    @Override
    public void close() {
        opened.forEach(ClassDatabase::close);
        drop.run();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary directory: the system cleans up what is left.
        }
    }
}
