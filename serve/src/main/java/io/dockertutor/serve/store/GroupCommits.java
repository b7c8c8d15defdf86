package io.dockertutor.serve.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The class's frequent writes (every learner's progress at each step, their activity) committed by one writer
 * thread, many to a transaction: whatever waits while one transaction commits goes into the next. A learner's thread
 * hands its save over and waits for the commit, so a save that returned is on disk as before; but no learner's thread
 * holds the database's connection. When 200 learners each took SQLite's one connection in turn on a busy machine, a
 * thread descheduled while holding it made all the others wait (a convoy: saves waited 0.6 s on average).
 *
 * <p>A transaction that fails is tried again one work at a time, so one bad write fails only its own caller.
 *
 * <pre>{@code
 * GroupCommits commits = new GroupCommits(pool);
 * commits.commit(c -> row.write(c));      // returns once committed, with the work's result
 * commits.later(c -> touch(c));           // returns at once; committed with the next batch
 * }</pre>
 */
final class GroupCommits implements AutoCloseable {
    /** Works per transaction at most: a transaction stays short even when a whole class saves at once. */
    static final int MAX_BATCH = 256;

    private final DataSource pool;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closing;

    private record Pending<T>(ClassDatabase.SqlWork<T> work, CompletableFuture<T> done) {
    }

    GroupCommits(DataSource pool) {
        this.pool = pool;
        this.writer = new Thread(this::run, "class-database-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs {@code work} in a transaction shared with others and answers its result once that is committed. */
    <T> T commit(ClassDatabase.SqlWork<T> work) throws SQLException {
        CompletableFuture<T> done = new CompletableFuture<>();
        enqueue(new Pending<>(work, done));
        try {
            return done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Runs {@code work} with the next transaction, without waiting for it; a failure is dropped. */
    void later(ClassDatabase.SqlWork<?> work) {
        enqueue(new Pending<>(work, new CompletableFuture<>()));
    }

    private void enqueue(Pending<?> pending) {
        if (closing) {
            pending.done().completeExceptionally(new SQLException("the class database is closed"));
            return;
        }
        queue.add(pending);
    }

    private void run() {
        List<Pending<?>> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commitAll(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commitAll(List<Pending<?>> batch) {
        List<Object> results;
        try (Connection c = pool.getConnection()) {
            try {
                results = ClassDatabase.inTransaction(c, on -> {
                    List<Object> each = new ArrayList<>(batch.size());
                    for (Pending<?> p : batch) {
                        each.add(p.work().on(on));
                    }
                    return each;
                });
            } catch (SQLException | RuntimeException e) {
                results = null;
                if (batch.size() == 1) {
                    batch.get(0).done().completeExceptionally(e);
                    return;
                }
            }
        } catch (SQLException | RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        if (results == null) {
            // One work failed: each is tried alone, once the batch's connection is back in the pool (SQLite's pool
            // has one connection; retrying while holding it waited for itself until the pool's timeout).
            batch.forEach(p -> commitAll(List.of(p)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results.get(i));
        }
    }

    /** How many works wait for the writer (tests use it to make a batch of known works). */
    int queued() {
        return queue.size();
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Pending<T> p, Object result) {
        p.done().complete((T) result);
    }

    /** Commits what was handed over, then stops the writer. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
