package io.dockertutor.serve.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docker-tutor serve} as its own process, started as the launcher starts it ({@code Main serve ...}) on this
 * test's class path, so that it can be killed as a machine kills it: SIGKILL, nothing of its shutdown run.
 */
final class ServeChild implements AutoCloseable {
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();

    private ServeChild(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                // The process ended (or was killed): what it printed so far stays in output.
            }
        }, "serve-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts serve on a free port with {@code state} and, when {@code databaseUrl} is not null, {@code --db}. */
    static ServeChild start(Path state, String databaseUrl) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", "io.dockertutor.tutor.Main",
                "--lang", "en", "serve", "--port", String.valueOf(port), "--state", state.toString(), "--warm-up", "0"));
        if (databaseUrl != null) {
            command.addAll(List.of("--db", databaseUrl));
        }
        ServeChild child = new ServeChild(new ProcessBuilder(command).redirectErrorStream(true).start(), port);
        child.awaitTeacherLink(Duration.ofSeconds(60));
        return child;
    }

    private void awaitTeacherLink(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (TOKEN.matcher(output).find()) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("serve ended with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no teacher link within " + timeout + ":\n" + output);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The teacher's token this process printed (each start makes a new one). */
    String teacherToken() {
        Matcher m = TOKEN.matcher(output);
        if (!m.find()) {
            throw new AssertionError("no teacher link in:\n" + output);
        }
        return m.group(1);
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug leaves it: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
