package io.dockertutor.serve.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connections to the class's database, from HikariCP. SQLite gets exactly one: it lets one writer in at a time
 * anyway, and one connection that every operation waits its turn for avoids {@code SQLITE_BUSY} inside this process
 * (the busy timeout covers a second process on the same file). PostgreSQL gets a few: a new connection there costs a
 * server process and an authentication, far more than the statements of a save.
 */
final class Pool {
    private static final int POSTGRESQL_CONNECTIONS = 8;

    private Pool() {
    }

    static HikariDataSource open(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbc());
        config.setPoolName("class-database");
        config.setAutoCommit(true);
        // A learner's command waits for its save: a database that does not answer must fail the save in seconds
        // (the tutor then says the progress is kept in memory), not hang the learner's terminal.
        config.setConnectionTimeout(5_000);
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            // sqlite-jdbc reads these as pragmas on every new connection.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "5000");
            // NORMAL in WAL mode: a committed transaction survives the server's process being killed (the bar of
            // issue 16), though not a power cut; FULL would add an fsync to every save of every learner.
            config.addDataSourceProperty("synchronous", "NORMAL");
        } else {
            config.setMaximumPoolSize(POSTGRESQL_CONNECTIONS);
            config.setMinimumIdle(1);
            config.addDataSourceProperty("connectTimeout", "5");
            config.addDataSourceProperty("socketTimeout", "30");
        }
        return new HikariDataSource(config);
    }
}
