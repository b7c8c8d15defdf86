package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.sh.ShellSyntax;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
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

    @Test
    void aHereDocumentPastedLineByLineIsFinishedExactlyAtItsTerminator() {
        StringBuilder text = new StringBuilder("cat > f <<EOF");
        for (int i = 0; i < 300; i++) {
            assertThat(parser.isComplete(text.toString())).as("after %d body lines", i).isFalse();
            text.append('\n').append("line ").append(i).append(" EOF not yet $(echo x)");
        }
        assertThat(parser.isComplete(text + "\nEOFX")).isFalse();
        assertThat(parser.isComplete(text + "\nEOF")).isTrue();
        assertThat(ShellSyntax.isComplete(text + "\nEOF")).isTrue();
    }

    @Test
    void theLineByLineShortcutAgreesWithAFullParseWhenTheTextChangesUnderIt() {
        assertThat(parser.isComplete("cat <<A\none")).isFalse();
        assertThat(parser.isComplete("echo 'x")).isFalse(); // a different buffer: parsed afresh
        assertThat(parser.isComplete("cat <<A\none\nA")).isTrue();
    }

    @Test
    void aFortyKilobyteLineIsOneCompleteCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String line = "echo " + "word ".repeat(8_000);
        assertThat(parser.isComplete(line)).isTrue();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        io.dockertutor.sh.ShellSession shell = new io.dockertutor.sh.ShellSession("t",
                io.dockertutor.hostfs.ConfinedFileView.workspace(dir),
                io.dockertutor.sh.builtins.BuiltinTable.standard(), null, java.util.Locale.ENGLISH);
        shell.run(line, out, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("word ".repeat(8_000).strip() + "\n");
    }
}
