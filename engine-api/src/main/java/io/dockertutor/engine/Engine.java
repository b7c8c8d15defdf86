package io.dockertutor.engine;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the docker CLI asks of a Docker engine, one method per Engine API call it uses.
 *
 * <p>Implementations answer with the daemon's behaviour and the daemon's own error texts (as
 * {@link EngineException}); everything the CLI adds (usage errors, reference parsing, output formats)
 * lives above this interface, so a simulated and a real engine print alike.
 *
 * <pre>{@code
 * Engine engine = SimulatedEngine.withDefaultCatalog();
 * engine.pull(ImageReference.parse("nginx"), event -> System.out.println(event.status()));
 * engine.listImages(false, Filters.NONE).forEach(System.out::println);
 * }</pre>
 */
public interface Engine extends AutoCloseable {

    /** A short, human name of the engine: {@code simulated} or {@code docker (unix:///var/run/docker.sock)}. */
    String describe();

    EngineVersion version();

    EngineInfo info();

    // -- registry ------------------------------------------------------------------------------------------

    /** {@code GET /images/search}: repositories on the registry matching {@code term}, best first. */
    List<SearchResult> search(String term, int limit, Filters filters);

    /**
     * {@code POST /images/create}: pulls {@code reference} (with a tag or digest), reporting each step to
     * {@code progress} in the order the daemon sends them.
     */
    void pull(ImageReference reference, Consumer<ProgressEvent> progress);

    /** {@code POST /images/{name}/push}: pushes a local tag to its registry, reporting each layer. */
    void push(ImageReference reference, Consumer<ProgressEvent> progress);

    // -- images --------------------------------------------------------------------------------------------

    /** {@code GET /images/json}. {@code all} includes intermediate images. */
    List<ImageSummary> listImages(boolean all, Filters filters);

    /** {@code GET /images/{name}/json}; {@code name} is a reference, a full or short id. */
    ImageDetails inspectImage(String name);

    /** {@code GET /images/{name}/history}, newest step first. */
    List<HistoryEntry> history(String name);

    /** {@code POST /images/{name}/tag}. */
    void tag(String source, ImageReference target);

    /** {@code DELETE /images/{name}}: the untag and delete lines, in the daemon's order. */
    List<ImageDeletion> removeImage(String name, boolean force, boolean noPrune);

    /**
     * Builds an image from a Dockerfile in {@code request.context()}, reporting each step as it ends, and answers
     * the image id. A failed build throws {@link EngineException} after reporting the failing step.
     */
    String build(BuildRequest request, Consumer<BuildStep> progress);

    /**
     * Prunes the builder's cache, the dangling records or with {@code all} every unused one, and answers the records
     * removed, as buildx's prune lists them (its total is the sum of their sizes).
     */
    List<DiskUsage.CacheRecord> pruneBuildCache(boolean all, Filters filters);

    /** {@code POST /images/prune}: dangling images, or with {@code all} every image no container uses. */
    PruneReport pruneImages(boolean all, Filters filters);

    /** {@code docker commit}, {@code save}, {@code load}, {@code export} and {@code import}: images as files and back. */
    ImageArchives imageArchives();

    // -- containers ----------------------------------------------------------------------------------------

    /**
     * {@code POST /containers/create}: answers the new container's id. A missing image fails with
     * {@code No such image: nginx:latest} (NOT_FOUND); the CLI then pulls and tries again, as docker run does.
     */
    String createContainer(ContainerSpec spec);

    /** Warnings the daemon returned with the last create (e.g. about published ports on the host network). */
    default List<String> lastCreateWarnings() {
        return List.of();
    }

    void startContainer(String name);

    /** {@code timeoutSeconds} null: the container's own stop timeout; {@code signal} null: its stop signal. */
    void stopContainer(String name, Integer timeoutSeconds, String signal);

    void restartContainer(String name, Integer timeoutSeconds, String signal);

    void killContainer(String name, String signal);

    void pauseContainer(String name);

    void unpauseContainer(String name);

    /**
     * {@code POST /containers/{id}/wait}: the exit code once the container is not running. Empty when it keeps
     * running and the engine cannot wait for it (the simulated engine never blocks).
     */
    java.util.OptionalInt waitContainer(String name);

    /**
     * Attaches to a created container, starts it and follows its output until its process ends, as
     * {@code docker run} without {@code -d} does. Answers the exit code, or empty when the process keeps running
     * (a server: the simulated engine's at once, the real engine's once its output has been quiet for 5 s; everything
     * it printed so far has been passed to {@code output}).
     */
    java.util.OptionalInt runAttached(String id, Consumer<LogEntry> output);

    /**
     * {@code POST /containers/{id}/attach} with standard input, then, when {@code start}, the start: the container's
     * process reads {@code in} and writes to {@code out} and {@code err} until it ends, as {@code docker run -i},
     * {@code docker start -ai} and {@code docker attach} do. Answers its exit code, or empty when the process
     * keeps running after the input ended or Ctrl-C was pressed ({@link Interruption}) and the engine gives the
     * prompt back (the simulated engine's servers).
     */
    java.util.OptionalInt attach(String id, boolean start, java.io.InputStream in, java.io.OutputStream out,
                                 java.io.OutputStream err);

    void removeContainer(String name, boolean force, boolean removeVolumes);

    void renameContainer(String name, String newName);

    /** {@code POST /containers/{id}/update}: a new restart policy or resource limits; answers the daemon's warnings. */
    List<String> updateContainer(String name, ContainerUpdate update);

    List<LogEntry> logs(String name, LogOptions options);

    /**
     * {@code GET /containers/json}. {@code limit} is -1 for no limit ({@code -n}, {@code -l}); {@code size} fills
     * the size fields.
     */
    List<ContainerSummary> listContainers(boolean all, int limit, boolean size, Filters filters);

    ContainerDetails inspectContainer(String name, boolean size);

    TopResult top(String name, String psArgs);

    List<ContainerStats> stats(List<String> names, boolean all);

    Pruned pruneContainers(Filters filters);

    List<FileChange> diff(String name);

    /** {@code docker exec}: runs a command in a running container, with its own standard streams. */
    int exec(String name, ExecSpec spec, java.io.InputStream in, java.io.OutputStream out, java.io.OutputStream err);

    /** {@code HEAD /containers/{id}/archive}. */
    PathStat statPath(String name, String path);

    /** {@code GET /containers/{id}/archive}: a tar stream of the path (file or directory). */
    byte[] getArchive(String name, String path);

    /** {@code PUT /containers/{id}/archive}: unpacks a tar stream into the directory {@code path}. */
    void putArchive(String name, String path, byte[] tar);

    // -- volumes and networks ------------------------------------------------------------------------------

    VolumeInfo createVolume(String name, String driver, java.util.Map<String, String> labels, java.util.Map<String, String> options);

    List<VolumeInfo> listVolumes(Filters filters);

    VolumeInfo inspectVolume(String name);

    void removeVolume(String name, boolean force);

    /**
     * The daemon's event log between {@code since} and {@code until} (either may be null: no bound; a null {@code until}
     * means "up to now"), filtered as {@code docker events --filter} asks, oldest first. Following is the caller's
     * business: it asks again from the last event's time.
     */
    List<EngineEvent> events(java.time.Instant since, java.time.Instant until, Filters filters);

    /** {@code all}: also named volumes, not only anonymous ones (API 1.42+ default). */
    Pruned pruneVolumes(Filters filters, boolean all);

    String createNetwork(NetworkSpec spec);

    List<NetworkInfo> listNetworks(Filters filters);

    NetworkInfo inspectNetwork(String name);

    void removeNetwork(String name);

    void connectNetwork(String network, String container, EndpointSpec endpoint);

    void disconnectNetwork(String network, String container, boolean force);

    Pruned pruneNetworks(Filters filters);

    // -- system --------------------------------------------------------------------------------------------

    /** The network as seen from the engine's host: what {@code curl 127.0.0.1:8080} reaches through published ports. */
    HostNetwork hostNetwork();

    /** {@code GET /system/df}. */
    DiskUsage diskUsage();

    /**
     * Stopping and restarting the daemon ({@code systemctl restart docker}), where the tutor owns it
     * ({@link EngineCapabilities#daemonRestart()}).
     */
    default java.util.Optional<DaemonControl> daemonControl() {
        return java.util.Optional.empty();
    }

    /** Saving and restoring the engine's whole state (undo, reset), where the tutor owns it ({@link EngineCapabilities#undo()}). */
    default java.util.Optional<Snapshots> snapshots() {
        return java.util.Optional.empty();
    }

    /**
     * The engine's data directory as files a learner may look at ({@code ls /var/lib/docker/volumes/NAME/_data}),
     * where that makes sense: the simulated engine exposes its volumes there; a real engine answers empty.
     */
    default java.util.Optional<java.nio.file.Path> dataRoot() {
        return java.util.Optional.empty();
    }

    /**
     * {@link #dataRoot()} if the engine has made it already, else empty: for looking at it without making it (the
     * simulated engine makes its in-memory directory at the first ask, which most lessons never need).
     */
    default java.util.Optional<java.nio.file.Path> dataRootIfMade() {
        return dataRoot();
    }

    /**
     * What this engine can do beyond the calls above, by name: undo, restarting the daemon, its files in reach,
     * concurrent calls. Each engine states its own; the optional parts ({@link #snapshots()}, {@link #daemonControl()},
     * {@link #dataRoot()}) are present exactly where it says so.
     */
    EngineCapabilities capabilities();

    /** How this engine's state settles after a call, for checks made as a learner would make them. */
    Settling settling();

    /** Which objects are the tutor's; the simulated engine holds nothing else ({@link Ownership#EVERYTHING}). */
    default Ownership ownership() {
        return Ownership.EVERYTHING;
    }

    @Override
    void close();
}
