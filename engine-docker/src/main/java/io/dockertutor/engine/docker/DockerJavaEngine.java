package io.dockertutor.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientImpl;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineInfo;
import io.dockertutor.engine.EngineVersion;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HostNetwork;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.LogEntry;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.Ownership;
import io.dockertutor.engine.ProgressEvent;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.VolumeInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The engine API on a real Docker daemon, through docker-java and its Apache HttpClient 5 transport.
 *
 * <p>It reaches the daemon the docker CLI would reach ({@link DockerEndpointResolver}: DOCKER_HOST, DOCKER_TLS_VERIFY
 * and DOCKER_CERT_PATH, the current Docker context), answers with the daemon's own records and error texts, and
 * marks what it creates as this session's ({@link #ownership()}). It owns no daemon: {@link #daemonControl()} and
 * {@link #dataRoot()} are empty.
 *
 * <pre>{@code
 * try (Engine engine = DockerJavaEngine.fromEnvironment("lesson-42", Locale.KOREAN)) {
 *     engine.pull(ImageReference.parse("busybox"), e -> { });
 * }   // an unreachable daemon throws EngineUnavailableException, already in Korean
 * }</pre>
 */
public final class DockerJavaEngine implements Engine {
    private final DockerEndpoint endpoint;
    private final DockerClient client;
    private final DaemonErrors errors;
    private final ApiJson api;
    private final SessionOwnership ownership;
    private final RealImages images;
    private final RealContainers containers;
    private final ContainerStatsReader stats;
    private final RealExecArchive files;
    private final RealVolumesNetworks storage;
    private final RealBuild builds;
    private final RealImageArchives archives;
    private final HostNetwork hostNetwork = new SocketHostNetwork(10_000);
    private final EngineVersion version;

    private DockerJavaEngine(DockerEndpoint endpoint, DockerClient client, DaemonErrors errors, String sessionId) {
        this.endpoint = endpoint;
        this.client = client;
        this.errors = errors;
        this.api = new ApiJson(((DockerClientImpl) client).getHttpClient());
        this.version = SystemRecords.version(errors.call(() -> api.get("/version")));
        this.ownership = new SessionOwnership(sessionId, api, client, errors);
        this.images = new RealImages(client, api, errors, ownership);
        this.storage = new RealVolumesNetworks(api, errors, ownership, version.apiVersion());
        this.containers = new RealContainers(client, api, errors, ownership, storage, endpoint);
        this.stats = new ContainerStatsReader(api, errors);
        this.files = new RealExecArchive(client, api, errors);
        this.builds = new RealBuild(client, errors, ownership);
        this.archives = new RealImageArchives(api, errors, ownership);
        LiveSessions.opened(this);
    }

    /**
     * Connects to the daemon at {@code endpoint} (Docker configuration in {@code configDir}); checks that it answers.
     *
     * @param sessionId the value of {@link Ownership#SESSION_LABEL} on everything this engine creates
     * @param locale    the learner's language, for the messages of a daemon that cannot be reached
     * @throws EngineUnavailableException when no daemon answers, in {@code locale}
     */
    public static DockerJavaEngine connect(DockerEndpoint endpoint, Path configDir, String sessionId, Locale locale) {
        DaemonErrors errors = new DaemonErrors(endpoint, locale);
        DockerClient client = DockerClients.open(endpoint, configDir, locale);
        try {
            return new DockerJavaEngine(endpoint, client, errors, sessionId);
        } catch (RuntimeException e) {
            DockerClients.closeQuietly(client);
            throw errors.map(e);
        }
    }

    /** Connects to what the docker CLI would use here; a broken configuration is told like a missing daemon. */
    public static DockerJavaEngine fromEnvironment(String sessionId, Locale locale) {
        return new DockerEndpointResolver(System.getenv(), Path.of(System.getProperty("user.home"))).connect(sessionId, locale);
    }

    public DockerEndpoint endpoint() {
        return endpoint;
    }

    /** The session ends under the threads using it: they are shut out, its objects removed, twice (see LiveSessions). */
    List<String> abandon(long graceMillis) {
        return ownership.abandon(graceMillis);
    }

    @Override
    public io.dockertutor.engine.EngineCapabilities capabilities() {
        return io.dockertutor.engine.EngineCapabilities.NONE.withConcurrentCalls();
    }

    @Override
    public io.dockertutor.engine.Settling settling() {
        return new DaemonSettling(this);
    }

    @Override
    public String describe() {
        return "docker (" + endpoint.host() + ")";
    }

    @Override
    public EngineVersion version() {
        return version;
    }

    @Override
    public EngineInfo info() {
        return SystemRecords.info(errors.call(() -> api.get("/info")));
    }

    @Override
    public Ownership ownership() {
        return ownership;
    }

    @Override
    public List<io.dockertutor.engine.SearchResult> search(String term, int limit, Filters filters) {
        return images.search(term, limit, filters);
    }

    @Override
    public void pull(ImageReference reference, Consumer<ProgressEvent> progress) {
        images.pull(reference, progress);
    }

    @Override
    public void push(ImageReference reference, Consumer<ProgressEvent> progress) {
        images.push(reference, progress);
    }

    @Override
    public List<ImageSummary> listImages(boolean all, Filters filters) {
        return images.list(all, filters);
    }

    @Override
    public io.dockertutor.engine.ImageDetails inspectImage(String name) {
        return images.inspect(name);
    }

    @Override
    public List<io.dockertutor.engine.HistoryEntry> history(String name) {
        return images.history(name);
    }

    @Override
    public void tag(String source, ImageReference target) {
        images.tag(source, target);
    }

    @Override
    public List<io.dockertutor.engine.ImageDeletion> removeImage(String name, boolean force, boolean noPrune) {
        return images.remove(name, force, noPrune);
    }

    @Override
    public String build(io.dockertutor.engine.BuildRequest request, Consumer<io.dockertutor.engine.BuildStep> progress) {
        return builds.build(request, progress);
    }

    @Override
    public List<io.dockertutor.engine.DiskUsage.CacheRecord> pruneBuildCache(boolean all, Filters filters) {
        return images.pruneBuildCache(all, filters);
    }

    @Override
    public io.dockertutor.engine.PruneReport pruneImages(boolean all, Filters filters) {
        return images.prune(all, filters);
    }

    @Override
    public String createContainer(io.dockertutor.engine.ContainerSpec spec) {
        return containers.create(spec);
    }

    @Override
    public List<String> lastCreateWarnings() {
        return containers.lastWarnings();
    }

    @Override
    public void startContainer(String name) {
        containers.start(name);
    }

    @Override
    public void stopContainer(String name, Integer timeoutSeconds, String signal) {
        containers.stop(name, timeoutSeconds, signal);
    }

    @Override
    public void restartContainer(String name, Integer timeoutSeconds, String signal) {
        containers.restart(name, timeoutSeconds, signal);
    }

    @Override
    public void killContainer(String name, String signal) {
        containers.kill(name, signal);
    }

    @Override
    public void pauseContainer(String name) {
        containers.pause(name);
    }

    @Override
    public void unpauseContainer(String name) {
        containers.unpause(name);
    }

    @Override
    public OptionalInt waitContainer(String name) {
        return containers.await(name);
    }

    @Override
    public OptionalInt runAttached(String id, Consumer<LogEntry> output) {
        return containers.runAttached(id, output);
    }

    @Override
    public OptionalInt attach(String id, boolean start, InputStream in, OutputStream out, OutputStream err) {
        return containers.attach(id, start, in, out, err);
    }

    @Override
    public void removeContainer(String name, boolean force, boolean removeVolumes) {
        containers.remove(name, force, removeVolumes);
    }

    @Override
    public void renameContainer(String name, String newName) {
        containers.rename(name, newName);
    }

    @Override
    public List<String> updateContainer(String name, io.dockertutor.engine.ContainerUpdate update) {
        return containers.update(name, update);
    }

    @Override
    public List<LogEntry> logs(String name, io.dockertutor.engine.LogOptions options) {
        return containers.logs(name, options);
    }

    @Override
    public List<io.dockertutor.engine.ContainerSummary> listContainers(boolean all, int limit, boolean size, Filters filters) {
        return containers.list(all, limit, size, filters);
    }

    @Override
    public io.dockertutor.engine.ContainerDetails inspectContainer(String name, boolean size) {
        return containers.inspect(name, size);
    }

    @Override
    public io.dockertutor.engine.TopResult top(String name, String psArgs) {
        return containers.top(name, psArgs);
    }

    @Override
    public List<io.dockertutor.engine.ContainerStats> stats(List<String> names, boolean all) {
        return stats.stats(names, all);
    }

    @Override
    public Pruned pruneContainers(Filters filters) {
        return containers.prune(filters);
    }

    @Override
    public List<io.dockertutor.engine.FileChange> diff(String name) {
        return containers.diff(name);
    }

    @Override
    public int exec(String name, io.dockertutor.engine.ExecSpec spec, InputStream in, OutputStream out, OutputStream err) {
        return files.exec(name, spec, in, out, err);
    }

    @Override
    public io.dockertutor.engine.PathStat statPath(String name, String path) {
        return files.stat(name, path);
    }

    @Override
    public byte[] getArchive(String name, String path) {
        return files.get(name, path);
    }

    @Override
    public void putArchive(String name, String path, byte[] tar) {
        files.put(name, path, tar);
    }

    @Override
    public VolumeInfo createVolume(String name, String driver, java.util.Map<String, String> labels, java.util.Map<String, String> options) {
        return storage.createVolume(name, driver, labels, options);
    }

    @Override
    public List<VolumeInfo> listVolumes(Filters filters) {
        return storage.listVolumes(filters);
    }

    @Override
    public VolumeInfo inspectVolume(String name) {
        return storage.inspectVolume(name);
    }

    @Override
    public void removeVolume(String name, boolean force) {
        storage.removeVolume(name, force);
    }

    @Override
    public Pruned pruneVolumes(Filters filters, boolean all) {
        return storage.pruneVolumes(filters, all);
    }

    @Override
    public String createNetwork(io.dockertutor.engine.NetworkSpec spec) {
        return storage.createNetwork(spec);
    }

    @Override
    public List<NetworkInfo> listNetworks(Filters filters) {
        return storage.listNetworks(filters);
    }

    @Override
    public NetworkInfo inspectNetwork(String name) {
        return storage.inspectNetwork(name);
    }

    @Override
    public void removeNetwork(String name) {
        storage.removeNetwork(name);
    }

    @Override
    public void connectNetwork(String network, String container, io.dockertutor.engine.EndpointSpec endpoint) {
        storage.connect(network, container, endpoint);
    }

    @Override
    public void disconnectNetwork(String network, String container, boolean force) {
        storage.disconnect(network, container, force);
    }

    @Override
    public Pruned pruneNetworks(Filters filters) {
        return storage.pruneNetworks(filters);
    }

    @Override
    public io.dockertutor.engine.ImageArchives imageArchives() {
        return archives;
    }

    @Override
    public List<io.dockertutor.engine.EngineEvent> events(java.time.Instant since, java.time.Instant until, Filters filters) {
        return new RealEvents(api, errors, java.time.Clock.systemUTC()).events(since, until, filters);
    }

    @Override
    public HostNetwork hostNetwork() {
        return hostNetwork;
    }

    @Override
    public io.dockertutor.engine.DiskUsage diskUsage() {
        return DiskUsageRecords.diskUsage(errors.call(() -> api.get("/system/df")));
    }

    @Override
    public void close() {
        LiveSessions.closed(this);
        DockerClients.closeQuietly(client);
    }
}
