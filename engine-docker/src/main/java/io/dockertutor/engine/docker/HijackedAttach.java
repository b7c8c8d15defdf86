package io.dockertutor.engine.docker;

import io.dockertutor.engine.Interruption;
import io.dockertutor.engine.Prompter;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code POST /containers/{id}/attach} with standard input over a connection of its own, hijacked as the docker CLI
 * hijacks it: when the input ends the connection's write side is shut ({@code CloseWrite}), so a container created
 * with {@code StdinOnce} sees end of file and {@code echo hi | docker run -i busybox cat} ends. docker-java's
 * Apache HttpClient 5 transport never half-closes a hijacked stream (docker-java#1448, its own test skips the case),
 * so {@code cat} would wait forever. Unix sockets and plain TCP only; a TLS endpoint keeps docker-java's attach.
 *
 * <p>The output is the daemon's stream as it comes: raw with a terminal, else frames of an 8-byte header (stream,
 * three zero bytes, big-endian length) and the payload, written to {@code out} (1) or {@code err} (2).
 */
final class HijackedAttach implements AutoCloseable {
    /** How long the output must have been quiet before the keyboard is read again (the shell has answered). */
    private static final long SETTLED_MILLIS = 150;
    /**
     * How long a program in a terminal may take to say its first word (a shell's prompt) after the start: a busy
     * engine can take longer than {@link #SETTLED_MILLIS} to start it, and the first prompt must not be missed.
     */
    private static final long FIRST_WORD_MILLIS = 2000;
    private static final String CURSOR_QUERY = "\u001b[6n";

    private final SocketChannel channel;
    private final Thread reader;
    /** At a line editor ({@link Prompter}): the output's unfinished last line (the shell's prompt), held back. */
    private final boolean keyboard;
    private final ByteArrayOutputStream heldBack = new ByteArrayOutputStream();
    private volatile long lastOutput = System.nanoTime();
    private volatile boolean heard;
    private volatile long sentAt = System.nanoTime();
    /** With a terminal, the container's terminal echoes each line sent; the line editor has shown it already. */
    private final boolean tty;
    private byte[] echo = new byte[0];
    private int echoed;

    private HijackedAttach(SocketChannel channel, DataInputStream response, boolean tty, InputStream in, OutputStream out,
                           OutputStream err) {
        this.channel = channel;
        this.keyboard = in instanceof Prompter;
        this.tty = tty;
        this.reader = new Thread(() -> copyOutput(response, tty, out, err), "docker-tutor-attach-output");
        reader.setDaemon(true);
        reader.start();
        if (!keyboard) {
            Thread writer = new Thread(() -> copyInput(in), "docker-tutor-attach-input");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /**
     * Standard input from a line editor, read in the calling thread (the editor is read by one thread only, and
     * none may still be reading once the container is gone): whenever the output has settled, the shell's prompt
     * (the output's unfinished line) is handed to the editor, one line is read and sent; Ctrl-D sends end of file.
     * Returns when {@code exited} holds, after the end of input, or on Ctrl-C at a program that is not a shell.
     */
    void converse(InputStream in, BooleanSupplier exited) throws IOException {
        if (!keyboard) {
            return;
        }
        byte[] buffer = new byte[8192];
        while (!settle(exited)) {
            ((Prompter) in).prompt(takeHeldBack());
            int n = in.read(buffer);
            if (n < 0 && tty && Interruption.clear()) {
                // Ctrl-C while a program in the container's terminal runs: the terminal sends ^C, as a real one does.
                send(new byte[] {3}, 1);
                sentAt = System.nanoTime();
                continue;
            }
            if (n < 0) {
                channel.shutdownOutput();
                return;
            }
            send(buffer, n);
            while (n > 0 && buffer[n - 1] != '\n' && (n = in.read(buffer)) > 0) {
                send(buffer, n);  // the rest of a line longer than the buffer
            }
            sentAt = System.nanoTime();
        }
    }

    private void send(byte[] buffer, int n) throws IOException {
        if (tty && buffer[0] != 3) {
            expectEcho(new String(buffer, 0, n, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        writeAll(channel, buffer, n);
    }

    private synchronized void expectEcho(byte[] line) {
        byte[] rest = java.util.Arrays.copyOfRange(echo, echoed, echo.length);
        echo = java.util.Arrays.copyOf(rest, rest.length + line.length);
        System.arraycopy(line, 0, echo, rest.length, line.length);
        echoed = 0;
    }

    /** The bytes left once the echo of what was sent is taken off their front. */
    private byte[] withoutEcho(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && echoed < echo.length && bytes[i] == echo[echoed]) {
            i++;
            echoed++;
        }
        if (i < bytes.length && echoed < echo.length) {
            echoed = echo.length;  // not an echo after all (the program turned it off): show the rest as it is
        }
        return i == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, i, bytes.length);
    }

    /** Waits until the container exited (true) or its output has been quiet a moment (false). */
    private boolean settle(BooleanSupplier exited) {
        while (!exited.getAsBoolean()) {
            if (!reader.isAlive()) {
                return true;  // the daemon ended the output: the process is gone
            }
            long quiet = (System.nanoTime() - lastOutput) / 1_000_000;
            long sinceSent = (System.nanoTime() - sentAt) / 1_000_000;
            long settled = tty && !heard ? FIRST_WORD_MILLIS : SETTLED_MILLIS;
            if (quiet >= settled && sinceSent >= 2 * SETTLED_MILLIS) {
                return exited.getAsBoolean();
            }
            if (!Interruption.sleep(25)) {
                return true;
            }
        }
        return true;
    }

    private synchronized String takeHeldBack() {
        String prompt = heldBack.toString(StandardCharsets.UTF_8);
        heldBack.reset();
        return prompt;
    }

    /** Writes what came; at a line editor, an unfinished last line is held back for the editor to draw. */
    private synchronized void show(OutputStream to, byte[] bytes, boolean standardOutput) throws IOException {
        lastOutput = System.nanoTime();
        heard = true;
        if (keyboard && tty) {
            // busybox ash asks the terminal where the cursor is (ESC [ 6 n) before each prompt; the line editor
            // must not pass that on, or the terminal's answer would arrive as typed keys. The shell does without.
            bytes = withoutEcho(new String(bytes, StandardCharsets.UTF_8).replace(CURSOR_QUERY, "").getBytes(StandardCharsets.UTF_8));
        }
        if (!keyboard || !standardOutput) {
            to.write(bytes);
            to.flush();
            return;
        }
        heldBack.write(bytes);
        byte[] all = heldBack.toByteArray();
        int end = all.length;
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        if (end > 0) {
            to.write(all, 0, end);
            to.flush();
            heldBack.reset();
            heldBack.write(all, end, all.length - end);
        }
    }

    /** Whatever is still held back, shown once the container is gone. */
    synchronized void flushHeldBack(OutputStream to) throws IOException {
        if (heldBack.size() > 0) {
            to.write(takeHeldBack().getBytes(StandardCharsets.UTF_8));
            to.flush();
        }
    }

    /** Whether this endpoint can be hijacked here: a unix socket, or TCP without TLS. */
    static boolean supports(DockerEndpoint endpoint) {
        return endpoint.scheme().equals("unix") || endpoint.scheme().equals("tcp") && !endpoint.tlsVerify()
                && endpoint.certPath() == null;
    }

    /**
     * Attaches to container {@code id}; its output flows to {@code out}/{@code err} and {@code in} to its standard
     * input from now on. A daemon error (no such container) is thrown as docker-java's would be, for DaemonErrors.
     */
    static HijackedAttach open(DockerEndpoint endpoint, String id, boolean tty, InputStream in, OutputStream out,
                               OutputStream err) {
        SocketChannel channel = null;
        try {
            channel = connect(endpoint);
            byte[] request = ("POST /containers/" + ApiJson.encode(id) + "/attach?stream=1&stdin=1&stdout=1&stderr=1 HTTP/1.1\r\n"
                    + "Host: docker\r\nUser-Agent: docker-tutor\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n"
                    + "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            writeAll(channel, request, request.length);
            DataInputStream response = new DataInputStream(new java.io.BufferedInputStream(inputOf(channel)));
            long[] statusAndLength = statusOf(response);
            if (statusAndLength[0] >= 300) {
                // The error's body is as long as its Content-Length says: the daemon may keep the connection open.
                int length = (int) Math.min(Math.max(statusAndLength[1], 0), 64 * 1024);
                ApiJson.failOnError((int) statusAndLength[0], response.readNBytes(length));
            }
            return new HijackedAttach(channel, response, tty, in, out, err);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Waits up to {@code millis} for the daemon to end the output (the process ended and its last bytes came). */
    void awaitOutput(long millis) throws InterruptedException {
        reader.join(TimeUnit.MILLISECONDS.toMillis(millis));
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static SocketChannel connect(DockerEndpoint endpoint) throws IOException {
        if (endpoint.scheme().equals("unix")) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(endpoint.host().getPath()));
            return channel;
        }
        int port = endpoint.host().getPort() < 0 ? 2375 : endpoint.host().getPort();
        return SocketChannel.open(new InetSocketAddress(endpoint.host().getHost(), port));
    }

    /** Reads the status line and headers; answers the status (101: switched) and the Content-Length (-1: none). */
    private static long[] statusOf(DataInputStream response) throws IOException {
        String statusLine = line(response);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer from the daemon: " + statusLine);
        }
        long length = -1;
        for (String header = line(response); !header.isEmpty(); header = line(response)) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).strip());
            }
        }
        return new long[] {Integer.parseInt(parts[1]), length};
    }

    private static String line(DataInputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("the daemon closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private void copyOutput(DataInputStream response, boolean tty, OutputStream out, OutputStream err) {
        byte[] buffer = new byte[8192];
        try {
            if (tty) {
                for (int n; (n = response.read(buffer)) >= 0; ) {
                    show(out, java.util.Arrays.copyOf(buffer, n), true);
                }
                return;
            }
            byte[] header = new byte[8];
            while (response.readNBytes(header, 0, 8) == 8) {
                int length = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                show(header[0] == 2 ? err : out, response.readNBytes(length), header[0] != 2);
            }
        } catch (IOException e) {
            // the connection closed: the output so far is all there is
        }
    }

    private void copyInput(InputStream in) {
        try {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                writeAll(channel, buffer, n);
            }
            channel.shutdownOutput();
        } catch (IOException e) {
            // the container ended or the connection closed: nothing more to send
        }
    }

    /**
     * The channel's bytes as a stream, read straight from the channel: {@code Channels.newInputStream} holds the
     * channel's blocking lock while it waits, and the input thread's writes would wait for the output's reads.
     */
    private static InputStream inputOf(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    private static void writeAll(SocketChannel channel, byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
