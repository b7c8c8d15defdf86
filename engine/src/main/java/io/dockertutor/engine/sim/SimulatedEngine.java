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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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

    private final SimRegistry registry;
    private final Clock clock;
    private ImageStore images = new ImageStore();

    public SimulatedEngine(Catalog catalog, Clock clock) {
        this.registry = new SimRegistry(catalog);
        this.clock = clock;
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
        return new EngineInfo("docker-tutor", VERSION, 0, 0, 0, 0, count, "overlay2", "json-file", "systemd",
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
            images.layer(img.layers().get(i)).ifPresent(l -> progress.accept(ProgressEvent.of(Ids.shortId(l.diffId()), "Preparing")));
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
        return new ImageRemover(images, id -> List.of()).remove(name, force, noPrune);
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
                deleted.addAll(new ImageRemover(images, id -> List.of()).remove(img.id(), true, false));
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
        return new SimHostNetwork();
    }

    @Override
    public DiskUsage diskUsage() {
        long size = layerBytes();
        int active = (int) images.all().stream().filter(img -> containersUsing(img.id()) > 0).count();
        long activeBytes = 0;
        return new DiskUsage(new DiskUsage.Row(images.size(), active, size, size - activeBytes),
                new DiskUsage.Row(0, 0, 0, 0), new DiskUsage.Row(0, 0, 0, 0), new DiskUsage.Row(0, 0, 0, 0));
    }

    private int containersUsing(String imageId) {
        return 0;
    }

    // -- containers, volumes, networks: being built (issue 3) -----------------------------------------------

    private static UnsupportedOperationException notYet() {
        return new UnsupportedOperationException("containers are not simulated yet");
    }

    @Override public String createContainer(io.dockertutor.engine.ContainerSpec spec) { throw notYet(); }
    @Override public void startContainer(String name) { throw notYet(); }
    @Override public void stopContainer(String name, Integer timeoutSeconds, String signal) { throw notYet(); }
    @Override public void restartContainer(String name, Integer timeoutSeconds, String signal) { throw notYet(); }
    @Override public void killContainer(String name, String signal) { throw notYet(); }
    @Override public void pauseContainer(String name) { throw notYet(); }
    @Override public void unpauseContainer(String name) { throw notYet(); }
    @Override public java.util.OptionalInt waitContainer(String name) { throw notYet(); }
    @Override public java.util.OptionalInt runAttached(String id, Consumer<io.dockertutor.engine.LogEntry> output) { throw notYet(); }
    @Override public void removeContainer(String name, boolean force, boolean removeVolumes) { throw notYet(); }
    @Override public void renameContainer(String name, String newName) { throw notYet(); }
    @Override public List<io.dockertutor.engine.LogEntry> logs(String name, io.dockertutor.engine.LogOptions options) { throw notYet(); }
    @Override public List<io.dockertutor.engine.ContainerSummary> listContainers(boolean all, int limit, boolean size, Filters filters) { throw notYet(); }
    @Override public io.dockertutor.engine.ContainerDetails inspectContainer(String name, boolean size) { throw notYet(); }
    @Override public io.dockertutor.engine.TopResult top(String name, String psArgs) { throw notYet(); }
    @Override public List<io.dockertutor.engine.ContainerStats> stats(List<String> names, boolean all) { throw notYet(); }
    @Override public io.dockertutor.engine.Pruned pruneContainers(Filters filters) { throw notYet(); }
    @Override public List<io.dockertutor.engine.FileChange> diff(String name) { throw notYet(); }
    @Override public int exec(String name, io.dockertutor.engine.ExecSpec spec, java.io.InputStream in, java.io.OutputStream out, java.io.OutputStream err) { throw notYet(); }
    @Override public io.dockertutor.engine.PathStat statPath(String name, String path) { throw notYet(); }
    @Override public byte[] getArchive(String name, String path) { throw notYet(); }
    @Override public void putArchive(String name, String path, byte[] tar) { throw notYet(); }
    @Override public io.dockertutor.engine.VolumeInfo createVolume(String name, String driver, java.util.Map<String, String> labels, java.util.Map<String, String> options) { throw notYet(); }
    @Override public List<io.dockertutor.engine.VolumeInfo> listVolumes(Filters filters) { throw notYet(); }
    @Override public io.dockertutor.engine.VolumeInfo inspectVolume(String name) { throw notYet(); }
    @Override public void removeVolume(String name, boolean force) { throw notYet(); }
    @Override public io.dockertutor.engine.Pruned pruneVolumes(Filters filters, boolean all) { throw notYet(); }
    @Override public String createNetwork(io.dockertutor.engine.NetworkSpec spec) { throw notYet(); }
    @Override public List<io.dockertutor.engine.NetworkInfo> listNetworks(Filters filters) { throw notYet(); }
    @Override public io.dockertutor.engine.NetworkInfo inspectNetwork(String name) { throw notYet(); }
    @Override public void removeNetwork(String name) { throw notYet(); }
    @Override public void connectNetwork(String network, String container, List<String> aliases) { throw notYet(); }
    @Override public void disconnectNetwork(String network, String container, boolean force) { throw notYet(); }
    @Override public io.dockertutor.engine.Pruned pruneNetworks(Filters filters) { throw notYet(); }

    @Override
    public void close() {
        // Nothing to release: the simulated engine lives in memory only.
    }
}
