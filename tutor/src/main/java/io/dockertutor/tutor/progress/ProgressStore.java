package io.dockertutor.tutor.progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a learner's progress is kept between sessions. The terminal tutor keeps it in a file in the state directory
 * ({@link ProgressFile}); {@code docker-tutor serve} keeps each learner's in the class's database. The REPL loads it
 * once as the session starts, saves after every step, and closes it as the session ends.
 *
 * <pre>{@code
 * try (ProgressStore store = new ProgressFile(stateDirectory)) {
 *     Progress progress = store.load().progress();
 *     progress.opened("ports", 0);
 *     store.save(progress);
 * }
 * }</pre>
 */
public interface ProgressStore extends AutoCloseable {
    /**
     * Reads the progress; a first session gets a fresh one. Throws nothing: what could not be read is reported in
     * {@link Loaded}, and while {@link Loaded#cannotRead()} is set, {@link #save} refuses rather than overwrite it.
     */
    Loaded load();

    /**
     * Keeps {@code progress} durably before returning; it may take in, into {@code progress} itself, what another
     * session saved meanwhile.
     *
     * @throws NotSaved while the stored progress could not be read at {@link #load()}
     */
    void save(Progress progress) throws IOException;

    /** Marks the store as in use by this session until {@link #close()}; false when another session has it already. */
    boolean claimSession();

    /** Lets go of the store; the session ends. */
    @Override
    void close();

    /** Writes {@code progress} to {@code target}, a file the learner names ({@code progress export FILE}). */
    void exportTo(Progress progress, Path target) throws IOException;

    /** Reads a progress file from elsewhere ({@code progress import FILE}); the caller saves it if it wants it. */
    Progress importFrom(Path source) throws IOException, ImportException;

    /** Where the progress is kept, as the learner's messages name it: a file's path, a database. */
    String where();

    /**
     * What {@link #load()} found: the progress; where unreadable text was moved (null if none was) and why; which
     * parts of it that was (empty when the whole was); and why the progress could not be read at all (null when it
     * could; the progress is then fresh and {@link #save} refuses).
     */
    record Loaded(Progress progress, Path setAside, String problem, List<String> setAsideParts, IOException cannotRead) {
        /** Progress read whole. */
        public static Loaded whole(Progress progress) {
            return new Loaded(progress, null, null, List.of(), null);
        }
    }

    /** Thrown by {@link #importFrom} when the file is not a progress file; nothing was changed. */
    final class ImportException extends Exception {
        public ImportException(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown by {@link #save} while the stored progress could not be read: saving would replace what it holds. */
    final class NotSaved extends IOException {
        public NotSaved(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
