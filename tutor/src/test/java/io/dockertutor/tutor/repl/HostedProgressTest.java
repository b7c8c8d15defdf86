package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL keeps progress wherever its host says ({@link Hosting}): {@code docker-tutor serve} hands it a store in the
 * class's database. Nothing of the progress file is used then, and the learner's messages name the store.
 */
class HostedProgressTest {
    @TempDir
    Path state;

    /** A store in memory, as the class database is to the REPL: it keeps each save and names itself. */
    private static final class StoreInMemory implements ProgressStore {
        final List<Progress> saves = new ArrayList<>();
        Progress kept = new Progress();
        boolean closed;

        @Override
        public Loaded load() {
            return Loaded.whole(kept.copy());
        }

        @Override
        public void save(Progress progress) {
            kept = progress.copy();
            saves.add(kept);
        }

        @Override
        public boolean claimSession() {
            return true;
        }

        @Override
        public void close() {
            closed = true;
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
            return "sqlite:classroom.db";
        }
    }

    @Test
    void aHostedSessionSavesEveryStepInItsHostsStoreAndNamesIt() throws Exception {
        StoreInMemory store = new StoreInMemory();
        String screen = new ReplSession(state).hosting(new Hosting(true, () -> store))
                .type("start\ndocker pull nginx\nprogress\nexit\n").screen();
        assertThat(screen).contains("✓ Well done! Step 1 of 3 is complete.").contains("Progress is kept in sqlite:classroom.db.");
        assertThat(store.kept.lesson("first-image").step("pull").done()).isTrue();
        assertThat(store.saves.size()).isGreaterThanOrEqualTo(3);
        assertThat(store.closed).isTrue();
        assertThat(state.resolve("progress.yaml")).doesNotExist();
    }

    @Test
    void aHostedSessionResumesWhereTheStoreSaysTheLearnerWas() throws Exception {
        StoreInMemory store = new StoreInMemory();
        new ReplSession(state).hosting(new Hosting(true, () -> store)).type("start\ndocker pull nginx\nexit\n");
        String again = new ReplSession(state).hosting(new Hosting(true, () -> store)).type("exit\n").screen();
        assertThat(again).contains("[first-image 2/3] $ ");
    }

    @Test
    void progressExportRefusedByTheStoreSaysSoAndTheSessionGoesOn() throws Exception {
        StoreInMemory store = new StoreInMemory();
        // Not a browser's session: there the tutor refuses export itself, before any store (BrowserHostedSessionTest).
        String screen = new ReplSession(state).hosting(new Hosting(false, () -> store))
                .type("progress export mine.yaml\necho still here\nexit\n").screen();
        assertThat(screen).contains("permission denied").contains("still here");
    }
}
