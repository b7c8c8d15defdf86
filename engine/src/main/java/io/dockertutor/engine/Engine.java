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

    /** {@code POST /images/prune}: dangling images, or with {@code all} every image no container uses. */
    PruneReport pruneImages(boolean all, Filters filters);

    // -- system --------------------------------------------------------------------------------------------

    /** The network as seen from the engine's host: what {@code curl 127.0.0.1:8080} reaches through published ports. */
    HostNetwork hostNetwork();

    /** {@code GET /system/df}. */
    DiskUsage diskUsage();

    @Override
    void close();
}
