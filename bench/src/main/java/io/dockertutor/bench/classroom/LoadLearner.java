package io.dockertutor.bench.classroom;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.Step;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One learner as a browser is one: joins with a name ({@code POST /join}, keeping the session cookie), opens the
 * terminal's WebSocket and types each lesson's solution, one command at a time, waiting for the prompt to come back
 * (the command's round trip), then for the step's ✓. A command whose prompt does not come back within the timeout,
 * a step whose check does not pass and a dropped connection are failures. Commands that download an image, and
 * {@code start} (its setup pulls the lesson's images), are timed apart: the tutor paces pulls on purpose.
 */
final class LoadLearner {
    private static final Pattern ANSI = Pattern.compile("\u001B(\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|[()][0-9A-Za-z]|[=>78])");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Screen frames received by every learner of this process, and their bytes: what the server sent. */
    static final java.util.concurrent.atomic.LongAdder FRAMES = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder FRAME_BYTES = new java.util.concurrent.atomic.LongAdder();

    private final HttpClient http;
    private final String base;
    private final String name;
    private final Latencies latencies;
    private final Latencies pulls;
    private final Duration think;
    private final Random random;
    private final ScreenBytes screen = new ScreenBytes();
    /**
     * serve's own limit on Enter ({@code InputLimits}: a burst of 100, then 20 a second), kept here so that a learner
     * walking faster than any person types (the solo baseline, a here-document's lines) waits before it sends
     * instead of having its line refused. The wait is before the command is typed, never inside its round trip.
     */
    private static final int ENTER_BURST = 100;
    private static final int ENTERS_PER_SECOND = 20;
    /** Milliseconds all learners of this process held a line back for serve's Enter limit. */
    static final java.util.concurrent.atomic.LongAdder HELD_BACK_MILLIS = new java.util.concurrent.atomic.LongAdder();
    private double enters;
    private long refilledAt;
    private volatile boolean closed;
    private WebSocket socket;
    int failures;
    int commands;

    LoadLearner(HttpClient http, String base, String name, Latencies latencies, Latencies pulls, Duration think, long seed) {
        this.http = http;
        this.base = base;
        this.name = name;
        this.latencies = latencies;
        this.pulls = pulls;
        this.think = think;
        this.random = new Random(seed);
    }

    void join() throws IOException, InterruptedException {
        String form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&lang=en";
        HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(base + "/join"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (joined.statusCode() != 200) {
            throw new IOException(name + ": join answered " + joined.statusCode() + ": " + joined.body());
        }
        String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow(() -> new IOException(name + ": no session cookie"));
        try {
            socket = http.newWebSocketBuilder().header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                    .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws/term?cols=120&rows=40"), new Listener())
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(name + ": the terminal's WebSocket did not open: " + e, e);
        }
        if (!awaitPrompt(0)) {
            throw new IOException(name + ": no prompt after joining");
        }
        // serve's count of Enters starts with the terminal's session; this one must not start earlier, or it would
        // believe in Enters that the join's seconds refilled here and not there
        enters = ENTER_BURST - 1; // one Enter short of serve's burst: the two clocks are read a moment apart
        refilledAt = System.nanoTime();
    }

    /** Walks each lesson's steps by their solutions; answers normally even when steps failed (they are counted). */
    void walk(List<Lesson> lessons) throws InterruptedException {
        for (Lesson lesson : lessons) {
            if (closed || !command("start " + lesson.id())) {
                return;
            }
            for (Step step : lesson.steps()) {
                int from = length();
                for (String line : step.solution()) {
                    pause();
                    if (closed || !command(line)) {
                        return;
                    }
                }
                if (!seen(CHECK_PASSED, from)) {
                    failures++;
                }
            }
        }
    }

    /** Types {@code line} {@code times} times, each as soon as the prompt is back. */
    void repeat(String line, int times) throws InterruptedException {
        for (int i = 0; i < times && !closed; i++) {
            if (!command(line)) {
                return;
            }
        }
    }

    private void pause() throws InterruptedException {
        if (!think.isZero()) {
            // Think time spread evenly over half to one and a half of the mean, as people type at different speeds.
            Thread.sleep((long) (think.toMillis() * (0.5 + random.nextDouble())));
        }
    }

    /** Types one command (several lines for a here-document) and times it until the prompt is back. */
    private boolean command(String line) throws InterruptedException {
        String typed = line.strip().replace("\n", "\r") + "\r";
        holdForEnterLimit((int) typed.chars().filter(c -> c == '\r').count());
        int from = length();
        long start = System.nanoTime();
        socket.sendBinary(ByteBuffer.wrap(typed.getBytes(StandardCharsets.UTF_8)), true).join();
        commands++;
        if (!awaitPrompt(from)) {
            failures++;
            return false;
        }
        long took = System.nanoTime() - start;
        // A pull that downloads is paced to about a second on purpose (tutor's PacedPulls: bars that jump straight to
        // "Pull complete" teach nothing), and so are the pulls of a lesson's setup when it starts; both are timed
        // apart, so that the pacing is not taken for the server's delay.
        boolean paced = line.startsWith("start ") || seen(DOWNLOADING, from);
        (paced ? pulls : latencies).add(took, line);
        return true;
    }

    private void holdForEnterLimit(int count) throws InterruptedException {
        refillEnters();
        if (enters < count) {
            long wait = (long) Math.ceil((count - enters) * 1000.0 / ENTERS_PER_SECOND) + 1;
            HELD_BACK_MILLIS.add(wait);
            Thread.sleep(wait);
            refillEnters();
        }
        enters -= count;
    }

    private void refillEnters() {
        long now = System.nanoTime();
        enters = Math.min(ENTER_BURST, enters + (now - refilledAt) / 1e9 * ENTERS_PER_SECOND);
        refilledAt = now;
    }

    /**
     * Whether the screen after {@code from} comes to rest on the tutor's prompt ({@code $ } or {@code [lesson n/m] $ }).
     * Woken by each frame that arrives; only the screen's tail is looked at, so waiting costs the server nothing.
     */
    private boolean awaitPrompt(int from) throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (screen) {
            while (!closed) {
                if (screen.size() > from && endsInPrompt(from)) {
                    return true;
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                screen.wait(Math.max(1, left / 1_000_000));
            }
        }
        return false;
    }

    private boolean endsInPrompt(int from) {
        int size = screen.size();
        if (!screen.tailHas(PROMPT_END, Math.max(from, size - 64))) {
            return false; // most frames (a progress bar's redraw) end far from a prompt: no decoding for them
        }
        int start = Math.max(from, size - 512);
        String tail = ANSI.matcher(screen.decode(start, size))
                .replaceAll("").replace("\r", "");
        int newline = tail.lastIndexOf('\n');
        return newline >= 0 && tail.substring(newline + 1).stripLeading().endsWith("$ ");
    }

    private int length() {
        synchronized (screen) {
            return screen.size();
        }
    }

    /**
     * Whether {@code bytes} came after {@code from}, looked for in the raw screen: both marks are plain text in one
     * write (styles around them, never inside), and decoding and stripping a pull's whole output to find them was a
     * fifth of the generator's processor.
     */
    private boolean seen(byte[] bytes, int from) {
        synchronized (screen) {
            return screen.tailHas(bytes, from);
        }
    }

    /** Ends the learner's tutor session ({@code exit}), so that it no longer holds the server's memory. */
    void exit() {
        if (!closed) {
            socket.sendBinary(ByteBuffer.wrap("exit\r".getBytes(StandardCharsets.UTF_8)), true).join();
        }
    }

    void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            FRAMES.increment();
            FRAME_BYTES.add(bytes.length);
            synchronized (screen) {
                screen.writeBytes(bytes);
                screen.notifyAll();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            ended();
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            ended();
        }

        private void ended() {
            synchronized (screen) {
                closed = true;
                screen.notifyAll();
            }
        }
    }

    /** The check's mark, and what a pull that downloads prints. */
    private static final byte[] CHECK_PASSED = "✓".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOWNLOADING = "Pulling fs layer".getBytes(StandardCharsets.UTF_8);

    /** How the tutor's prompt ends: {@code $ } or {@code [lesson n/m] $ }. */
    private static final byte[] PROMPT_END = "$ ".getBytes(StandardCharsets.UTF_8);

    /**
     * Everything the learner's screen received. Read in place: copying the whole screen at every frame, to look at
     * its last line, was most of the generator's own processor, taken from the server it measures.
     */
    private static final class ScreenBytes extends ByteArrayOutputStream {
        /** Whether {@code bytes} occur at or after {@code from}. */
        synchronized boolean tailHas(byte[] bytes, int from) {
            for (int i = Math.max(0, from); i + bytes.length <= count; i++) {
                if (java.util.Arrays.equals(buf, i, i + bytes.length, bytes, 0, bytes.length)) {
                    return true;
                }
            }
            return false;
        }

        synchronized String decode(int from, int to) {
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
    }
}
