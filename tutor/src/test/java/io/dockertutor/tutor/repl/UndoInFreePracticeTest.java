package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code undo} in free practice takes back the learner's last command in their own directory, and nothing else. */
class UndoInFreePracticeTest {
    @TempDir
    Path dir;

    @Test
    void undoTakesBackTheLastCommandAndLeavesEveryOtherFileAsItWas() throws Exception {
        Path ws = Files.createDirectory(dir.resolve("ws"));
        Path key = Files.writeString(ws.resolve("id_ed25519"), "private");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path a = Files.writeString(ws.resolve("a"), "linked");
        Path b = Files.createLink(ws.resolve("b"), a);
        Files.writeString(ws.resolve("notes.txt"), "first line\n");
        String screen = new ReplSession(dir.resolve("state")).workspace(ws)
                .type("echo hi > made.txt\necho second line >> notes.txt\nundo\nundo\nls\nexit\n").screen();
        assertThat(screen).contains("Undone");
        assertThat(ws.resolve("made.txt")).doesNotExist();
        assertThat(Files.readString(ws.resolve("notes.txt"))).isEqualTo("first line\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).isEqualTo("private");
        assertThat(Files.isSameFile(a, b)).isTrue();
    }

    @Test
    void aFileSomethingElseChangedAfterTheCommandIsKeptAndNamed() throws Exception {
        Path ws = Files.createDirectory(dir.resolve("ws"));
        Path notes = ws.resolve("notes.yaml");
        // progress export is the tutor's own command, not the learner's: here it plays another program writing the file.
        String screen = new ReplSession(dir.resolve("state")).workspace(ws)
                .type("echo mine > notes.yaml\nprogress export " + notes + "\nundo\nexit\n").screen();
        assertThat(screen).contains("Kept as it is now: notes.yaml");
        assertThat(Files.readString(notes)).contains("docker-tutor progress");
    }

    @Test
    void resetInALessonOnTheLearnersDirectoryChangesOnlyWhatChangedSinceTheStepBegan() throws Exception {
        Path ws = Files.createDirectory(dir.resolve("ws"));
        Path key = Files.writeString(ws.resolve("id_ed25519"), "private");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path a = Files.writeString(ws.resolve("a"), "linked");
        Path b = Files.createLink(ws.resolve("b"), a);
        String screen = new ReplSession(dir.resolve("state")).workspace(ws)
                .type("start\necho hi > made.txt\necho more >> a\nreset\nexit\n").screen();
        assertThat(screen).contains("back to how this step began");
        assertThat(ws.resolve("made.txt")).doesNotExist();
        assertThat(Files.readString(a)).isEqualTo("linked");
        assertThat(Files.isSameFile(a, b)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void undoAfterSeveralLooksTakesBackTheChangeBeforeThemAndOnlyIt() throws Exception {
        // The looks between the two runs reuse one copy of the engine: undo must still land between the two runs.
        String screen = new ReplSession(dir.resolve("state")).workspace(Files.createDirectory(dir.resolve("ws")))
                .type("docker pull busybox\ndocker create --name first busybox\ndocker ps -a\ndocker images\n"
                        + "docker ps -a\ndocker create --name second busybox\ndocker ps -a\nundo\n"
                        + "docker ps -a --format 'left:{{.Names}}'\nexit\n").screen();
        assertThat(screen).contains("left:first").doesNotContain("left:second");
    }

    @Test
    void undoAfterAnEngineRestoreTakesBackOnlyTheCommandAfterIt() throws Exception {
        // A restore changes the engine without a command: a copy made before it is never the state before the next.
        String screen = new ReplSession(dir.resolve("state")).workspace(Files.createDirectory(dir.resolve("ws")))
                .type("docker pull busybox\ndocker create --name first busybox\ndocker ps -a\nundo\n"
                        + "docker ps -a\ndocker create --name second busybox\nundo\n"
                        + "docker ps -a --format 'left:{{.Names}}'\ndocker images --format 'image:{{.Repository}}'\nexit\n")
                .screen();
        assertThat(screen).doesNotContain("left:first").doesNotContain("left:second").contains("image:busybox");
    }

    @Test
    void aFileWrittenIntoAVolumeAtTheShellsFirstLookAtTheEnginesFilesIsWhatUndoTakesBack() throws Exception {
        // The engine's data directory is listed only once the shell has reached it: the command that reaches it first
        // must still count as a change, or undo would take back the volume's creation instead.
        String screen = new ReplSession(dir.resolve("state")).workspace(Files.createDirectory(dir.resolve("ws")))
                .type("docker volume create notes\necho hi > /var/lib/docker/volumes/notes/_data/x.txt\nundo\n"
                        + "docker volume ls --format 'volume:{{.Name}}'\nls /var/lib/docker/volumes/notes/_data\n"
                        + "cat /var/lib/docker/volumes/notes/_data/x.txt\nexit\n").screen();
        assertThat(screen).contains("Undone").contains("volume:notes")
                .contains("cat: /var/lib/docker/volumes/notes/_data/x.txt: No such file or directory");
    }

    @Test
    void aLookAtTheEnginesFilesIsPassedOverByUndoEvenTheFirstOne() throws Exception {
        // The data directory may not exist until the first look makes it: that look still changed nothing.
        String screen = new ReplSession(dir.resolve("state")).workspace(Files.createDirectory(dir.resolve("ws")))
                .type("docker pull busybox\ndocker create --name first busybox\nls /var/lib/docker/volumes\nundo\n"
                        + "docker ps -a --format 'left:{{.Names}}'\n"
                        + "docker volume create notes\ndocker run --rm -v notes:/d busybox touch /d/made\n"
                        + "ls -la /var/lib/docker/volumes/notes/_data/\nundo\n"
                        + "ls /var/lib/docker/volumes/notes/_data/ && echo listed\nexit\n").screen();
        assertThat(screen).contains("Undone `docker create --name first busybox`")
                .contains("Undone `docker run --rm -v notes:/d busybox touch /d/made`")
                .doesNotContain("left:first").contains("listed");
        assertThat(screen.substring(screen.lastIndexOf("echo listed"))).doesNotContain("made");
    }
}
