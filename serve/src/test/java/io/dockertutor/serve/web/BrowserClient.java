package io.dockertutor.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * What a learner's browser does, with the JDK's HTTP client: joins with a name (keeping the session cookie), opens the
 * terminal's WebSocket, types keys and reads the screen as text.
 */
final class BrowserClient implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The server's address, {@code http://127.0.0.1:PORT}: in this process ({@link TestServer}) or a child's. */
    private final String base;
    final String cookie;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private WebSocket socket;
    volatile int closeCode = -1;

    private BrowserClient(String base, String cookie) {
        this.base = base;
        this.cookie = cookie;
    }

    static HttpResponse<String> post(TestServer server, String name, String lang, String code) throws Exception {
        return post(server.base(), name, lang, code);
    }

    static HttpResponse<String> post(String base, String name, String lang, String code) throws Exception {
        String form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&lang=" + lang
                + (code == null ? "" : "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/join"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static BrowserClient join(TestServer server, String name, String lang) throws Exception {
        return join(server.base(), name, lang);
    }

    static BrowserClient join(String base, String name, String lang) throws Exception {
        HttpResponse<String> answer = post(base, name, lang, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        return new BrowserClient(base, setCookie.substring(0, setCookie.indexOf(';')));
    }

    /** The same learner in another browser tab (or after a reload): the same cookie. */
    BrowserClient sameLearner() {
        return new BrowserClient(base, cookie);
    }

    BrowserClient connect() throws Exception {
        return connect("/ws/term?cols=120&rows=40", cookie);
    }

    BrowserClient connect(String path, String cookieHeader) throws Exception {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        if (cookieHeader != null) {
            builder.header("Cookie", cookieHeader);
        }
        socket = builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + path), new Listener())
                .get(10, TimeUnit.SECONDS);
        return this;
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            synchronized (screen) {
                screen.writeBytes(bytes);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeCode = statusCode;
            return null;
        }
    }

    void type(String keys) {
        socket.sendBinary(ByteBuffer.wrap(keys.getBytes(StandardCharsets.UTF_8)), true).join();
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Types a line and waits for {@code expected} to appear on the screen after it. */
    String run(String line, String expected) throws InterruptedException {
        int before = screen().length();
        type(line + "\r");
        return awaitAfter(before, expected, Duration.ofSeconds(20));
    }

    /** Starts the first bundled lesson and passes its first step ({@code docker version}); the second is on screen. */
    void passTheFirstStep() throws InterruptedException {
        await("$ ");
        run("start", "step 1 of");
        run("docker version", "✓");
        await("step 2 of");
    }

    String await(String expected) throws InterruptedException {
        return awaitAfter(0, expected, Duration.ofSeconds(20));
    }

    String awaitAfter(int from, String expected, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String now = screen();
            if (now.length() > from && now.substring(from).contains(expected)) {
                return now.substring(from);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not on the screen after " + timeout + ": " + expected + "\n--- screen:\n" + screen());
    }

    int awaitClose() throws InterruptedException {
        for (int i = 0; i < 500 && closeCode < 0; i++) {
            Thread.sleep(20);
        }
        return closeCode;
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }

    static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
