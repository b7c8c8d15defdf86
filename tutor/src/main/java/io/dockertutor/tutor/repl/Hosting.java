package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.progress.ProgressFile;
import io.dockertutor.tutor.progress.ProgressStore;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Who hosts a session and where its progress lives. The terminal tutor runs on the learner's own machine, with the
 * progress file in the state directory and every engine the learner may choose. {@code docker-tutor serve} hosts a
 * browser's session on the teacher's machine: only the simulated engine, nothing read or written on the host outside
 * the learner's workspace, and the progress in the class's database.
 *
 * @param browser  whether the session is served to a browser (the host's files and engines are not the learner's)
 * @param progress opens the session's progress store, once, as the session starts
 */
public record Hosting(boolean browser, Supplier<ProgressStore> progress) {
    /** The terminal tutor: the progress file in {@code stateDirectory}. */
    public static Hosting local(Path stateDirectory) {
        return new Hosting(false, () -> new ProgressFile(stateDirectory));
    }
}
