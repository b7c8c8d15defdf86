package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Interruption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C at the keyboard as a command's standard input, over a dumb terminal. */
class KeyboardInputTest {
    @TempDir
    Path state;

    @AfterEach
    void forget() {
        Interruption.clear();
    }

    private KeyboardInput keyboard(String typed) throws Exception {
        Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        // Ctrl-C as a terminal's line discipline turns it into SIGINT (ISIG with VINTR = ^C).
        org.jline.terminal.Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(attributes);
        ReplSettings settings = new ReplSettings(Locale.ENGLISH, "sim", null, null, false, () -> null, state);
        return new KeyboardInput(Repl.lineReader(terminal, settings, null, null));
    }

    private static String line(KeyboardInput in) throws Exception {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            s.append((char) b);
        }
        return b < 0 ? null : s.toString();
    }

    @Test
    void ctrlCAtAContainerShellsPromptGivesItAnEmptyLineAndTheShellReadsOn() throws Exception {
        KeyboardInput in = keyboard("echo typed\u0003echo after\n");
        in.prompt("/ # ");
        assertThat(line(in)).isEmpty();
        in.prompt("/ # ");
        assertThat(line(in)).isEqualTo("echo after");
        assertThat(Interruption.pressed()).isFalse();
    }

    @Test
    void ctrlCWhileAProgramReadsTheKeyboardEndsItsInputAndInterruptsTheCommand() throws Exception {
        KeyboardInput in = keyboard("first\npartial\u0003");
        assertThat(line(in)).isEqualTo("first");
        assertThat(line(in)).isNull();
        assertThat(Interruption.pressed()).isTrue();
    }
}
