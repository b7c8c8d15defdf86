package io.dockertutor.serve.store;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressCodec;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One learner's progress in the class's database: the {@link ProgressStore} of a browser's tutor session. Each save
 * is one committed transaction: the progress row (the tutor's own YAML text, and the grid's columns beside it) and
 * the events read from what changed since the previous save ({@link ProgressDiff}). A server killed at any instant
 * keeps every save that returned.
 *
 * <p>A save that fails throws an {@link IOException} with the driver's reason, as a file system's would be: the tutor
 * warns once that it is kept in memory, and retries with the next save. {@code progress export} and {@code import}
 * are refused: the files they name would be the server's, not the learner's.
 */
public final class DatabaseProgress implements ProgressStore {
    private final ClassDatabase db;
    private final String learnerId;
    private final Curriculum curriculum;
    private final Consumer<Progress> saved;
    /** What is in the database now, as far as this session knows: the base of the next diff. */
    private Progress stored = new Progress();
    /** The step {@link #stored} is on, and since when. */
    private Position position = Position.NONE;
    private Instant stepSince;
    /** Why the row could not be read; while set, nothing is saved over it. */
    private IOException cannotRead;

    DatabaseProgress(ClassDatabase db, String learnerId, Curriculum curriculum, Consumer<Progress> saved) {
        this.db = Objects.requireNonNull(db);
        this.learnerId = Objects.requireNonNull(learnerId);
        this.curriculum = Objects.requireNonNull(curriculum);
        this.saved = Objects.requireNonNull(saved);
    }

    /** The lesson and step a progress is on; {@link #NONE} in free practice. */
    private record Position(String lessonId, Integer stepIndex) {
        static final Position NONE = new Position(null, null);

        static Position of(Progress p) {
            return p.current().map(id -> new Position(id, p.lesson(id).stepIndex())).orElse(NONE);
        }
    }

    @Override
    public Loaded load() {
        try {
            Optional<String> text = db.transaction(this::readRow);
            if (text.isEmpty()) {
                return Loaded.whole(new Progress());
            }
            stored = ProgressCodec.read(text.get());
            return Loaded.whole(stored.copy());
        } catch (SQLException e) {
            cannotRead = new IOException(ClassDatabaseException.reason(e), e);
        } catch (ProgressCodec.FormatException e) {
            cannotRead = new IOException(e.getMessage(), e);
        }
        return new Loaded(new Progress(), null, null, List.of(), cannotRead);
    }

    private Optional<String> readRow(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT progress, lesson_id, step_index, step_since FROM progress WHERE learner_id = ?")) {
            s.setString(1, learnerId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String lessonId = r.getString(2);
                int index = r.getInt(3);
                position = lessonId == null ? Position.NONE : new Position(lessonId, r.wasNull() ? null : index);
                long since = r.getLong(4);
                stepSince = r.wasNull() ? null : Instant.ofEpochMilli(since);
                return Optional.of(r.getString(1));
            }
        }
    }

    @Override
    public void save(Progress progress) throws IOException {
        if (cannotRead != null) {
            throw new NotSaved(cannotRead);
        }
        Progress now = progress.copy();
        Instant at = db.now();
        Position next = Position.of(now);
        Instant since = next.equals(position) && stepSince != null ? stepSince : at;
        List<LearnerEvent> events = ProgressDiff.events(learnerId, at, stored, now);
        // Everything but the statements is done here, on the learner's thread; the statements go into the writer's
        // next transaction (GroupCommits), and the save returns once it is committed.
        ProgressRow row = ProgressRow.of(learnerId, now, at, next.lessonId(), next.stepIndex(), since, curriculum);
        try {
            db.committed(c -> {
                row.write(c);
                EventTable.append(c, events);
                return null;
            });
        } catch (SQLException e) {
            throw new IOException(ClassDatabaseException.reason(e), e);
        }
        stored = now;
        position = next;
        stepSince = since;
        try {
            saved.accept(now.copy());
        } catch (RuntimeException e) {
            // The save is committed: a listener that fails (the teacher's grid) is not the learner's problem.
        }
    }

    @Override
    public boolean claimSession() {
        // The server keeps one session per learner itself; the database is shared by design.
        return true;
    }

    @Override
    public void close() {
        // The connections are the ClassDatabase's.
    }

    @Override
    public void exportTo(Progress progress, Path target) throws IOException {
        throw new AccessDeniedException(target.toString());
    }

    @Override
    public Progress importFrom(Path source) throws IOException {
        throw new AccessDeniedException(source.toString());
    }

    @Override
    public String where() {
        return db.where();
    }
}
