package io.dockertutor.shell.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.sim.SimulatedEngine;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogException;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.shell.i18n.TutorMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The engines a session can run on, by the name {@code --engine} and the {@code engine} command use. Today only
 * {@code sim}; the real engine registers a {@link Factory} under {@code docker} when it exists, and nothing else in
 * the REPL changes. The image catalog is read on a background thread so the first prompt does not wait for it.
 */
final class Engines {
    /** Why an engine cannot be opened, already in the learner's language. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    /** Opens a fresh engine whose bind mounts stay inside {@code workspace}. */
    @FunctionalInterface
    interface Factory {
        Engine open(Path workspace, TutorMessages messages) throws Unavailable;
    }

    private final Map<String, Factory> factories = new LinkedHashMap<>();
    private final Map<String, String> aliases = Map.of("simulated", "sim");
    private final java.util.function.Supplier<Catalog> loader;
    private volatile CompletableFuture<Catalog> catalog;

    private Engines(java.util.function.Supplier<Catalog> loader) {
        this.loader = loader;
    }

    /**
     * {@code sim} over the bundled catalog (or {@code catalogFile}), and {@code docker}: the real engine the docker CLI
     * would use, or a message saying why it cannot be reached. {@code pacedPulls} makes pulls take about a second, for a terminal to show the bars moving.
     */
    static Engines standard(Path catalogFile, Locale locale, boolean pacedPulls, java.util.Map<String, String> env) {
        Engines engines = new Engines(() -> {
            CatalogLoader loader = new CatalogLoader(locale);
            return catalogFile == null ? loader.loadDefault() : loader.load(catalogFile);
        });
        engines.register("sim", (workspace, messages) -> {
            SimulatedEngine sim = new SimulatedEngine(engines.catalog(messages), Clock.systemUTC());
            sim.hostRoot(workspace);
            return pacedPulls ? PacedPulls.wrap(sim) : sim;
        });
        engines.register("docker", (workspace, messages) -> {
            try {
                var resolver = new io.dockertutor.engine.docker.DockerEndpointResolver(env, Path.of(System.getProperty("user.home")));
                Engine real = io.dockertutor.engine.docker.DockerJavaEngine.connect(resolver.resolve(), resolver.configDir(),
                        java.util.UUID.randomUUID().toString(), locale);
                real.version();
                return real;
            } catch (io.dockertutor.engine.EngineException e) {
                // No daemon, no permission on the socket, TLS trouble: the engine's message says which.
                throw new Unavailable(e.getMessage());
            }
        });
        return engines;
    }

    private static void daemonThread(Runnable task) {
        Thread t = new Thread(task, "docker-tutor-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Starts reading the catalog on a background thread, if nothing has asked for it yet. */
    synchronized void preload() {
        if (catalog == null) {
            catalog = CompletableFuture.supplyAsync(loader, Engines::daemonThread);
        }
    }

    void register(String name, Factory factory) {
        factories.put(name, factory);
    }

    List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /** The registered name for {@code name} ({@code simulated} is {@code sim}), or null when there is none. */
    String canonical(String name) {
        String n = aliases.getOrDefault(name, name);
        return factories.containsKey(n) ? n : null;
    }

    Engine open(String name, Path workspace, TutorMessages messages) throws Unavailable {
        String n = canonical(name);
        if (n == null) {
            throw new Unavailable(messages.get("error.engine", name));
        }
        return factories.get(n).open(workspace, messages);
    }

    private Catalog catalog(TutorMessages messages) throws Unavailable {
        preload();
        try {
            return catalog.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CatalogException) {
                throw new Unavailable(messages.get("error.catalog", cause.getMessage()));
            }
            throw new Unavailable(messages.get("error.catalog", String.valueOf(cause)));
        }
    }
}
