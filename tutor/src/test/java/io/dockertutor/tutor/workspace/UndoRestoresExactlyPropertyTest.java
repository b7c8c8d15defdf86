package io.dockertutor.tutor.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random workspaces (files, directories, modes, hard links, links pointing inside and outside) and a random command
 * made of file operations: undo of the command gives back exactly the workspace before it (kind, mode, content,
 * link target of every path), and a canary directory outside, which some links point at, is never touched.
 */
class UndoRestoresExactlyPropertyTest {
    private static final List<String> PATHS = List.of("a", "b", "c", "d", "d/e", "d/f", "d/g/h", "k");
    private static final List<String> MODES = List.of("rw-r--r--", "rw-------", "rwxr-x---", "r--------", "rwx------");
    private static final List<String> LINK_TARGETS = List.of("a", "d", "../canary", "../canary/secret", "missing", "/");

    /** One file operation; what it means depends on {@code kind}. */
    record Op(int kind, String path, String other, String text, String mode, String link) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.of(PATHS),
                Arbitraries.of(PATHS), Arbitraries.strings().alpha().ofMaxLength(12), Arbitraries.of(MODES),
                Arbitraries.of(LINK_TARGETS)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 150)
    void undoGivesBackTheWorkspaceExactlyAndNeverTouchesTheCanary(@ForAll("ops") List<Op> setup,
                                                                  @ForAll("ops") List<Op> command) throws IOException {
        Path tmp = Files.createTempDirectory("undo-property");
        try {
            Path ws = Files.createDirectory(tmp.resolve("ws"));
            Path canary = Files.createDirectory(tmp.resolve("canary"));
            Files.writeString(canary.resolve("secret"), "canary");
            for (Op op : setup) {
                apply(ws, op);
            }
            Map<String, String> before = describe(ws);
            Map<String, String> canaryBefore = describe(canary);
            WorkspaceTracker tracker = new WorkspaceTracker(ws);
            WorkspaceTracker.Before taken = tracker.before().orElseThrow();
            for (Op op : command) {
                apply(ws, op);
            }
            FileChanges.Outcome outcome = tracker.after(taken).undo();
            assertThat(outcome.failed()).isEmpty();
            assertThat(outcome.kept()).isEmpty();
            assertThat(describe(ws)).isEqualTo(before);
            assertThat(describe(canary)).isEqualTo(canaryBefore);
        } finally {
            removeAll(tmp);
        }
    }

    /** The operation, done as a careful program would: never through a link, errors ignored as a shell would report them. */
    private static void apply(Path ws, Op op) {
        try {
            Path p = ws.resolve(op.path());
            if (!parentsAreDirectories(ws, op.path())) {
                return;
            }
            switch (op.kind()) {
                case 0 -> Files.writeString(p, op.text(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                case 1 -> Files.writeString(p, op.text(), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        LinkOption.NOFOLLOW_LINKS);
                case 2 -> removeAll(p);
                case 3 -> Files.createDirectory(p);
                case 4 -> {
                    if (!Files.isSymbolicLink(p) && Files.exists(p)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(op.mode()));
                    }
                }
                case 5 -> Files.createSymbolicLink(p, Path.of(op.link()));
                case 6 -> {
                    Path from = ws.resolve(op.other());
                    if (parentsAreDirectories(ws, op.other()) && Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createLink(p, from);
                    }
                }
                case 7 -> {
                    if (parentsAreDirectories(ws, op.other()) && !op.other().startsWith(op.path() + "/")) {
                        Files.move(ws.resolve(op.other()), p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                default -> {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                    }
                }
            }
        } catch (IOException e) {
            // As a command that fails: nothing or part of it happened.
        }
    }

    private static boolean parentsAreDirectories(Path ws, String relative) {
        Path dir = ws;
        Path rel = Path.of(relative);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            dir = dir.resolve(rel.getName(i));
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** Every path under {@code root} with its kind, mode and content or link target. */
    private static Map<String, String> describe(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String mode = Files.isSymbolicLink(p) ? ""
                        : PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                String what = Files.isSymbolicLink(p) ? "link " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir"
                        : "file " + new String(Files.readAllBytes(p));
                out.put(root.relativize(p).toString(), what + " " + mode);
            }
        }
        return out;
    }

    private static void removeAll(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(p);
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
