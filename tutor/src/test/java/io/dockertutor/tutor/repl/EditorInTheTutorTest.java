package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edit}, {@code nano} and {@code vi} at the tutor's prompt: JLine's Nano on the learner's terminal, driven here
 * by scripted keys on an xterm-typed terminal over piped streams; on a dumb terminal only a suggestion.
 */
class EditorInTheTutorTest {
    private static final String CTRL_O = "\u000f";
    private static final String CTRL_X = "\u0018";
    private static final String CTRL_R = "\u0012";

    @TempDir
    Path dir;

    private Path ws() throws Exception {
        return Files.createDirectories(dir.resolve("ws"));
    }

    private ReplSession onATerminal(Path ws) {
        return new ReplSession(dir.resolve("state")).workspace(ws).terminalType("xterm");
    }

    @Test
    void typingInNanoAndSavingWritesANewWorkspaceFile() throws Exception {
        Path ws = ws();
        onATerminal(ws).type("nano Dockerfile\nFROM busybox" + CTRL_O + "\r" + CTRL_X + "exit\n");
        assertThat(Files.readString(ws.resolve("Dockerfile"))).isEqualTo("FROM busybox\n");
    }

    @Test
    void inALessonTheEditorWorksAndUndoTakesTheNewFileBack() throws Exception {
        Path ws = ws();
        String screen = onATerminal(ws).type("start\nnano app.txt\nhello" + CTRL_O + "\r" + CTRL_X
                + "cat app.txt\nundo\nexit\n").screen();
        assertThat(screen).contains("hello").contains("Undone `nano app.txt`");
        assertThat(ws.resolve("app.txt")).doesNotExist();
    }

    @Test
    void leavingWithoutSavingCreatesNoFile() throws Exception {
        Path ws = ws();
        onATerminal(ws).type("edit notes.txt\n" + CTRL_X + "exit\n");
        assertThat(ws.resolve("notes.txt")).doesNotExist();
    }

    @Test
    void undoAfterAnEditPutsTheFileBackAsItWas() throws Exception {
        Path ws = ws();
        Files.writeString(ws.resolve("Dockerfile"), "FROM alpine\n");
        String screen = onATerminal(ws).type("vi Dockerfile\n# edited\r" + CTRL_O + "\r" + CTRL_X
                + "cat Dockerfile\nundo\nexit\n").screen();
        assertThat(screen).contains("# edited").contains("Undone `vi Dockerfile`");
        assertThat(Files.readString(ws.resolve("Dockerfile"))).isEqualTo("FROM alpine\n");
    }

    @Test
    void aPathOutsideTheWorkspaceIsRefusedAsCatRefusesIt() throws Exception {
        Path ws = ws();
        Path outside = Files.writeString(dir.resolve("outside.txt"), "host file\n");
        String screen = onATerminal(ws).type("nano ../outside.txt\nnano " + outside + "\nexit\n").screen();
        assertThat(screen).contains("nano: ../outside.txt: outside the workspace")
                .contains("nano: " + outside + ": outside the workspace");
        assertThat(Files.readString(outside)).isEqualTo("host file\n");
    }

    @Test
    void aLinkLeadingOutsideTheWorkspaceIsRefusedAndItsTargetUntouched() throws Exception {
        Path ws = ws();
        Path outside = Files.writeString(dir.resolve("outside.txt"), "host file\n");
        Files.createSymbolicLink(ws.resolve("link"), outside);
        String screen = onATerminal(ws).locale(Locale.KOREAN)
                .type("nano link\nFROM x" + CTRL_O + "\r" + CTRL_X + "exit\n").screen();
        assertThat(screen).contains("nano: link: 작업 공간 밖입니다");
        assertThat(Files.readString(outside)).isEqualTo("host file\n");
    }

    @Test
    void insertingAnotherFileIsDisabledInsideTheEditor() throws Exception {
        Path ws = ws();
        Path outside = Files.writeString(dir.resolve("secret.txt"), "host secret\n");
        // Nano's own Ctrl-R would open the host file in a second buffer, and Ctrl-O would then write it.
        onATerminal(ws).type("nano f.txt\n" + CTRL_R + outside + "\r" + "x" + CTRL_O + "\r" + CTRL_X + "exit\n");
        assertThat(Files.readString(outside)).isEqualTo("host secret\n");
        assertThat(ws.resolve("f.txt")).exists();
        assertThat(Files.readString(ws.resolve("f.txt"))).doesNotContain("host secret");
    }

    @Test
    void theNameToWriteToCannotBeChangedInsideTheEditor() throws Exception {
        Path ws = ws();
        Path elsewhere = dir.resolve("elsewhere.txt");
        // Unrestricted, Nano would take the backspaces and the new name and write there.
        onATerminal(ws).type("nano a.txt\nhi" + CTRL_O + "\u007f".repeat(5) + elsewhere + "\r" + CTRL_X + "exit\n");
        assertThat(elsewhere).doesNotExist();
        assertThat(Files.readString(ws.resolve("a.txt"))).isEqualTo("hi\n");
    }

    @Test
    void aDirectoryABinaryAndAMissingDirectoryGiveClearErrors() throws Exception {
        Path ws = ws();
        Files.createDirectories(ws.resolve("app"));
        Files.write(ws.resolve("image.bin"), new byte[] {1, 0, 2});
        Files.write(ws.resolve("big.txt"), new byte[1024 * 1024 + 1]);
        String screen = onATerminal(ws).type("nano app\nnano image.bin\nnano big.txt\nnano nodir/Dockerfile\n"
                + "echo status=$?\nexit\n").screen();
        assertThat(screen).contains("nano: app is a directory. Name a file in it, such as `nano app/Dockerfile`.")
                .contains("nano: image.bin is a binary file")
                .contains("nano: big.txt is too large to edit here (1048577 bytes")
                .contains("nano: nodir/Dockerfile: the directory nodir does not exist. Make it first: mkdir -p nodir")
                .contains("status=1");
    }

    @Test
    void onADumbTerminalTheEditorSaysSoAndSuggestsAHereDocument() throws Exception {
        Path ws = ws();
        String screen = new ReplSession(dir.resolve("state")).workspace(ws)
                .type("nano Dockerfile\necho status=$?\nexit\n").screen();
        assertThat(screen).contains("nano: the editor needs a terminal").contains("cat > Dockerfile <<'EOF'")
                .contains("status=1");
        assertThat(ws.resolve("Dockerfile")).doesNotExist();
    }

    @Test
    void onADumbTerminalTheSuggestionIsInKoreanToo() throws Exception {
        String screen = new ReplSession(dir.resolve("state")).workspace(ws()).locale(Locale.KOREAN)
                .type("vi app.py\nexit\n").screen();
        assertThat(screen).contains("vi: 편집기는 터미널에서만 열립니다").contains("cat > app.py <<'EOF'");
    }

    @Test
    void helpListsTheEditorAndExplainsIt() throws Exception {
        String screen = new ReplSession(dir.resolve("state")).workspace(ws()).type("help\nhelp nano\nexit\n").screen();
        assertThat(screen).contains("`edit FILE` (or `nano FILE`, `vi FILE`) opens a workspace file in JLine's Nano")
                .contains("Usage: nano FILE");
    }
}
