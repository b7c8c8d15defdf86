package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * moby's {@code SetupWorkingDirectory}, which container create runs: a working directory given with {@code -w}
 * that the image lacks is made (0755) in the container's own layer, so {@code docker run -w /app busybox ls -a}
 * lists {@code .} and {@code ..} and {@code docker diff} shows {@code A /app}; one that names a file refuses the
 * container ({@code Cannot mkdir: /etc/hostname is not a directory}).
 */
final class WorkingDirectories {
    private WorkingDirectories() {
    }

    /** Why a process cannot change to {@code dir} in the container ({@code no such file or directory}), or null. */
    static String chdirError(SimContainer c, String dir) {
        String clean = Path.of(dir).normalize().toString();
        if (FileTree.lookup(c.imageFiles, clean).filter(f -> f.kind() == FileSpec.Kind.DIRECTORY).isPresent()
                && c.files.untouched()) {
            return null;
        }
        return c.files.using(() -> {
            Path p = c.files.resolve(clean);
            return Files.isDirectory(p) ? null : Files.exists(p) ? "not a directory" : "no such file or directory";
        });
    }

    static void make(SimContainer c, String requested) {
        if (requested == null || requested.isEmpty() || requested.equals("/")) {
            return;
        }
        String dir = Path.of(requested).normalize().toString();
        if (FileTree.lookup(c.imageFiles, dir).filter(f -> f.kind() == FileSpec.Kind.DIRECTORY).isPresent()) {
            return; // the image has it: nothing to make, and no layer to build
        }
        if (!c.files.makeDirectoriesInLayer(dir)) {
            throw EngineException.serverError("Cannot mkdir: " + requested + " is not a directory");
        }
    }
}
