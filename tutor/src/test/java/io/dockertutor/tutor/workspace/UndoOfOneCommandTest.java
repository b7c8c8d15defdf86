package io.dockertutor.tutor.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo of one command puts back the paths that command changed and nothing else: what other programs did to the
 * workspace before or after stays, modes and hard links stay, and no link is followed out of the workspace.
 */
class UndoOfOneCommandTest {
    @TempDir
    Path tmp;
    Path ws;
    Path canary;
    WorkspaceTracker tracker;

    @BeforeEach
    void workspace() throws IOException {
        ws = Files.createDirectory(tmp.resolve("ws"));
        canary = Files.createDirectory(tmp.resolve("canary"));
        tracker = new WorkspaceTracker(ws);
    }

    /** Runs {@code command} between the tracker's before and after, as the tutor runs a learner's line. */
    private FileChanges command(IoAction command) throws IOException {
        WorkspaceTracker.Before before = tracker.before().orElseThrow();
        command.run();
        return tracker.after(before);
    }

    interface IoAction {
        void run() throws IOException;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private void assertCanaryEmpty() throws IOException {
        try (Stream<Path> s = Files.list(canary)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void onlyWhatTheCommandChangedIsPutBack() throws IOException {
        Files.writeString(ws.resolve("edited"), "before");
        Files.writeString(ws.resolve("removed"), "keep me");
        Files.writeString(ws.resolve("theirs"), "theirs v1");
        FileChanges changes = command(() -> {
            Files.writeString(ws.resolve("edited"), "after, longer");
            Files.delete(ws.resolve("removed"));
            Files.writeString(ws.resolve("created"), "new");
        });
        assertThat(changes.paths()).containsExactlyInAnyOrder(Path.of("edited"), Path.of("removed"), Path.of("created"));
        // Another program works in the directory between the command and undo.
        Files.writeString(ws.resolve("theirs"), "theirs v2");
        Files.writeString(ws.resolve("also-theirs"), "made elsewhere");

        FileChanges.Outcome o = changes.undo();

        assertThat(o.kept()).isEmpty();
        assertThat(o.failed()).isEmpty();
        assertThat(Files.readString(ws.resolve("edited"))).isEqualTo("before");
        assertThat(Files.readString(ws.resolve("removed"))).isEqualTo("keep me");
        assertThat(ws.resolve("created")).doesNotExist();
        assertThat(Files.readString(ws.resolve("theirs"))).isEqualTo("theirs v2");
        assertThat(Files.readString(ws.resolve("also-theirs"))).isEqualTo("made elsewhere");
    }

    @Test
    void aFileChangedAgainByAnotherProgramIsKeptAndNamed() throws IOException {
        Files.writeString(ws.resolve("notes"), "mine");
        FileChanges changes = command(() -> Files.writeString(ws.resolve("notes"), "the command's"));
        Files.writeString(ws.resolve("notes"), "edited in an editor afterwards");
        FileChanges.Outcome o = changes.undo();
        assertThat(o.kept()).containsExactly(Path.of("notes"));
        assertThat(Files.readString(ws.resolve("notes"))).isEqualTo("edited in an editor afterwards");
    }

    @Test
    void aFileTheCommandMadeAndAnotherProgramRemovedStaysRemoved() throws IOException {
        FileChanges changes = command(() -> Files.writeString(ws.resolve("made"), "x"));
        Files.delete(ws.resolve("made"));
        changes.undo();
        assertThat(ws.resolve("made")).doesNotExist();
    }

    @Test
    void aFileTheCommandRemovedAndAnotherProgramMadeAgainIsKept() throws IOException {
        Files.writeString(ws.resolve("f"), "old");
        FileChanges changes = command(() -> Files.delete(ws.resolve("f")));
        Files.writeString(ws.resolve("f"), "made again elsewhere");
        assertThat(changes.undo().kept()).containsExactly(Path.of("f"));
        assertThat(Files.readString(ws.resolve("f"))).isEqualTo("made again elsewhere");
    }

    @Test
    void modesAreKeptAndPutBack() throws IOException {
        Path key = Files.writeString(ws.resolve("id_rsa"), "secret");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path script = Files.writeString(ws.resolve("run.sh"), "echo hi");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        FileChanges changes = command(() -> {
            Files.writeString(script, "echo changed");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-rw-rw-"));
            Files.writeString(ws.resolve("other"), "x");
        });
        changes.undo();
        assertThat(mode(key)).isEqualTo("rw-------");
        assertThat(mode(script)).isEqualTo("rwxr-x---");
        assertThat(Files.readString(script)).isEqualTo("echo hi");
    }

    @Test
    void aRemovedDirectoryComesBackWithItsFilesAndModes() throws IOException {
        Path dir = Files.createDirectories(ws.resolve("d/e"));
        Files.writeString(dir.resolve("f"), "deep");
        Files.setPosixFilePermissions(dir.resolve("f"), PosixFilePermissions.fromString("r--------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        FileChanges changes = command(() -> {
            try (Stream<Path> walk = Files.walk(ws.resolve("d"))) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            Files.createDirectories(ws.resolve("new/sub"));
            Files.writeString(ws.resolve("new/sub/g"), "made");
        });
        FileChanges.Outcome o = changes.undo();
        assertThat(o.failed()).isEmpty();
        assertThat(Files.readString(dir.resolve("f"))).isEqualTo("deep");
        assertThat(mode(dir.resolve("f"))).isEqualTo("r--------");
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(ws.resolve("new")).doesNotExist();
    }

    @Test
    void hardLinksSurviveAndAFileWrittenThroughOneIsPutBackInPlace() throws IOException {
        Path a = Files.writeString(ws.resolve("a"), "shared");
        Path b = Files.createLink(ws.resolve("b"), a);
        Path outside = Files.createLink(tmp.resolve("outside-link"), a);
        Path untouched = Files.writeString(ws.resolve("u"), "u");
        Path untouchedLink = Files.createLink(ws.resolve("u2"), untouched);
        FileChanges changes = command(() -> Files.writeString(a, "written through a"));
        FileChanges.Outcome o = changes.undo();
        assertThat(o.kept()).isEmpty();
        assertThat(Files.readString(b)).isEqualTo("shared");
        assertThat(Files.readString(outside)).isEqualTo("shared");
        assertThat(Files.isSameFile(a, b)).isTrue();
        assertThat(Files.isSameFile(untouched, untouchedLink)).isTrue();
    }

    @Test
    void aLinkIsPutBackAsALinkAndNeverWrittenThrough() throws IOException {
        Path target = Files.writeString(canary.resolve("target"), "outside");
        Files.delete(target);
        Files.createSymbolicLink(ws.resolve("link"), target);
        FileChanges changes = command(() -> {
            Files.delete(ws.resolve("link"));
            Files.writeString(ws.resolve("link"), "a file now");
        });
        changes.undo();
        assertThat(Files.isSymbolicLink(ws.resolve("link"))).isTrue();
        assertThat(Files.readSymbolicLink(ws.resolve("link"))).isEqualTo(target);
        assertCanaryEmpty();
    }

    @Test
    void aParentReplacedByALinkOutsideIsNotWrittenThrough() throws IOException {
        Files.createDirectory(ws.resolve("sub"));
        Files.writeString(ws.resolve("sub/f"), "inside");
        FileChanges changes = command(() -> Files.delete(ws.resolve("sub/f")));
        // Another program swaps the directory for a link to somewhere outside before undo.
        Files.delete(ws.resolve("sub"));
        Files.createSymbolicLink(ws.resolve("sub"), canary);
        FileChanges.Outcome o = changes.undo();
        assertThat(o.failed()).containsOnlyKeys(Path.of("sub/f"));
        assertCanaryEmpty();
    }

    @Test
    void aFileSwappedForALinkAfterTheCommandIsKeptNotFollowed() throws IOException {
        Path outside = Files.writeString(canary.resolve("file"), "outside");
        Files.writeString(ws.resolve("f"), "v1");
        FileChanges changes = command(() -> Files.writeString(ws.resolve("f"), "v2"));
        Files.delete(ws.resolve("f"));
        Files.createSymbolicLink(ws.resolve("f"), outside);
        FileChanges.Outcome o = changes.undo();
        assertThat(o.kept()).containsExactly(Path.of("f"));
        assertThat(Files.readString(outside)).isEqualTo("outside");
    }

    @Test
    void aRewriteThatKeepsSizeAndTimeIsStillSeen() throws IOException {
        Path f = Files.writeString(ws.resolve("f"), "aaaa");
        FileTime time = Files.getLastModifiedTime(f);
        FileChanges changes = command(() -> {
            Files.writeString(f, "bbbb");
            Files.setLastModifiedTime(f, time);
        });
        assertThat(changes.paths()).containsExactly(Path.of("f"));
        changes.undo();
        assertThat(Files.readString(f)).isEqualTo("aaaa");
    }

    @Test
    void successiveUndosGoBackOneCommandEach() throws IOException {
        Path f = Files.writeString(ws.resolve("f"), "v0");
        FileChanges first = command(() -> Files.writeString(f, "v1"));
        FileChanges second = command(() -> Files.writeString(f, "v2 longer"));
        assertThat(second.undo().kept()).isEmpty();
        assertThat(Files.readString(f)).isEqualTo("v1");
        assertThat(first.undo().kept()).isEmpty();
        assertThat(Files.readString(f)).isEqualTo("v0");
    }

    @Test
    void aWorkspacePastTheLimitIsNotFollowed() throws IOException {
        WorkspaceTracker small = new WorkspaceTracker(ws, 3);
        for (int i = 0; i < 5; i++) {
            Files.writeString(ws.resolve("f" + i), "x");
        }
        assertThat(small.before()).isEmpty();
        assertThat(FileChanges.untracked(ws).undo().tracked()).isFalse();
    }
}
