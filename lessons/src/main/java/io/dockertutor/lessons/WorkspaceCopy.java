package io.dockertutor.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A saved copy of a learner's workspace, to put it back as it was before an attempt (a wrong attempt may write
 * files, {@code docker cp web:/x .} does). Kept next to the workspace on disk; {@link #delete} removes it.
 */
final class WorkspaceCopy {
    private final Path workspace;
    private final Path copy;

    private WorkspaceCopy(Path workspace, Path copy) {
        this.workspace = workspace;
        this.copy = copy;
    }

    static WorkspaceCopy of(Path workspace) throws IOException {
        Path copy = Files.createTempDirectory("docker-tutor-checkpoint-");
        copyTree(workspace, copy);
        return new WorkspaceCopy(workspace, copy);
    }

    /** Makes the workspace hold exactly what it held when the copy was taken; the copy stays usable. */
    void restore() throws IOException {
        clear(workspace);
        copyTree(copy, workspace);
    }

    void delete() throws IOException {
        clear(copy);
        Files.deleteIfExists(copy);
    }

    static void clear(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.filter(p -> !p.equals(from)).toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }
}
