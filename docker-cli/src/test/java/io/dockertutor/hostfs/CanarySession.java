package io.dockertutor.hostfs;

import io.dockertutor.cli.Interpreter;
import io.dockertutor.engine.sim.SimulatedEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A learner's session on the simulated engine with a canary directory next to the workspace: {@code root/ws} is
 * the workspace, {@code root/canary} holds files nothing may read, change or touch. {@link #outsideState()}
 * records everything outside the workspace (names, kinds, contents, link targets, modification times), read
 * without following links, so a test compares it before and after.
 */
final class CanarySession {
    final Path root;
    final Path ws;
    final Path canary;
    final SimulatedEngine engine;
    final Interpreter shell;

    record Result(int status, String out, String err) {
    }

    CanarySession(Path tempDir, Locale locale) {
        try {
            root = tempDir.toRealPath();
            ws = Files.createDirectories(root.resolve("ws"));
            canary = Files.createDirectories(root.resolve("canary"));
            Files.writeString(canary.resolve("secret.txt"), "secret\n");
            Files.createDirectories(canary.resolve("sub"));
            Files.writeString(canary.resolve("sub/key"), "key\n");
            Files.setLastModifiedTime(canary.resolve("secret.txt"), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
            Files.setLastModifiedTime(canary, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine = SimulatedEngine.withDefaultCatalog();
        engine.hostRoot(ws);
        shell = new Interpreter(engine, ws, locale, Clock.systemUTC());
    }

    CanarySession(Path tempDir) {
        this(tempDir, Locale.ENGLISH);
    }

    Result run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = shell.run(line, new ByteArrayInputStream(new byte[0]), out, err);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A link in the workspace, as a learner could make with the host's own shell. */
    CanarySession link(String name, String target) {
        try {
            Path p = ws.resolve(name);
            Files.createDirectories(p.getParent());
            Files.createSymbolicLink(p, Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CanarySession file(String name, String content) {
        try {
            Path p = ws.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything under {@code root} but the workspace, read without following a single link. */
    Map<String, String> outsideState() {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.startsWith(ws)).toList()) {
                // the root's own time changes with the workspace inside it
                state.put(root.relativize(p).toString(), p.equals(root) ? "root" : CanaryFiles.describe(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }
}
