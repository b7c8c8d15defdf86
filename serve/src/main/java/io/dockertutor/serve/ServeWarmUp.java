package io.dockertutor.serve;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.lessons.Step;
import io.dockertutor.serve.store.ClassDatabase;
import io.dockertutor.serve.web.ServerSettings;
import io.dockertutor.serve.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Practice learners walk the class's first lessons on a private server before the real one is announced, so that the
 * first class is served by compiled code. The JVM compiles a method after some tens of calls; a cold server ran a
 * whole class's joins and first commands interpreted, and a class that joins and starts lesson 1 together waited for
 * it (bench/README.md, "Classroom load"). The private server is a second {@link WebServer} on a free port of the
 * loopback address, with its own SQLite database and learners' directories in a temporary directory, deleted after:
 * nothing of the warm-up reaches the class's database, directories or teacher's grid. Best effort: a learner that
 * cannot go on stops, and serving never waits on it for more than {@link #BUDGET}.
 */
final class ServeWarmUp {
    /** How many first lessons each practice learner walks: what a class does first, and all that is needed to compile. */
    static final int LESSONS = 3;
    /** The most practice learners {@code --warm-up} takes: a class of 200 is what the server is measured for. */
    static final int MAX_LEARNERS = 200;
    /** The longest the warm-up may take; practice learners still walking are left behind (closed with the server). */
    static final Duration BUDGET = Duration.ofSeconds(60);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
    /** How much of the screen's end is looked at for the prompt: the prompt and the escapes around it. */
    private static final int TAIL_BYTES = 512;
    private static final Pattern ANSI = Pattern.compile("\u001B(\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|[()][0-9A-Za-z]|[=>78])");

    private final ServerSettings settings;
    private final int learners;

    ServeWarmUp(ServerSettings settings, int learners) {
        this.settings = settings;
        this.learners = learners;
    }

    /** Runs the practice class; returns how many commands got their prompt back. */
    int run() throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("docker-tutor-warm-up-");
        ServerSettings practice = new ServerSettings("127.0.0.1", 0, "warm-up", null, settings.lessons(), scratch,
                Duration.ofMinutes(5), Locale.ENGLISH, learners + 1, learners + 1, learners + 1, false);
        WebServer server;
        try {
            server = WebServer.start(practice, ClassDatabase.open(null, scratch));
        } catch (RuntimeException e) {
            delete(scratch);
            throw e;
        }
        ExecutorService walkers = Executors.newFixedThreadPool(learners, daemons("warm-up-learner"));
        ExecutorService io = Executors.newFixedThreadPool(2, daemons("warm-up-io"));
        // Ended once, by whichever comes first: the warm-up's end, or Ctrl-C during it (the JVM then leaves without
        // this method's finally). The practice tutors end first (each saves its history), then their directory goes.
        AtomicBoolean ended = new AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                walkers.shutdownNow();
                io.shutdownNow();
                try {
                    server.close();
                } finally {
                    delete(scratch);
                }
            }
        };
        Thread onExit = new Thread(end, "warm-up-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            List<Lesson> lessons = firstLessons();
            HttpClient http = HttpClient.newBuilder().executor(io).connectTimeout(COMMAND_TIMEOUT).build();
            String base = "http://127.0.0.1:" + server.port();
            List<Future<Integer>> walks = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                String name = "practice " + (i + 1);
                walks.add(walkers.submit(() -> new Walker(http, base, name).walk(lessons)));
            }
            walkers.shutdown();
            walkers.awaitTermination(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            int answered = 0;
            for (Future<Integer> walk : walks) {
                answered += walk.isDone() && !walk.isCancelled() ? resultOf(walk) : 0;
            }
            return answered;
        } finally {
            end.run();
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is leaving: the hook finds the work done.
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private List<Lesson> firstLessons() throws IOException {
        LessonLibrary library = settings.lessons() == null ? LessonLibrary.bundled() : LessonLibrary.load(settings.lessons());
        List<Lesson> all = library.lessons();
        return all.subList(0, Math.min(LESSONS, all.size()));
    }

    private static int resultOf(Future<Integer> walk) {
        try {
            return walk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            return 0;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary directory: the system cleans it up in the end.
        }
    }

    /** One practice learner: joins as a browser does, types each step's solution and waits for the prompt. */
    private static final class Walker implements WebSocket.Listener {
        private final HttpClient http;
        private final String base;
        private final String name;
        /** What the screen received since the last command was typed. */
        private final java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        private boolean closed;

        Walker(HttpClient http, String base, String name) {
            this.http = http;
            this.base = base;
            this.name = name;
        }

        /** How many commands got their prompt back; stops at the first that does not. */
        int walk(List<Lesson> lessons) throws IOException, InterruptedException {
            HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(base + "/join"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=" + name.replace(' ', '+') + "&lang=en")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = joined.headers().firstValue("Set-Cookie").orElse("");
            if (joined.statusCode() != 200 || cookie.indexOf(';') < 0) {
                return 0;
            }
            WebSocket socket = http.newWebSocketBuilder().header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                    .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws/term?cols=120&rows=40"), this)
                    .join();
            int answered = 0;
            try {
                if (!prompted()) {
                    return 0;
                }
                for (Lesson lesson : lessons) {
                    if (!type(socket, "start " + lesson.id())) {
                        return answered;
                    }
                    answered++;
                    for (Step step : lesson.steps()) {
                        for (String line : step.solution()) {
                            if (!type(socket, line)) {
                                return answered;
                            }
                            answered++;
                        }
                    }
                }
                socket.sendBinary(ByteBuffer.wrap("exit\r".getBytes(StandardCharsets.UTF_8)), true).join();
                return answered;
            } finally {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "warmed up").exceptionally(e -> null);
            }
        }

        private boolean type(WebSocket socket, String line) throws InterruptedException {
            synchronized (this) {
                screen.reset();
            }
            socket.sendBinary(ByteBuffer.wrap((line.strip().replace("\n", "\r") + "\r")
                    .getBytes(StandardCharsets.UTF_8)), true).join();
            return prompted();
        }

        /** Whether the screen comes to rest on the tutor's prompt ({@code $ } or {@code [lesson n/m] $ }). */
        private synchronized boolean prompted() throws InterruptedException {
            long end = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
            while (!closed) {
                // Only the tail is read: a character cut at its start decodes to U+FFFD, far from the prompt.
                byte[] bytes = screen.toByteArray();
                int from = Math.max(0, bytes.length - TAIL_BYTES);
                String tail = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
                String text = ANSI.matcher(tail).replaceAll("").replace("\r", "");
                int newline = text.lastIndexOf('\n');
                if (text.substring(newline + 1).stripLeading().endsWith("$ ") && newline >= 0) {
                    return true;
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return false;
        }

        @Override
        public synchronized CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            screen.writeBytes(bytes);
            notifyAll();
            ws.request(1);
            return null;
        }

        @Override
        public synchronized CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed = true;
            notifyAll();
            return null;
        }

        @Override
        public synchronized void onError(WebSocket ws, Throwable error) {
            closed = true;
            notifyAll();
        }
    }
}
