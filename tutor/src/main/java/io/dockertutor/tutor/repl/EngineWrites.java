package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.engine.EngineException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells whether a learner's command may have changed the engine, so {@code undo} can pass over one that only looked
 * ({@code docker ps}, {@code curl}, {@code ls}). An engine seen through {@link #watch} notes every call that is not a
 * known read and returned normally (a refused {@code docker run --name taken} changes nothing); files written straight
 * into the engine's volumes ({@code echo > /var/lib/docker/volumes/v/_data/x}) show as a different listing of its
 * data directory. Unknown calls count as changes: skipping a command undo should have taken back would be worse than
 * stopping at one that changed nothing.
 *
 * <pre>{@code
 * Engine watched = EngineWrites.watch(engine);
 * EngineWrites.Mark m = EngineWrites.of(watched).orElseThrow().mark();
 * interpreter.run("docker ps", ...);
 * m.changed();   // false
 * }</pre>
 */
final class EngineWrites implements InvocationHandler {
    /** Engine calls that only read, or hand out something whose own calls are reads ({@code hostNetwork} for curl). */
    private static final Set<String> READS = Set.of("describe", "version", "info", "search", "listImages", "inspectImage",
            "history", "lastCreateWarnings", "logs", "listContainers", "inspectContainer", "top", "stats", "diff",
            "statPath", "getArchive", "listVolumes", "inspectVolume", "listNetworks", "inspectNetwork", "hostNetwork",
            "diskUsage", "snapshots", "dataRoot", "dataRootIfMade", "capabilities", "settling", "ownership", "toString", "hashCode",
            "equals");

    private final Engine target;
    private long writes;

    private EngineWrites(Engine target) {
        this.target = target;
    }

    /** {@code engine}, its calls counted; an engine already watched is returned as it is. */
    static Engine watch(Engine engine) {
        if (of(engine).isPresent()) {
            return engine;
        }
        return (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                new EngineWrites(engine));
    }

    /** The watch over {@code engine}, when it came from {@link #watch}. */
    static Optional<EngineWrites> of(Engine engine) {
        return engine != null && Proxy.isProxyClass(engine.getClass())
                && Proxy.getInvocationHandler(engine) instanceof EngineWrites w ? Optional.of(w) : Optional.empty();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        boolean read = READS.contains(method.getName());
        try {
            Object result = method.invoke(target, args);
            if (!read) {
                writes++;
            }
            if (method.getName().equals("snapshots") && result instanceof Optional<?> offered) {
                // Taking a snapshot only reads; restoring one changes everything, whoever asks for it.
                return offered.map(s -> new CountedRestores((Snapshots) s));
            }
            return result;
        } catch (InvocationTargetException e) {
            if (!read && !(e.getCause() instanceof EngineException)) {
                writes++;
            }
            throw e.getCause();
        }
    }

    /** The engine's snapshots, each restore counted as a write. */
    private final class CountedRestores implements Snapshots {
        private final Snapshots target;

        private CountedRestores(Snapshots target) {
            this.target = target;
        }

        @Override
        public Snapshot take() {
            return target.take();
        }

        @Override
        public void restore(Snapshot snapshot) {
            writes++;
            target.restore(snapshot);
        }
    }

    /** The engine now: what a command run after this may change. */
    Mark mark() {
        return new Mark(writes, dataListing());
    }

    /** A moment before a command; {@link #changed()} after it says whether the engine may differ. */
    final class Mark {
        private final long writesThen;
        private final List<String> dataThen;

        private Mark(long writesThen, List<String> dataThen) {
            this.writesThen = writesThen;
            this.dataThen = dataThen;
        }

        boolean changed() {
            return writes != writesThen || !dataListing().equals(dataThen);
        }
    }

    /**
     * Every path under the engine's data directory with its size and time; empty where it has none in reach, or none
     * made yet (asking would make the simulated engine's in-memory file system at every lesson start). The directory
     * itself and its {@code volumes} are left out: a directory's time changes with its entries, which show anyway, and
     * a directory made empty by a look ({@code ls /var/lib/docker}) then lists as one not made at all.
     */
    private List<String> dataListing() {
        Optional<Path> root = target.dataRootIfMade();
        if (root.isEmpty() || !Files.isDirectory(root.get())) {
            return List.of();
        }
        Path volumes = root.get().resolve("volumes");
        List<String> listing = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root.get())) {
            walk.filter(p -> !p.equals(root.get()) && !p.equals(volumes)).forEach(p -> listing.add(entry(p)));
        } catch (IOException | RuntimeException e) {
            // Unreadable now: count the command as a change, which undo then takes back like any other.
            listing.add("unreadable " + System.nanoTime());
        }
        return listing;
    }

    private static String entry(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return p + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return p + " ?";
        }
    }
}
