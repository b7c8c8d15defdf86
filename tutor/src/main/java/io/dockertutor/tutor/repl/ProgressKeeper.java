package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The learner's progress in memory and its store (a file, a database). A failed save is told once, not at every command: the session goes
 * on with the progress in memory, and {@link #saved()} says at exit whether it reached the store. While saving is off
 * (the file could not be read, and the learner was told so at start) it stays silent.
 */
final class ProgressKeeper {
    private final ProgressStore store;
    private final Progress progress;
    private final Screen screen;
    private final Language language;
    /** Whether the last save failed (or saving is off); the learner has been told once, and is told again at exit. */
    private boolean unsaved;

    ProgressKeeper(ProgressStore store, Progress progress, Screen screen, Language language) {
        this.store = store;
        this.progress = progress;
        this.screen = screen;
        this.language = language;
    }

    /** The live progress: tell it what the learner did, then {@link #save()}. */
    Progress progress() {
        return progress;
    }

    /** Writes the progress to its file (merging what another tutor saved there meanwhile). */
    void save() {
        try {
            store.save(progress);
            if (unsaved) {
                screen.good(language.get("progress.savedAgain", store.where()));
            }
            unsaved = false;
        } catch (ProgressStore.NotSaved e) {
            unsaved = true;
        } catch (IOException e) {
            if (!unsaved) {
                screen.warn(language.get("progress.cannotSave", store.where(), FileFailure.reason(e, language.messages())));
            }
            unsaved = true;
        }
    }

    /** Whether the progress as it is now is in the file. */
    boolean saved() {
        return !unsaved;
    }

    /** Where the progress is kept, as messages name it. */
    String where() {
        return store.where();
    }

    /** {@code progress export FILE}. */
    void exportTo(Path target) throws IOException {
        store.exportTo(progress, target);
    }

    /** {@code progress import FILE}: the file's lessons replace these, and are saved. */
    void importFrom(Path source) throws IOException, ProgressStore.ImportException {
        progress.replaceWith(store.importFrom(source));
        save();
    }

    /** Lets go of the state directory (the session ends). */
    void close() {
        store.close();
    }
}
