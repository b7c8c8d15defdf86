package io.dockertutor.cli.docker;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The learner's files as docker sees them on the client side ({@code --env-file}, {@code docker cp}, relative
 * bind sources): a path as typed, resolved against the session's working directory. Empty means the path lies
 * outside what the learner may touch, and the command answers as for a missing file.
 */
@FunctionalInterface
public interface HostFiles {
    Optional<Path> resolve(String typed);

    /** Plain resolution against {@code cwd}, for tests and callers without a confined view. */
    static HostFiles under(Path cwd) {
        return typed -> Optional.of(cwd.resolve(typed).normalize());
    }
}
