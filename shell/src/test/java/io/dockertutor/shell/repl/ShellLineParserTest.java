package io.dockertutor.shell.repl;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellLineParserTest {
    private final ShellLineParser parser = new ShellLineParser();

    @ParameterizedTest
    @ValueSource(strings = {"echo a \\", "cat <<EOF\nline", "echo 'open", "docker ps &&", "ls |", "echo \"$(date"})
    void anUnfinishedCommandAsksForAnotherLine(String text) {
        assertThatThrownBy(() -> parser.parse(text, text.length(), Parser.ParseContext.ACCEPT_LINE)).isInstanceOf(EOFError.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker ps", "cat <<EOF\nline\nEOF", "echo a \\\nb", "", "echo )", "hint"})
    void aFinishedCommandOrASyntaxErrorIsAccepted(String text) {
        assertThatCode(() -> parser.parse(text, text.length(), Parser.ParseContext.ACCEPT_LINE)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo 'open", "cat <<EOF"})
    void completionStillSplitsAnUnfinishedLineIntoWords(String text) {
        assertThatCode(() -> parser.parse(text, text.length(), Parser.ParseContext.COMPLETE)).doesNotThrowAnyException();
    }
}
