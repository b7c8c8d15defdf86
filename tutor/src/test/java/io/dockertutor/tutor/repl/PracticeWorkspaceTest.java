package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free practice works in the tutor's own directory under the state directory, not in the directory the tutor was
 * started from; {@code --workspace DIR} opts into a real directory. The welcome says which it is.
 */
class PracticeWorkspaceTest {
    @TempDir
    Path dir;

    private static List<String> namesIn(Path directory) throws Exception {
        try (Stream<Path> s = Files.list(directory)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The screen with its line breaks as spaces: the tutor wraps its sentences to the terminal's width. */
    private static String flowing(String screen) {
        return screen.replaceAll("\\s+", " ");
    }

    @Test
    void writingAFileInFreePracticeLeavesTheStartingDirectoryUnchanged() throws Exception {
        Path started = Path.of("").toAbsolutePath();
        List<String> before = namesIn(started);
        Path state = dir.resolve("state");
        String screen = new ReplSession(state).type("echo hi > practice-note.txt\npwd\nexit\n").screen();
        assertThat(started.resolve("practice-note.txt")).doesNotExist();
        assertThat(namesIn(started)).isEqualTo(before);
        Path practice = state.resolve("practice").toRealPath();
        assertThat(Files.readString(practice.resolve("practice-note.txt"))).isEqualTo("hi\n");
        assertThat(screen).contains(practice + "\n");
    }

    @Test
    void theWelcomeNamesTheTutorsOwnWorkspaceAndPromisesTheStartingDirectoryStaysAsItIs() throws Exception {
        Path state = dir.resolve("state");
        String screen = flowing(new ReplSession(state).type("exit\n").screen());
        assertThat(screen).contains("Your files live in the tutor's own workspace")
                .contains(state.resolve("practice").toRealPath().toString())
                .contains("the directory you started the tutor in stays as it is")
                .doesNotContain("nothing on your computer changes");
        String korean = flowing(new ReplSession(dir.resolve("state-ko")).locale(Locale.KOREAN).type("exit\n").screen());
        assertThat(korean).contains("튜터 전용 작업 공간").contains("튜터를 시작한 디렉터리는 그대로입니다");
    }

    @Test
    void aNamedWorkspaceIsWhereFreePracticeWritesAndEveryStartSaysItReallyChanges() throws Exception {
        Path ws = Files.createDirectory(dir.resolve("mine"));
        ReplSession session = new ReplSession(dir.resolve("state")).workspace(ws);
        String first = flowing(session.type("echo hi > note.txt\nexit\n").screen());
        assertThat(Files.readString(ws.resolve("note.txt"))).isEqualTo("hi\n");
        assertThat(first).contains("the directory you chose with --workspace").contains(ws.toString());
        String again = flowing(session.type("exit\n").screen());
        assertThat(again).contains("Welcome back").contains("what your commands do there really changes it");
        assertThat(dir.resolve("state").resolve("practice")).doesNotExist();
    }
}
