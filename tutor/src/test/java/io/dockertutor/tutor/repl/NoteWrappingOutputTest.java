package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NoteWrappingOutputTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PrintStream command = new PrintStream(new NoteWrappingOutput(screen, () -> 40), true, StandardCharsets.UTF_8);

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTutorsNoteAmongACommandsOutputWrapsBetweenWords() {
        command.println("docker-tutor: web keeps running. Real docker would now hold this terminal until you press Ctrl-C.");

        assertThat(screen().split("\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40))
                .anySatisfy(line -> assertThat(line).endsWith("Ctrl-C."));
        assertThat(screen().replace("\n", " ")).contains("until you press Ctrl-C.");
    }

    @Test
    void aKoreanNoteWrapsByDisplayWidthAndNotInsideAWord() {
        command.println("docker-tutor: web은 계속 실행 중입니다. 실제 docker라면 Ctrl-C를 누를 때까지 이 터미널을 붙잡습니다.");

        assertThat(screen()).contains("\n").contains("Ctrl-C를").contains("붙잡습니다.");
    }

    @Test
    void theCommandsOwnLinesPassUntouchedHoweverLong() {
        String wide = "CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES";
        command.println(wide);
        command.println("docker: Error response from daemon: Conflict. The container name \"/web\" is already in use.");

        assertThat(screen()).isEqualTo(wide + "\ndocker: Error response from daemon: Conflict. The container name \"/web\" is already in use.\n");
    }

    @Test
    void anUnfinishedLineShowsAtTheFlush() throws IOException {
        command.print("/ # ");
        command.flush();

        assertThat(screen()).isEqualTo("/ # ");
    }
}
