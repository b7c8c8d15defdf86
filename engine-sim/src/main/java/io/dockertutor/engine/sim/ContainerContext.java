package io.dockertutor.engine.sim;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import io.dockertutor.engine.sim.process.ProgramContext;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a container's program sees: its environment and hostname, the engine's clock, and the container's files.
 * Files come from the container's own file system when it has one, else from its image.
 */
final class ContainerContext implements ProgramContext {
    /** Runs commands inside a container, for one-shot programs and {@code docker exec}. */
    interface CommandRunner {
        int run(SimContainer container, List<String> argv, OutputStream out, OutputStream err);
    }

    /** Reads files of a container through its mounts. */
    interface FileReader {
        Optional<byte[]> read(SimContainer container, String path);

        Optional<Instant> modified(SimContainer container, String path);
    }

    private final SimContainer container;
    private final Map<String, FileSpec> imageFiles;
    private final Instant now;
    private final CommandRunner runner;
    private final FileReader reader;

    ContainerContext(SimContainer container, Map<String, FileSpec> imageFiles, Instant now, CommandRunner runner, FileReader reader) {
        this.container = container;
        this.imageFiles = imageFiles;
        this.now = now;
        this.runner = runner;
        this.reader = reader;
    }

    @Override
    public Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String e : container.env) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                env.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        return env;
    }

    @Override
    public String hostname() {
        return container.hostname;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Optional<byte[]> readFile(String path) {
        if (reader != null) {
            return reader.read(container, path);
        }
        return FileTree.lookup(imageFiles, path).filter(f -> f.kind() == FileSpec.Kind.FILE)
                .map(f -> f.content().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<Instant> modified(String path) {
        return reader != null ? reader.modified(container, path) : readFile(path).map(b -> container.created);
    }

    @Override
    public boolean executable(String name) {
        String pathVar = env().getOrDefault("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        return FileTree.findExecutable(imageFiles, name, pathVar).isPresent();
    }

    @Override
    public int run(List<String> argv, OutputStream out, OutputStream err) {
        return runner.run(container, argv, out, err);
    }

    @Override
    public boolean tty() {
        return container.spec.tty();
    }

    @Override
    public boolean openStdin() {
        return container.spec.openStdin();
    }
}
