package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.cli.command.DisplayWidth;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tutor's messages wrap at spaces to the terminal's width, Korean counted two columns a syllable. */
class MessagesWrapTest {
    @TempDir
    Path state;

    private static List<String> after(String screen, String marker) {
        return screen.substring(screen.indexOf(marker) + marker.length()).lines().toList();
    }

    private static String flowing(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void onANarrowTerminalNoMessageLineIsWiderThanItAndNoWordIsCut() throws Exception {
        String screen = new ReplSession(state).columns(40).type("help\nexit\n").screen();
        List<String> lines = after(screen, "$ help");
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(40));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("(Ctrl-D"));
        assertThat(flowing(screen)).contains(flowing(new TutorMessages(Locale.ENGLISH).get("help.exit")));
    }

    @Test
    void koreanMessagesWrapBetweenWordsByDisplayWidth() throws Exception {
        String screen = new ReplSession(state).locale(Locale.KOREAN).columns(40).type("help\nexit\n").screen();
        List<String> lines = after(screen, "$ help");
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(40));
        assertThat(lines.stream().filter(l -> DisplayWidth.of(l) > 30)).isNotEmpty();
        TutorMessages ko = new TutorMessages(Locale.KOREAN);
        for (String key : List.of("help.exit", "help.lessons", "help.solution")) {
            assertThat(flowing(screen)).contains(flowing(ko.get(key)));
        }
    }

    @Test
    void aWideTerminalKeepsEachMessageOnOneLine() throws Exception {
        String screen = new ReplSession(state).columns(200).type("help\nexit\n").screen();
        assertThat(screen).contains(new TutorMessages(Locale.ENGLISH).get("help.exit"));
    }
}
