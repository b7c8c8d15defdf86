package io.dockertutor.bench;

import io.dockertutor.tutor.repl.PasteAwareLineReader;
import io.dockertutor.tutor.repl.ShellLineParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What pasting costs in the REPL, without bracketed paste (every character arrives as a key): one long line
 * ({@code shape=line}: {@code scale} x 2,000 characters) or a here-document ({@code shape=heredoc}: {@code scale} x
 * 20 lines of 40 characters) read by {@code readLine} on an xterm over pipes, with the tutor's reader
 * ({@code reader=paste-aware}) and with JLine's own ({@code reader=jline}, what the tutor used before). Going from
 * {@code scale=1} to {@code scale=10} should cost about 10 times more (linear), not 100 times (quadratic), once the
 * fixed cost measured at {@code scale=0} is taken off; both readers run in the same invocation so the two ratios
 * are measured side by side. The parser's own share is in
 * {@link ShellParseBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
public class ReplPasteBenchmark {
    @Param({"paste-aware", "jline"})
    public String reader;

    @Param({"line", "heredoc"})
    public String shape;

    /** 0 measures the fixed cost (a terminal, a reader, a short command) to take off the other two. */
    @Param({"0", "1", "10"})
    public int scale;

    private String input;
    private String expected;

    @Setup
    public void setUp() {
        StringBuilder text = new StringBuilder();
        if (shape.equals("line")) {
            text.append("echo ").append("word ".repeat(400 * scale));
        } else {
            text.append("cat > notes.txt <<EOF");
            for (int i = 0; i < 20 * scale; i++) {
                text.append('\n').append(String.format("%-39s", "line " + i + " of the pasted notes"));
            }
            text.append("\nEOF");
        }
        expected = text.toString();
        input = expected + "\n";
    }

    @Benchmark
    public String readPastedInput() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // A terminal emulated in Java over streams (no pty, whose line discipline would cut long lines).
        try (Terminal terminal = new ExternalTerminal("bench", "xterm-256color",
                new KeysThenSilence(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(120, 40));
            Map<String, Object> variables = new HashMap<>();
            variables.put(LineReader.SECONDARY_PROMPT_PATTERN, "> ");
            LineReaderImpl lineReader = reader.equals("jline") ? new LineReaderImpl(terminal, "bench", variables)
                    : new PasteAwareLineReader(terminal, "bench", variables);
            lineReader.setParser(new ShellLineParser());
            lineReader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
            String line = lineReader.readLine("$ ");
            if (!line.equals(expected)) {
                throw new IllegalStateException("read " + line.length() + " characters of " + expected.length());
            }
            return line;
        }
    }

    /** The pasted keys, then nothing: reads block (as a quiet keyboard does) until the terminal closes. */
    private static final class KeysThenSilence extends InputStream {
        private final byte[] keys;
        private int next;
        private boolean closed;

        KeysThenSilence(byte[] keys) {
            this.keys = keys;
        }

        @Override
        public synchronized int read() throws IOException {
            while (next >= keys.length && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }
            return closed ? -1 : keys[next++] & 0xff;
        }

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
}
