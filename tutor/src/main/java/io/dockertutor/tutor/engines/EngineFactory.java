package io.dockertutor.tutor.engines;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.docker.DockerEndpointResolver;
import io.dockertutor.engine.docker.DockerJavaEngine;
import io.dockertutor.engine.docker.LiveSessions;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogException;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The engines docker-tutor runs on, by the name {@code --engine} and the tutor's {@code engine} command use: {@code sim}
 * (also {@code simulated}) over the bundled image catalog or {@code --catalog FILE}, and {@code docker}, the daemon the
 * docker CLI would reach. The only place the app builds a concrete engine; the tutor, {@code run}, {@code validate}
 * and {@code prefetch} all open theirs here, and every failure reads the same in Korean and English. The catalog is
 * read once per factory, on a background thread when {@link #preload()} asks early.
 *
 * <pre>{@code
 * EngineFactory engines = EngineFactory.standard(null, Locale.KOREAN, System.getenv());
 * try (Engine engine = engines.open("docker", workspace, messages)) {
 *     ...
 * } catch (CannotOpenEngine e) {
 *     System.err.println(e.getMessage());   // no daemon, in Korean
 * }
 * }</pre>
 */
public final class EngineFactory {
    public static final String SIMULATED = "sim";
    public static final String DOCKER = "docker";
    private static final Map<String, String> ALIASES = Map.of("simulated", SIMULATED);

    /** Opens a fresh engine whose bind mounts stay inside {@code workspace}. */
    @FunctionalInterface
    public interface Opener {
        Engine open(Path workspace, TutorMessages messages) throws CannotOpenEngine;
    }

    private final Map<String, Opener> openers = new LinkedHashMap<>();
    private final Supplier<Catalog> loader;
    /** Whether the catalog is the bundled one, which the build checks, so an engine may read it at its first pull. */
    private final boolean bundled;
    private volatile CompletableFuture<Catalog> catalog;
    private boolean pacedPulls;
    private String sessionPrefix = "";
    /** This process's part of every session id: a later start tells its objects from everyone else's by it. */
    private final String run = runId();
    private final java.util.concurrent.atomic.AtomicInteger sessions = new java.util.concurrent.atomic.AtomicInteger();
    private SessionRecords records;
    private final java.util.concurrent.atomic.AtomicBoolean recorded = new java.util.concurrent.atomic.AtomicBoolean();

    private EngineFactory(Supplier<Catalog> loader, boolean bundled) {
        this.loader = loader;
        this.bundled = bundled;
    }

    /**
     * Eight hex digits, as the start of a random UUID gave before: unique enough to tell two starts apart, and no
     * secure random number generator, whose security providers took 15 to 20 ms before the first prompt.
     */
    private static String runId() {
        long bits = new SplittableRandom().nextLong() ^ ProcessHandle.current().pid() * 0x9E3779B97F4A7C15L;
        return Long.toHexString((bits & 0xffffffffL) | 0x100000000L).substring(1) + "-";
    }

    /**
     * {@code sim} over the bundled catalog (or {@code catalogFile}, read in {@code locale}), and {@code docker} as
     * {@code env} and the user's Docker configuration name it.
     */
    public static EngineFactory standard(Path catalogFile, Locale locale, Map<String, String> env) {
        EngineFactory engines = new EngineFactory(() -> catalogFile == null ? CatalogLoader.bundled(locale)
                : new CatalogLoader(locale).load(catalogFile), catalogFile == null);
        engines.register(SIMULATED, engines::simulated);
        engines.register(DOCKER, (workspace, messages) -> engines.docker(env, messages));
        return engines;
    }

    /** Whether {@code name} names one of the standard engines ({@code sim}, {@code simulated}, {@code docker}). */
    public static boolean known(String name) {
        String n = ALIASES.getOrDefault(name, name);
        return n.equals(SIMULATED) || n.equals(DOCKER);
    }

    /** Makes the simulated engine's pulls take about a second ({@link PacedPulls}), for a terminal to show the bars. */
    public EngineFactory pacedPulls(boolean paced) {
        this.pacedPulls = paced;
        return this;
    }

    /** Starts the session id of every real engine opened with {@code prefix} ({@code validate-}), for whoever lists them. */
    public EngineFactory sessionPrefix(String prefix) {
        this.sessionPrefix = prefix;
        return this;
    }

    /**
     * Remembers this process's real-engine sessions in {@code stateDirectory} ({@link SessionRecords}), so that a
     * later start can offer to remove what they left if the process dies without cleaning up.
     */
    public EngineFactory stateDirectory(Path stateDirectory) {
        this.records = new SessionRecords(stateDirectory);
        return this;
    }

    /** The prefix of every session id this factory gives a real engine ({@code validate-1a2b3c4d-}). */
    public String sessionIds() {
        return sessionPrefix + run;
    }

    /**
     * What earlier tutor processes of this state directory left on {@code engine} when they died without cleaning
     * up (containers, networks, volumes, each as {@code kind name}); empty on the simulated engine.
     */
    public List<String> leftovers(Engine engine) {
        List<String> out = new java.util.ArrayList<>();
        if (records != null && engine instanceof DockerJavaEngine real) {
            records.dead().forEach(d -> out.addAll(LiveSessions.objectsOf(real, d.prefix())));
        }
        return out;
    }

    /** Removes {@link #leftovers} and forgets the dead processes; answers what went. */
    public List<String> removeLeftovers(Engine engine) {
        List<String> out = new java.util.ArrayList<>();
        if (records != null && engine instanceof DockerJavaEngine real) {
            for (SessionRecords.Dead d : records.dead()) {
                out.addAll(LiveSessions.removeObjectsOf(real, d.prefix()));
                records.forget(d);
            }
        }
        return out;
    }

    /** Opens {@code name} with {@code opener} from now on: a stand-in engine in tests. */
    public void register(String name, Opener opener) {
        openers.put(name, opener);
    }

    public List<String> names() {
        return List.copyOf(openers.keySet());
    }

    /** The registered name for {@code name} ({@code simulated} is {@code sim}), or null when there is none. */
    public String canonical(String name) {
        String n = ALIASES.getOrDefault(name, name);
        return openers.containsKey(n) ? n : null;
    }

    /** A fresh engine named {@code name} for {@code workspace}; why not, in the language of {@code messages}. */
    public Engine open(String name, Path workspace, TutorMessages messages) throws CannotOpenEngine {
        String n = canonical(name);
        if (n == null) {
            throw new CannotOpenEngine(messages.get("error.engine", name));
        }
        return openers.get(n).open(workspace, messages);
    }

    /** Starts reading the catalog on a background thread, if nothing has asked for it yet. */
    public synchronized void preload() {
        if (catalog == null) {
            catalog = CompletableFuture.supplyAsync(loader, EngineFactory::daemonThread);
        }
    }

    private Engine simulated(Path workspace, TutorMessages messages) throws CannotOpenEngine {
        // A --catalog FILE is read now, so its mistakes show before the first command; the bundled catalog (checked by
        // the build) is read at the first pull or search, and starting a session does not wait for it.
        SimulatedEngine sim;
        if (bundled) {
            sim = new SimulatedEngine(() -> {
                preload();  // the REPL asked for it early; a batch run reads it now, at its first pull
                return catalog.join();
            }, Clock.systemUTC());
        } else {
            sim = new SimulatedEngine(catalog(messages), Clock.systemUTC());
        }
        sim.hostRoot(workspace);
        return pacedPulls ? PacedPulls.wrap(sim) : sim;
    }

    private Engine docker(Map<String, String> env, TutorMessages messages) throws CannotOpenEngine {
        try {
            Engine real = new DockerEndpointResolver(env, Path.of(System.getProperty("user.home")))
                    .connect(sessionIds() + sessions.incrementAndGet(), messages.locale());
            real.version();
            if (records != null && recorded.compareAndSet(false, true)) {
                records.write(sessionIds());
            }
            StopCleanup.register(sessionIds(), records, messages);
            return real;
        } catch (EngineException e) {
            // No daemon, no permission on the socket, TLS trouble, a broken context: the engine's message says which.
            throw new CannotOpenEngine(e.getMessage());
        }
    }

    private Catalog catalog(TutorMessages messages) throws CannotOpenEngine {
        preload();
        try {
            return catalog.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof CatalogException ? cause.getMessage() : String.valueOf(cause);
            throw new CannotOpenEngine(messages.get("error.catalog", why));
        }
    }

    private static void daemonThread(Runnable task) {
        Thread t = new Thread(task, "docker-tutor-preload");
        t.setDaemon(true);
        t.start();
    }
}
