package io.dockertutor.engine.sim;

import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.EngineInfo;
import io.dockertutor.engine.EngineVersion;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HistoryEntry;
import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.ProgressEvent;
import io.dockertutor.engine.PruneReport;
import io.dockertutor.engine.SearchResult;
import io.dockertutor.engine.sim.catalog.Catalog;
import io.dockertutor.engine.sim.catalog.CatalogLoader;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import io.dockertutor.engine.sim.fs.MountPlanner;
import io.dockertutor.engine.sim.fs.VolumeStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerSpec;
import io.dockertutor.engine.ContainerStats;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.DaemonControl;
import io.dockertutor.engine.ExecSpec;
import io.dockertutor.engine.FileChange;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.LogOptions;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.PathStat;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.TopResult;
import io.dockertutor.engine.VolumeInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Docker engine simulated in memory: no daemon, no network, no root, and answers in microseconds.
 *
 * <pre>{@code
 * try (Engine engine = SimulatedEngine.withDefaultCatalog()) {
 *     engine.pull(ImageReference.parse("nginx:stable"), e -> {});
 * }
 * }</pre>
 */
public final class SimulatedEngine implements Engine {
    static final String VERSION = "28.2.2";
    static final String API_VERSION = "1.50";

    /** Everything the engine holds; one object, so that snapshots (undo, reset) copy it whole. */
    static final class State {
        final ImageStore images;
        final ContainerStore containers;
        final NetworkStore networks;
        final PortTable ports;
        final VolumeStore volumes;
        final EngineIds ids;
        boolean daemonRunning = true;
        /** Host pids handed to started containers; kept here because a ContainerRuntime is made per call. */
        int nextPid = 2000;

        State(ImageStore images, ContainerStore containers, NetworkStore networks, PortTable ports, VolumeStore volumes, EngineIds ids) {
            this.images = images;
            this.containers = containers;
            this.networks = networks;
            this.ports = ports;
            this.volumes = volumes;
            this.ids = ids;
            volumes.usedBy(name -> containers.all().stream()
                    .filter(c -> c.mounts.stream().anyMatch(m -> name.equals(m.name()))).map(c -> c.id).toList());
        }

        State copy() {
            ContainerStore c = containers.copy();
            VolumeStore v = volumes.copy();
            for (SimContainer copied : c.all()) {
                if (copied.files != null) {
                    copied.files = copied.files.copy(v);
                }
            }
            State s = new State(images.copy(), c, networks.copy(), ports.copy(c), v, ids);
            s.daemonRunning = daemonRunning;
            s.nextPid = nextPid;
            return s;
        }
    }

    private final SimRegistry registry;
    private final Clock clock;
    private State state;
    private io.dockertutor.hostfs.ConfinedFileView hostView;
    private ImageStore images;
    private final ContainerOperations containerOps = new ContainerOperations(this);
    private final ContainerExec exec = new ContainerExec(this);
    private final io.dockertutor.engine.sim.build.BuildCache buildCache = new io.dockertutor.engine.sim.build.BuildCache();

    public SimulatedEngine(Catalog catalog, Clock clock) {
        this.registry = new SimRegistry(catalog);
        this.clock = clock;
        EngineIds ids = new EngineIds(20261123L);
        ContainerStore containers = new ContainerStore();
        this.state = new State(new ImageStore(), containers, new NetworkStore(ids, clock.instant()), new PortTable(),
                new VolumeStore(clock), ids);
        this.images = state.images;
    }

    State state() {
        return state;
    }

    ContainerRuntime runtime() {
        return new ContainerRuntime(state.containers, state.networks, state.ports, () -> state.nextPid++, this::context, c -> {
            state.containers.remove(c);
            mountsRemoved(c, true);
        });
    }

    ContainerContext context(SimContainer c) {
        return new ContainerContext(c, imageFiles(c), now(), exec::runProgram, exec.reader());
    }

    java.util.Map<String, io.dockertutor.engine.sim.catalog.FileSpec> imageFiles(SimContainer c) {
        return c.imageFiles;
    }

    /**
     * Where bind mounts and builds may reach: inside the learner's workspace only, through the one confined
     * view, so a source that is or passes through a symbolic link leading out is refused like any path outside.
     * The answer is the real path (no link on it), so nothing later follows a link. Without a host root every
     * bind is refused.
     */
    MountPlanner.HostPaths hostPaths() {
        return hostPath -> {
            if (hostView == null) {
                return null;
            }
            try {
                return hostView.resolve(hostPath);
            } catch (io.dockertutor.sh.OutsideViewException e) {
                return null;
            }
        };
    }

    /** Lets bind mounts reach {@code workspace}, the host directory the learner works in (a link to it too). */
    public void hostRoot(java.nio.file.Path workspace) {
        this.hostView = workspace == null ? null : io.dockertutor.hostfs.ConfinedFileView.workspace(workspace);
    }

    /** A container went away: its anonymous volumes go too when asked ({@code rm -v}, {@code --rm}). */
    void mountsRemoved(SimContainer c, boolean removeAnonymousVolumes) {
        if (state.images.byId(c.imageId).isEmpty()) {
            // Its image was removed by force while it stood on it: its layers go with the last such container.
            List<String> stillUsed = state.containers.all().stream().flatMap(o -> o.imageLayers.stream()).toList();
            state.images.dropUnusedLayers(c.imageLayers.stream().filter(k -> !stillUsed.contains(k)).toList());
        }
        if (!removeAnonymousVolumes) {
            return;
        }
        for (io.dockertutor.engine.MountPoint m : c.mounts) {
            if (m.type().equals("volume") && state.volumes.exists(m.name()) && state.volumes.inspect(m.name()).anonymous()) {
                try {
                    state.volumes.remove(m.name(), false);
                } catch (EngineException stillUsed) {
                    // Another container mounts it too; Docker keeps it then.
                }
            }
        }
    }

    public static SimulatedEngine withDefaultCatalog() {
        return new SimulatedEngine(new CatalogLoader().loadDefault(), Clock.systemUTC());
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public String describe() {
        return "simulated";
    }

    @Override
    public EngineVersion version() {
        return new EngineVersion("Docker Engine - Community", VERSION, API_VERSION, "1.24", "26b2c2c", "go1.24.3",
                "linux", "amd64", "6.1.0-docker-tutor", Instant.parse("2025-05-30T12:07:30Z"), "1.7.27", "1.2.5", "0.19.0");
    }

    @Override
    public EngineInfo info() {
        int count = images.size();
        int running = (int) state.containers.all().stream().filter(c -> c.status.equals("running") || c.status.equals("restarting")).count();
        int paused = (int) state.containers.all().stream().filter(c -> c.status.equals("paused")).count();
        int total = state.containers.size();
        return new EngineInfo("docker-tutor", VERSION, total, running, paused, total - running - paused, count, "overlay2", "json-file", "systemd",
                "Simulated Docker Engine (docker-tutor)", "linux", "x86_64", 2, 8L << 30, "/var/lib/docker", "6.1.0-docker-tutor");
    }

    @Override
    public List<SearchResult> search(String term, int limit, Filters filters) {
        return registry.search(term, limit, filters);
    }

    @Override
    public void pull(ImageReference reference, Consumer<ProgressEvent> progress) {
        new ImagePuller(images, registry).pull(reference, now(), progress);
    }

    @Override
    public void push(ImageReference reference, Consumer<ProgressEvent> progress) {
        progress.accept(ProgressEvent.line("The push refers to repository [" + reference.canonicalRepository() + "]"));
        LocalImage img = images.byTag(reference.familiar()).orElseThrow(() -> EngineException.inStream(
                "An image does not exist locally with the tag: " + reference.familiarRepository()));
        if (!reference.domain().equals(ImageReference.DEFAULT_DOMAIN)) {
            throw EngineException.inStream("Get \"https://" + reference.domain() + "/v2/\": dial tcp: lookup "
                    + reference.domain().replaceAll(":\\d+$", "") + ": no such host");
        }
        for (int i = img.layers().size() - 1; i >= 0; i--) {
            images.layer(img.layers().get(i)).ifPresent(l -> progress.accept(ProgressEvent.of(EngineIds.shortId(l.diffId()), "Preparing")));
        }
        // The simulated Docker Hub has no accounts: like the real one for a learner who is not logged in, it refuses.
        throw EngineException.inStream("denied: requested access to the resource is denied");
    }

    @Override
    public List<ImageSummary> listImages(boolean all, Filters filters) {
        var filter = ImageFilters.of(filters, images);
        Set<String> parents = new HashSet<>();
        images.all().forEach(img -> parents.add(img.parentId()));
        List<ImageSummary> out = new ArrayList<>();
        for (LocalImage img : images.all()) {
            if (!all && img.dangling() && parents.contains(img.id())) {
                continue;
            }
            if (!filter.test(img)) {
                continue;
            }
            List<String> patterns = filters.get("reference");
            if (patterns.isEmpty()) {
                out.add(summary(img));
                continue;
            }
            // A reference filter also narrows the names listed, and never lists an image without names.
            List<String> tags = img.repoTags().stream().filter(t -> ImageFilters.matchesReference(t, patterns)).toList();
            List<String> digests = img.repoDigests().stream().filter(d -> ImageFilters.matchesReference(d, patterns)).toList();
            if (!tags.isEmpty() || !digests.isEmpty()) {
                out.add(summary(img.withNames(tags, digests, img.lastTagTime())));
            }
        }
        out.sort(Comparator.comparing(ImageSummary::created).reversed());
        return out;
    }

    private ImageSummary summary(LocalImage img) {
        List<String> tags = img.repoTags().stream().sorted().toList();
        return new ImageSummary(img.id(), tags, img.repoDigests().stream().sorted().toList(), img.parentId(),
                img.created(), img.size(), -1, img.config().labels());
    }

    @Override
    public ImageDetails inspectImage(String name) {
        LocalImage img = images.get(name);
        List<String> diffIds = img.layers().stream()
                .map(k -> images.layer(k).map(l -> l.diffId()).orElse(k)).toList();
        return new ImageDetails(img.id(), img.repoTags().stream().sorted().toList(), img.repoDigests().stream().sorted().toList(), img.parentId(), img.comment(),
                img.created(), img.dockerVersion(), img.author(), img.config(), img.architecture(), img.os(),
                img.size(), diffIds, img.lastTagTime());
    }

    @Override
    public List<HistoryEntry> history(String name) {
        LocalImage img = images.get(name);
        List<HistoryEntry> out = new ArrayList<>();
        int layer = 0;
        for (HistorySpec step : img.history()) {
            long size = 0;
            if (!step.emptyLayer() && layer < img.layers().size()) {
                size = images.layer(img.layers().get(layer++)).map(l -> l.size()).orElse(0L);
            }
            out.add(new HistoryEntry(HistoryEntry.MISSING, step.created(), step.createdBy(), size, step.comment(), List.of()));
        }
        java.util.Collections.reverse(out);
        if (!out.isEmpty()) {
            HistoryEntry top = out.get(0);
            out.set(0, new HistoryEntry(img.id(), top.created(), top.createdBy(), top.size(), top.comment(), img.repoTags()));
        }
        return out;
    }

    @Override
    public void tag(String source, ImageReference target) {
        LocalImage img = images.get(source);
        images.tag(img, target.withDefaultTag().familiar(), now());
    }

    @Override
    public List<ImageDeletion> removeImage(String name, boolean force, boolean noPrune) {
        return new ImageRemover(images, this::imageUsers).remove(name, force, noPrune);
    }

    @Override
    public String build(io.dockertutor.engine.BuildRequest request, Consumer<io.dockertutor.engine.BuildStep> progress) {
        // Like bind mounts, builds read the learner's workspace only, never the rest of the host; the context
        // and the Dockerfile go on as real paths, so reading them follows no link.
        java.nio.file.Path context = hostPaths().toHost(request.context().toString());
        java.nio.file.Path dockerfile = request.dockerfile() != null ? hostPaths().toHost(request.dockerfile().toString())
                : context == null ? null : hostPaths().toHost(request.context().resolve("Dockerfile").toString());
        if (context == null || dockerfile == null) {
            throw new io.dockertutor.engine.BuildFailure("unable to prepare context: path \"" + request.context() + "\" not found", "", "", 0, 0);
        }
        io.dockertutor.engine.BuildRequest confined = new io.dockertutor.engine.BuildRequest(context, dockerfile, request.tags(),
                request.target(), request.buildArgs(), request.noCache(), request.pull(), request.platform());
        return new io.dockertutor.engine.sim.build.ImageBuilder(new SimBuildHost(images, registry, this::now), buildCache, this::now)
                .build(confined, progress);
    }

    @Override
    public PruneReport pruneImages(boolean all, Filters filters) {
        for (String key : filters.keys()) {
            if (!key.equals("until") && !key.equals("label") && !key.equals("label!")) {
                throw EngineException.badRequest("invalid filter '" + key + "'");
            }
        }
        List<ImageDeletion> deleted = new ArrayList<>();
        long reclaimed = 0;
        for (LocalImage img : List.copyOf(images.all())) {
            boolean candidate = all ? containersUsing(img.id()) == 0 : img.dangling();
            if (candidate && images.byId(img.id()).isPresent()) {
                long before = layerBytes();
                deleted.addAll(new ImageRemover(images, this::imageUsers).remove(img.id(), true, false));
                reclaimed += before - layerBytes();
            }
        }
        return new PruneReport(deleted, reclaimed);
    }

    private long layerBytes() {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (LocalImage img : images.all()) {
            for (String key : img.layers()) {
                if (seen.add(key)) {
                    total += images.layer(key).map(l -> l.size()).orElse(0L);
                }
            }
        }
        return total;
    }

    @Override
    public HostNetwork hostNetwork() {
        return new SimHostNetwork(this, this::state);
    }

    @Override
    public DiskUsage diskUsage() {
        long size = layerBytes();
        int active = (int) images.all().stream().filter(img -> containersUsing(img.id()) > 0).count();
        long activeBytes = 0;
        int containers = state.containers.size();
        int runningContainers = (int) state.containers.all().stream().filter(SimContainer::running).count();
        // As the CLI computes it: what active images use beyond the layers they share with others is not reclaimable.
        for (LocalImage img : images.all()) {
            if (containersUsing(img.id()) > 0) {
                activeBytes += img.size() - sharedBytes(img);
            }
        }
        return new DiskUsage(new DiskUsage.Row(images.size(), active, size, Math.max(0, size - activeBytes)),
                new DiskUsage.Row(containers, runningContainers, 0, 0), new DiskUsage.Row(0, 0, 0, 0), new DiskUsage.Row(0, 0, 0, 0));
    }

    /** Bytes of {@code img}'s layers that another image uses too (the API's SharedSize). */
    private long sharedBytes(LocalImage img) {
        long shared = 0;
        for (String key : img.layers()) {
            boolean elsewhere = images.all().stream().anyMatch(o -> o != img && !o.id().equals(img.id()) && o.layers().contains(key));
            if (elsewhere) {
                shared += images.layer(key).map(l -> l.size()).orElse(0L);
            }
        }
        return shared;
    }

    private int containersUsing(String imageId) {
        return imageUsers(imageId).size();
    }

    private List<ImageRemover.User> imageUsers(String imageId) {
        List<ImageRemover.User> users = new ArrayList<>();
        for (SimContainer c : state.containers.all()) {
            if (c.imageId.equals(imageId)) {
                users.add(new ImageRemover.User(c.shortId(), c.running()));
            }
        }
        return users;
    }


    // -- containers -------------------------------------------------------------------------------------------

    @Override
    public String createContainer(ContainerSpec spec) {
        return containerOps.create(spec);
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
    public void removeContainer(String name, boolean force, boolean removeVolumes) {
        containerOps.remove(name, force, removeVolumes);
    }

    @Override
    public void renameContainer(String name, String newName) {
        containerOps.rename(name, newName);
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
    public TopResult top(String name, String psArgs) {
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
        return exec.exec(state.containers.get(name), spec, in, out, err);
    }

    @Override
    public List<FileChange> diff(String name) {
        return withFiles(name, files -> files.diff());
    }

    @Override
    public PathStat statPath(String name, String path) {
        return withFiles(name, files -> files.stat(name, path));
    }

    @Override
    public byte[] getArchive(String name, String path) {
        return withFiles(name, files -> files.archive(name, path));
    }

    @Override
    public void putArchive(String name, String path, byte[] tar) {
        withFiles(name, files -> {
            files.extract(name, path, tar);
            return null;
        });
    }

    /** Serves a container's files; only their changes stay in memory afterwards. */
    private <T> T withFiles(String name, java.util.function.Function<io.dockertutor.engine.sim.fs.ContainerFiles, T> call) {
        io.dockertutor.engine.sim.fs.ContainerFiles files = state.containers.get(name).files;
        return files.using(() -> call.apply(files));
    }

    // -- volumes ----------------------------------------------------------------------------------------------

    @Override
    public VolumeInfo createVolume(String name, String driver, Map<String, String> labels, Map<String, String> options) {
        return state.volumes.create(name, driver, labels, options);
    }

    @Override
    public List<VolumeInfo> listVolumes(Filters filters) {
        return state.volumes.list(filters);
    }

    @Override
    public VolumeInfo inspectVolume(String name) {
        return state.volumes.inspect(name);
    }

    @Override
    public void removeVolume(String name, boolean force) {
        state.volumes.remove(name, force);
    }

    @Override
    public Pruned pruneVolumes(Filters filters, boolean all) {
        return state.volumes.prune(filters, all);
    }

    @Override
    public Optional<java.nio.file.Path> dataRoot() {
        return Optional.of(state.volumes.dataRoot());
    }

    // -- networks ---------------------------------------------------------------------------------------------

    @Override
    public String createNetwork(NetworkSpec spec) {
        return state.networks.create(spec, state.ids, now()).id;
    }

    @Override
    public List<NetworkInfo> listNetworks(Filters filters) {
        List<NetworkInfo> out = new ArrayList<>();
        for (NetworkStore.Net n : state.networks.all()) {
            out.add(state.networks.info(n, containersById()));
        }
        return out;
    }

    @Override
    public NetworkInfo inspectNetwork(String name) {
        return state.networks.info(state.networks.get(name), containersById());
    }

    private Map<String, SimContainer> containersById() {
        Map<String, SimContainer> m = new java.util.HashMap<>();
        state.containers.all().forEach(c -> m.put(c.id, c));
        return m;
    }

    @Override
    public void removeNetwork(String name) {
        NetworkStore.Net n = state.networks.get(name);
        if (n.predefined()) {
            throw EngineException.forbidden(n.name + " is a pre-defined network and cannot be removed");
        }
        List<SimContainer> users = state.containers.all().stream().filter(c -> c.running() && c.networkIps.containsKey(n.name)).toList();
        if (!users.isEmpty()) {
            SimContainer first = users.get(0);
            throw EngineException.forbidden("error while removing network: network " + n.name + " has active endpoints (name:\""
                    + first.name + "\" id:\"" + EngineIds.sha256(n.id + first.id).substring(7, 19) + "\")");
        }
        state.networks.remove(n);
    }

    @Override
    public void connectNetwork(String network, String container, List<String> aliases) {
        NetworkStore.Net n = state.networks.get(network);
        SimContainer c = state.containers.get(container);
        if (c.networkIps.containsKey(n.name)) {
            throw EngineException.forbidden("endpoint with name " + c.name + " already exists in network " + n.name);
        }
        c.networkIps.put(n.name, c.isRunningProcess() ? n.allocate(c.id) : "");
    }

    @Override
    public void disconnectNetwork(String network, String container, boolean force) {
        NetworkStore.Net n = state.networks.get(network);
        SimContainer c = state.containers.get(container);
        if (!c.networkIps.containsKey(n.name)) {
            throw EngineException.forbidden("container " + c.id + " is not connected to network " + n.name);
        }
        c.networkIps.remove(n.name);
        n.ipByContainer.remove(c.id);
    }

    @Override
    public Pruned pruneNetworks(Filters filters) {
        List<String> removed = new ArrayList<>();
        for (NetworkStore.Net n : List.copyOf(state.networks.all())) {
            boolean used = state.containers.all().stream().anyMatch(c -> c.networkIps.containsKey(n.name));
            if (!n.predefined() && !used) {
                state.networks.remove(n);
                removed.add(n.name);
            }
        }
        return new Pruned(removed, 0);
    }

    // -- the daemon ---------------------------------------------------------------------------------------------

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
        return Optional.of(new io.dockertutor.engine.Snapshots() {
            @Override
            public Snapshot take() {
                return new SavedState(state.copy());
            }

            @Override
            public void restore(Snapshot snapshot) {
                state = ((SavedState) snapshot).state.copy();
                images = state.images;
            }
        });
    }

    /** A copy of the state, never handed out mutable: restoring copies it again. */
    private record SavedState(State state) implements io.dockertutor.engine.Snapshots.Snapshot {
    }

    @Override
    public Optional<DaemonControl> daemonControl() {
        return Optional.of(new SimDaemon(this));
    }

    @Override
    public void close() {
        // Nothing to release: the simulated engine lives in memory only.
    }
}
