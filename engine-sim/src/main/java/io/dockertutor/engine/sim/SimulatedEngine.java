package io.dockertutor.engine.sim;

import io.dockertutor.engine.BuildRequest;
import io.dockertutor.engine.BuildStep;
import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerStats;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.DaemonControl;
import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineInfo;
import io.dockertutor.engine.EngineVersion;
import io.dockertutor.engine.ExecSpec;
import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HistoryEntry;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.LogOptions;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.ProgressEvent;
import io.dockertutor.engine.PruneReport;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.SearchResult;
import io.dockertutor.engine.VolumeInfo;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.engine.sim.build.BuildCache;
import io.dockertutor.engine.sim.fs.VolumeStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A Docker engine simulated in memory: no daemon, no network, no root, and answers in microseconds:
 * {@code try (Engine engine = SimulatedEngine.withDefaultCatalog()) { engine.pull(ImageReference.parse("nginx"), e -> {}); }}
 */
public final class SimulatedEngine implements Engine {
    private final SimRegistry registry;
    private final SimContext ctx;
    private final ContainerOperations containerOps;
    private final ImageOperations imageOps;
    private final NetworkOperations networkOps;
    private final VolumeOperations volumeOps;
    private final BuildCache buildCache = new BuildCache();
    /** What {@code docker save} wrote, by digest: the archives {@code docker load} knows (kept across undo). */
    private final SavedArchives archives = new SavedArchives();

    public SimulatedEngine(Catalog catalog, Clock clock) {
        this(() -> catalog, clock);
    }

    /** An engine whose registry reads {@code catalog} at its first pull or search: a session that never pulls never parses it. */
    public SimulatedEngine(java.util.function.Supplier<Catalog> catalog, Clock clock) {
        this.registry = new SimRegistry(catalog);
        EngineIds ids = new EngineIds(20261123L);
        this.ctx = new SimContext(new SimState(new ImageStore(), new ContainerStore(), new NetworkStore(ids, clock.instant()),
                new PortTable(), new VolumeStore(clock), ids), clock);
        this.containerOps = new ContainerOperations(ctx);
        this.imageOps = new ImageOperations(ctx::state, ctx::now, ctx.events());
        this.networkOps = new NetworkOperations(ctx::state, ctx::now, ctx.events());
        this.volumeOps = new VolumeOperations(ctx);
    }

    public static SimulatedEngine withDefaultCatalog() {
        return new SimulatedEngine(new CatalogLoader().loadDefault(), Clock.systemUTC());
    }

    /** Lets bind mounts and builds reach {@code workspace}, the host directory the learner works in (a link to it too). */
    public void hostRoot(java.nio.file.Path workspace) {
        ctx.hostRoot(workspace);
    }

    /** The whole state, for tests that look inside. */
    SimState state() {
        return ctx.state();
    }

    @Override
    public String describe() {
        return "simulated";
    }

    @Override
    public EngineVersion version() {
        return SimDaemonInfo.version();
    }

    @Override
    public EngineInfo info() {
        return SimDaemonInfo.info(ctx.state());
    }

    /** The tutor owns this engine whole: it saves and restores it, restarts its daemon, and shows its files. */
    @Override
    public io.dockertutor.engine.EngineCapabilities capabilities() {
        return io.dockertutor.engine.EngineCapabilities.NONE.withUndo().withDaemonRestart().withEngineFiles();
    }

    @Override
    public io.dockertutor.engine.Settling settling() {
        return io.dockertutor.engine.Settling.AT_ONCE;
    }

    @Override
    public Optional<io.dockertutor.engine.Snapshots> snapshots() {
        return Optional.of(new SimSnapshots(ctx::state, ctx::restore));
    }

    @Override
    public Optional<DaemonControl> daemonControl() {
        return Optional.of(new SimDaemon(ctx));
    }

    @Override
    public io.dockertutor.engine.HostNetwork hostNetwork() {
        return ctx.hostNetwork();
    }

    @Override
    public void close() {
        // Nothing to release: the simulated engine lives in memory only.
    }

    @Override
    public List<SearchResult> search(String term, int limit, Filters filters) {
        return registry.search(term, limit, filters);
    }

    @Override
    public void pull(ImageReference reference, Consumer<ProgressEvent> progress) {
        imageOps.pull(registry, reference, progress);
    }

    @Override
    public void push(ImageReference reference, Consumer<ProgressEvent> progress) {
        imageOps.push(reference, progress);
    }

    @Override
    public List<ImageSummary> listImages(boolean all, Filters filters) {
        return imageOps.list(all, filters);
    }

    @Override
    public ImageDetails inspectImage(String name) {
        return imageOps.inspect(name);
    }

    @Override
    public List<HistoryEntry> history(String name) {
        return imageOps.history(name);
    }

    @Override
    public void tag(String source, ImageReference target) {
        imageOps.tag(source, target);
    }

    @Override
    public List<ImageDeletion> removeImage(String name, boolean force, boolean noPrune) {
        return imageOps.remove(name, force, noPrune);
    }

    @Override
    public String build(BuildRequest request, Consumer<BuildStep> progress) {
        return new SimBuilds(() -> ctx.state().images, registry, ctx::hostPaths, ctx::now).build(request, progress, buildCache);
    }

    @Override
    public io.dockertutor.engine.ImageArchives imageArchives() {
        return new SimImageArchives(ctx, archives);
    }

    @Override
    public List<io.dockertutor.engine.DiskUsage.CacheRecord> pruneBuildCache(boolean all, Filters filters) {
        return buildCache.prune();
    }

    @Override
    public PruneReport pruneImages(boolean all, Filters filters) {
        return imageOps.prune(all, filters);
    }

    @Override
    public DiskUsage diskUsage() {
        return imageOps.diskUsage(containerOps.list(true, 0, true, Filters.NONE), ctx.state().volumes.usage());
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        return containerOps.create(spec);
    }

    @Override
    public List<String> lastCreateWarnings() {
        return containerOps.lastWarnings();
    }

    @Override
    public void startContainer(String name) {
        containerOps.start(name);
    }

    @Override
    public void stopContainer(String name, Integer timeoutSeconds, String signal) {
        containerOps.stop(name, signal);
    }

    @Override
    public void restartContainer(String name, Integer timeoutSeconds, String signal) {
        containerOps.restart(name, signal);
    }

    @Override
    public void killContainer(String name, String signal) {
        containerOps.kill(name, signal);
    }

    @Override
    public void pauseContainer(String name) {
        containerOps.pause(name);
    }

    @Override
    public void unpauseContainer(String name) {
        containerOps.unpause(name);
    }

    @Override
    public OptionalInt waitContainer(String name) {
        return containerOps.await(name);
    }

    @Override
    public OptionalInt runAttached(String id, Consumer<LogEntry> output) {
        return containerOps.runAttached(id, output);
    }

    @Override
    public OptionalInt attach(String id, boolean start, InputStream in, OutputStream out, OutputStream err) {
        return ctx.exec().attach(id, start, in, out, err);
    }

    @Override
    public void removeContainer(String name, boolean force, boolean removeVolumes) {
        containerOps.remove(name, force, removeVolumes);
    }

    @Override
    public void renameContainer(String name, String newName) {
        containerOps.rename(name, newName);
    }

    @Override
    public List<String> updateContainer(String name, io.dockertutor.engine.ContainerUpdate update) {
        return containerOps.update(name, update, info().cpus());
    }

    @Override
    public List<LogEntry> logs(String name, LogOptions options) {
        return containerOps.logs(name, options);
    }

    @Override
    public List<ContainerSummary> listContainers(boolean all, int limit, boolean size, Filters filters) {
        return containerOps.list(all, limit, size, filters);
    }

    @Override
    public ContainerDetails inspectContainer(String name, boolean size) {
        return containerOps.inspect(name, size);
    }

    @Override
    public io.dockertutor.engine.TopResult top(String name, String psArgs) {
        return containerOps.top(name, psArgs);
    }

    @Override
    public List<ContainerStats> stats(List<String> names, boolean all) {
        return containerOps.stats(names, all);
    }

    @Override
    public Pruned pruneContainers(Filters filters) {
        return containerOps.prune(filters);
    }

    @Override
    public int exec(String name, ExecSpec spec, InputStream in, OutputStream out, OutputStream err) {
        return ctx.exec().exec(name, spec, in, out, err);
    }

    @Override
    public List<FileChange> diff(String name) {
        return containerOps.diff(name);
    }

    @Override
    public io.dockertutor.engine.PathStat statPath(String name, String path) {
        return containerOps.statPath(name, path);
    }

    @Override
    public byte[] getArchive(String name, String path) {
        return containerOps.getArchive(name, path);
    }

    @Override
    public void putArchive(String name, String path, byte[] tar) {
        containerOps.putArchive(name, path, tar);
    }

    @Override
    public VolumeInfo createVolume(String name, String driver, Map<String, String> labels, Map<String, String> options) {
        return volumeOps.create(name, driver, labels, options);
    }

    @Override
    public List<VolumeInfo> listVolumes(Filters filters) {
        return ctx.state().volumes.list(filters);
    }

    @Override
    public VolumeInfo inspectVolume(String name) {
        return ctx.state().volumes.inspect(name);
    }

    @Override
    public void removeVolume(String name, boolean force) {
        volumeOps.remove(name, force);
    }

    @Override
    public Pruned pruneVolumes(Filters filters, boolean all) {
        return volumeOps.prune(filters, all);
    }

    @Override
    public List<io.dockertutor.engine.EngineEvent> events(java.time.Instant since, java.time.Instant until, Filters filters) {
        return ctx.events().between(since, until, filters);
    }

    @Override
    public Optional<java.nio.file.Path> dataRoot() {
        return Optional.of(ctx.state().volumes.dataRoot());
    }

    @Override
    public Optional<java.nio.file.Path> dataRootIfMade() {
        return Optional.ofNullable(ctx.state().volumes.dataRootIfMade());
    }

    @Override
    public String createNetwork(NetworkSpec spec) {
        return networkOps.create(spec);
    }

    @Override
    public List<NetworkInfo> listNetworks(Filters filters) {
        return networkOps.list(filters);
    }

    @Override
    public NetworkInfo inspectNetwork(String name) {
        return networkOps.inspect(name);
    }

    @Override
    public void removeNetwork(String name) {
        networkOps.remove(name);
    }

    @Override
    public void connectNetwork(String network, String container, io.dockertutor.engine.EndpointSpec endpoint) {
        networkOps.connect(network, container, endpoint);
    }

    @Override
    public void disconnectNetwork(String network, String container, boolean force) {
        networkOps.disconnect(network, container, force);
    }

    @Override
    public Pruned pruneNetworks(Filters filters) {
        return networkOps.prune(filters);
    }
}
