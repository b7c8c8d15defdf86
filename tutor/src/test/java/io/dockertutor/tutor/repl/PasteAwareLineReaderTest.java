package io.dockertutor.tutor.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.NonBlockingInputStream;
import org.junit.jupiter.api.Test;

/**
 * A paste read by the tutor's line reader on an xterm without bracketed paste: whole, and drawn once it is in.
 *
 * <p>The keys reach the reader with no thread in between: the whole paste is waiting before the first key is read,
 * as in a real terminal's buffer. An {@code ExternalTerminal} would not do: its pump thread starts echoing the keys
 * (cooked mode) before {@code readLine} turns the echo off, and it refills a 1 KB pipe on its own schedule, so on a
 * loaded machine the reader's 1 ms look-ahead found the pipe empty mid-paste and drew the lines as typed ones.
 */
class PasteAwareLineReaderTest {
    /** The pasted keys, all waiting at once, then a quiet keyboard until the terminal closes. */
    private static final class PastedKeys extends NonBlockingInputStream {
        private byte[] keys;
        private int next;
        private boolean closed;

        PastedKeys(String keys) {
            this.keys = keys.getBytes(StandardCharsets.UTF_8);
        }

        /** Keys typed later, after the ones waiting so far. */
        synchronized void type(String more) {
            byte[] added = more.getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(keys, keys.length + added.length);
            System.arraycopy(added, 0, all, keys.length, added.length);
            keys = all;
            notifyAll();
        }

        /** Reads with a timeout (peeks) that found no key waiting: each waits a tenth of a second on a real terminal. */
        int emptyPeeks;

        @Override
        public synchronized int read(long timeout, boolean isPeek) throws IOException {
            if (timeout > 0 && next >= keys.length) {
                emptyPeeks++;
            }
            if (next < keys.length) {
                return isPeek ? keys[next] & 0xff : keys[next++] & 0xff;
            }
            long deadline = System.currentTimeMillis() + timeout;
            while (!closed && next >= keys.length) {
                long left = timeout <= 0 ? 0 : deadline - System.currentTimeMillis();
                if (timeout > 0 && left <= 0) {
                    return READ_EXPIRED;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
            return next < keys.length ? read(timeout, isPeek) : EOF;
        }

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
        }
    }

    private record Read(String line, String screen) {
    }

    private static Read paste(String keys) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "xterm-256color", new PastedKeys(keys), screen,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            Map<String, Object> variables = new HashMap<>();
            variables.put(LineReader.SECONDARY_PROMPT_PATTERN, "> ");
            PasteAwareLineReader reader = new PasteAwareLineReader(terminal, "test", variables);
            reader.setParser(new ShellLineParser());
            reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
            String line = reader.readLine("$ ");
            return new Read(line, screen.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPastedFortyKilobyteLineIsReadWholeAndShownWithItsEnd() throws IOException {
        String line = "echo " + "word ".repeat(8_000) + "END-OF-PASTE";
        Read read = paste(line + "\n");
        assertThat(read.line()).isEqualTo(line);
        assertThat(read.screen()).contains("END-OF-PASTE");
    }

    @Test
    void aPastedHereDocumentIsOneCommandUpToItsTerminator() throws IOException {
        StringBuilder text = new StringBuilder("cat > notes.txt <<EOF");
        for (int i = 0; i < 300; i++) {
            text.append("\nline ").append(i).append(" EOFX");
        }
        text.append("\nEOF");
        Read read = paste(text + "\necho next\n");
        assertThat(read.line()).isEqualTo(text.toString());
        assertThat(read.screen()).contains("line 299 EOFX");
    }

    @Test
    void aKeyTypedWithNothingWaitingIsDrawnWithoutWaitingForAnother() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PastedKeys keys = new PastedKeys("");
        try (Terminal terminal = new DumbTerminal("test", "xterm-256color", keys, screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            // The operating system says no byte waits (FIONREAD 0): the reader must not peek, which on JLine's
            // real terminal waits 100 ms before the prompt and before each echo.
            PasteAwareLineReader reader = new PasteAwareLineReader(terminal, "test", new HashMap<>(),
                    InputStream.nullInputStream());
            reader.onFirstPrompt(() -> keys.type("ls\n"));
            assertThat(reader.readLine("$ ")).isEqualTo("ls");
        }
        assertThat(keys.emptyPeeks).isZero();
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("$ ").contains("ls");
    }

    @Test
    void theFirstPromptTaskRunsOnceWithThePromptAlreadyOnTheScreen() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PastedKeys keys = new PastedKeys("");
        List<String> screenWhenRun = new ArrayList<>();
        try (Terminal terminal = new DumbTerminal("test", "xterm-256color", keys, screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            PasteAwareLineReader reader = new PasteAwareLineReader(terminal, "test", new HashMap<>());
            reader.onFirstPrompt(() -> {
                screenWhenRun.add(screen.toString(StandardCharsets.UTF_8));
                keys.type("ls\n");
            });
            assertThat(reader.readLine("first$ ")).isEqualTo("ls");
            keys.type("pwd\n");
            assertThat(reader.readLine("second$ ")).isEqualTo("pwd");
        }
        assertThat(screenWhenRun).hasSize(1);
        assertThat(screenWhenRun.get(0)).contains("first$ ");
    }
}
