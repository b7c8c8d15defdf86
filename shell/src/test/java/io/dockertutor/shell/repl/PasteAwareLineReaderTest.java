package io.dockertutor.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** A paste read by the tutor's line reader on an xterm without bracketed paste: whole, and drawn once it is in. */
class PasteAwareLineReaderTest {
    /** The pasted keys, then a quiet keyboard until the terminal closes. */
    private static final class KeysThenSilence extends InputStream {
        private final byte[] keys;
        private int next;
        private boolean closed;

        KeysThenSilence(String keys) {
            this.keys = keys.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public synchronized int read() throws IOException {
            while (next >= keys.length && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
            return closed ? -1 : keys[next++] & 0xff;
        }

        /** Whatever keys are left, at least one (waiting for it): never waits once some were read. */
        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int first = read();
            if (first < 0) {
                return -1;
            }
            b[off] = (byte) first;
            int n = 1;
            while (n < len && next < keys.length) {
                b[off + n++] = keys[next++];
            }
            return n;
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
        try (Terminal terminal = new ExternalTerminal("test", "xterm-256color", new KeysThenSilence(keys), screen,
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
}
