package io.dockertutor.bench.classroom;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker-tutor serve} in a child JVM with the launcher's flags, on a free port and a fresh state directory, so
 * its processor time and memory are its own: read from {@code /proc/PID/stat} (utime + stime) and
 * {@code /proc/PID/status} ({@code VmHWM}, the peak resident set).
 */
final class ServerProcess implements AutoCloseable {
    private static final long TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux the JDK runs on
    private final Process process;
    final int port;
    final Path state;

    private ServerProcess(Process process, int port, Path state) {
        this.process = process;
        this.port = port;
        this.state = state;
    }

    static ServerProcess start(Path jar, List<String> jvmOptions, List<String> serveOptions) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path state = Files.createTempDirectory("classroom-load-");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        // In English whatever the machine's language: the generator reads serve's own lines (the warm-up's report).
        command.addAll(List.of("-cp", jar.toString(), "io.dockertutor.tutor.Main", "--lang", "en", "serve", "--port",
                String.valueOf(port)));
        command.addAll(serveOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(state.resolve("serve.log").toFile());
        builder.environment().put("XDG_STATE_HOME", state.toString());
        Process process = builder.start();
        // A generator stopped by Ctrl-C or an uncaught error does not leave the server running behind it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ServerProcess server = new ServerProcess(process, port, state);
        server.awaitListening(Duration.ofSeconds(120));
        return server;
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("serve exited with " + process.exitValue() + ": " + Files.readString(state.resolve("serve.log")));
            }
            // Listening is not enough: serve warms up (ServeWarmUp) between binding its port and printing the
            // teacher's link, and the class is let in when the link is out, as a teacher would.
            Path log = state.resolve("serve.log");
            if (Files.exists(log) && Files.readString(log).contains("/teacher?token=")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("serve did not listen on " + port + " within " + timeout);
    }

    /** What serve printed so far. */
    List<String> startupLines() throws IOException {
        return Files.readAllLines(state.resolve("serve.log"));
    }

    /** Processor seconds the server has used so far (user + system, all its threads). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) TICKS_PER_SECOND;
    }

    /** Of {@link #cpuSeconds()}, the seconds spent in the kernel (sockets, locks, scheduling). */
    double systemSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[12]) / (double) TICKS_PER_SECOND;
    }

    /** The server's peak resident set so far, in MiB. */
    double peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
