package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyValueFilesTest {

    @Test
    void envFileKeepsValuesAsWrittenAndDropsCommentsBlanksAndUnsetNames() throws OptionError {
        String text = "\uFEFF# comment\n\n  A=1\nB= spaced value \r\nUNSET\nC=\n";
        assertThat(KeyValueFiles.parse("env", text.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("A=1", "B= spaced value ", "C=");
    }

    @Test
    void namesWithBlanksOrMissingAreRefused() {
        assertThatThrownBy(() -> KeyValueFiles.parse("env", "MY VAR=1\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("poorly formatted environment: variable 'MY VAR' contains whitespaces");
        assertThatThrownBy(() -> KeyValueFiles.parse("env", "=1\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("poorly formatted environment: no variable name on line '=1'");
    }

    @Test
    void filesAreReadThroughTheLearnersFiles(@TempDir Path ws) throws Exception {
        Files.writeString(ws.resolve("app.env"), "MODE=dev\n");
        assertThat(KeyValueFiles.read("app.env", HostFiles.under(ws))).containsExactly("MODE=dev");
        assertThatThrownBy(() -> KeyValueFiles.read("nosuch", HostFiles.under(ws))).hasMessage("open nosuch: no such file or directory");
    }
}
