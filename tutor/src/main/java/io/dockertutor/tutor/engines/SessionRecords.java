package io.dockertutor.tutor.engines;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which tutor processes of this state directory have sessions on a real engine: one file per process in
 * {@code sessions/}, naming the prefix of its session ids ({@code validate-1a2b3c4d-}), its pid and the instant it
 * started. A process deletes its file once its objects are gone; a file whose process is gone (killed, crashed) tells
 * a later start whose objects it may offer to remove, and that nobody else's are among them: a pid reused by another
 * program has another start instant.
 *
 * <pre>{@code
 * SessionRecords records = new SessionRecords(stateDirectory);
 * records.write("validate-1a2b3c4d-");           // first real session of this process
 * for (SessionRecords.Dead d : records.dead()) { ... remove d.prefix()'s objects, then records.forget(d) ... }
 * }</pre>
 */
final class SessionRecords {
    /** A process that is gone and the prefix of its session ids. */
    record Dead(String prefix, Path file) {
    }

    private final Path dir;

    SessionRecords(Path stateDirectory) {
        this.dir = stateDirectory.resolve("sessions");
    }

    /** Records this process as holding sessions whose ids start with {@code prefix}; a failure is only a lost offer. */
    void write(String prefix) {
        ProcessHandle self = ProcessHandle.current();
        Properties p = new Properties();
        p.setProperty("prefix", prefix);
        p.setProperty("pid", Long.toString(self.pid()));
        p.setProperty("started", self.info().startInstant().map(Instant::toString).orElse(""));
        try {
            Files.createDirectories(dir);
            try (Writer w = Files.newBufferedWriter(file(prefix), StandardCharsets.UTF_8)) {
                p.store(w, "docker-tutor sessions on a real engine; removed when their objects are");
            }
        } catch (IOException e) {
            // A read-only state directory: a crash of this process is then not remembered, nothing else changes.
        }
    }

    /** This process's objects are gone: forget it. */
    void remove(String prefix) {
        try {
            Files.deleteIfExists(file(prefix));
        } catch (IOException e) {
            // Left for a later start, which finds the objects already gone.
        }
    }

    void forget(Dead dead) {
        try {
            Files.deleteIfExists(dead.file());
        } catch (IOException e) {
            // Offered again next time.
        }
    }

    /** The recorded processes that are no longer running. */
    List<Dead> dead() {
        List<Dead> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                } catch (IOException | IllegalArgumentException e) {
                    continue;
                }
                String prefix = p.getProperty("prefix", "");
                if (!prefix.isEmpty() && !alive(p.getProperty("pid", ""), p.getProperty("started", ""))) {
                    out.add(new Dead(prefix, f));
                }
            }
        } catch (IOException e) {
            // Nothing readable: nothing to offer.
        }
        return out;
    }

    /** Whether the process {@code pid} that started at {@code started} still runs (same pid, same start). */
    static boolean alive(String pid, String started) {
        Optional<ProcessHandle> p;
        try {
            p = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return false;
        }
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        String now = p.get().info().startInstant().map(Instant::toString).orElse("");
        return started.isEmpty() || now.isEmpty() || now.equals(started);
    }

    private Path file(String prefix) {
        return dir.resolve(prefix.replaceAll("[^A-Za-z0-9_.-]", "_") + ".properties");
    }
}
