package io.dockertutor.engine.sim;

import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HistoryEntry;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.ProgressEvent;
import io.dockertutor.engine.PruneReport;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The image calls of the engine API over the simulated state: listing with its filters, inspect, history, tags,
 * removal, prune, push (which the simulated Docker Hub refuses) and the image rows of {@code system df}.
 */
final class ImageOperations {
    private final Supplier<SimState> state;
    private final Supplier<Instant> clock;
    private final EventLog events;

    ImageOperations(Supplier<SimState> state, Supplier<Instant> clock, EventLog events) {
        this.state = state;
        this.clock = clock;
        this.events = events;
    }

    private ImageStore images() {
        return state.get().images;
    }

    /** The daemon logs a pull under the reference pulled ({@code busybox:latest}, or the bare name for all tags). */
    void pull(SimRegistry registry, ImageReference reference, Consumer<ProgressEvent> progress) {
        new ImagePuller(images(), registry).pull(reference, clock.get(), progress);
        events.image(reference.tag() == null && reference.digest() == null ? reference.familiarRepository()
                : reference.familiar(), reference.familiarRepository(), "pull");
    }

    void push(ImageReference reference, Consumer<ProgressEvent> progress) {
        progress.accept(ProgressEvent.line("The push refers to repository [" + reference.canonicalRepository() + "]"));
        LocalImage img = images().byTag(reference.familiar()).orElseThrow(() -> EngineException.inStream(
                "An image does not exist locally with the tag: " + reference.familiarRepository()));
        if (!reference.domain().equals(ImageReference.DEFAULT_DOMAIN)) {
            throw EngineException.inStream("Get \"https://" + reference.domain() + "/v2/\": dial tcp: lookup "
                    + reference.domain().replaceAll(":\\d+$", "") + ": no such host");
        }
        for (int i = img.layers().size() - 1; i >= 0; i--) {
            images().layer(img.layers().get(i)).ifPresent(l -> progress.accept(ProgressEvent.of(EngineIds.shortId(l.diffId()), "Preparing")));
        }
        // The simulated Docker Hub has no accounts: like the real one for a learner who is not logged in, it refuses.
        throw EngineException.inStream("denied: requested access to the resource is denied");
    }

    /** moby's Images(): intermediate images only with {@code all}; a reference filter narrows the names shown. */
    List<ImageSummary> list(boolean all, Filters filters) {
        ImageFilters.Listing filter = ImageFilters.forList(filters, images(), clock.get());
        Set<String> parents = new HashSet<>();
        images().all().forEach(img -> parents.add(img.parentId()));
        List<ImageSummary> out = new ArrayList<>();
        for (LocalImage img : images().all()) {
            if (!filter.matches().test(img) || (filter.dangling() == Boolean.TRUE && parents.contains(img.id()))) {
                continue;
            }
            List<String> tags = filter.names(img.repoTags());
            List<String> digests = filter.names(img.repoDigests());
            if (tags.isEmpty() && digests.isEmpty()) {
                boolean shown = (all || !parents.contains(img.id())) && filter.dangling() != Boolean.FALSE
                        && filter.references().isEmpty();
                if (!shown) {
                    continue;
                }
            } else if (filter.dangling() == Boolean.TRUE && !tags.isEmpty()) {
                continue;
            }
            out.add(summary(img.withNames(tags, digests, img.lastTagTime())));
        }
        out.sort(Comparator.comparing(ImageSummary::created).reversed());
        return out;
    }

    private static ImageSummary summary(LocalImage img) {
        return new ImageSummary(img.id(), img.repoTags().stream().sorted().toList(), img.repoDigests().stream().sorted().toList(),
                img.parentId(), img.created(), img.size(), -1, img.config().labels());
    }

    ImageDetails inspect(String name) {
        LocalImage img = images().get(name);
        List<String> diffIds = img.layers().stream().map(k -> images().layer(k).map(l -> l.diffId()).orElse(k)).toList();
        return new ImageDetails(img.id(), img.repoTags().stream().sorted().toList(), img.repoDigests().stream().sorted().toList(),
                img.parentId(), img.comment(), img.created(), img.dockerVersion(), img.author(), img.config(), img.architecture(),
                img.os(), img.size(), diffIds, img.lastTagTime());
    }

    List<HistoryEntry> history(String name) {
        LocalImage img = images().get(name);
        List<HistoryEntry> out = new ArrayList<>();
        int layer = 0;
        for (HistorySpec step : img.history()) {
            long size = 0;
            if (!step.emptyLayer() && layer < img.layers().size()) {
                size = images().layer(img.layers().get(layer++)).map(l -> l.size()).orElse(0L);
            }
            out.add(new HistoryEntry(HistoryEntry.MISSING, step.created(), step.createdBy(), size, step.comment(), List.of()));
        }
        Collections.reverse(out);
        if (!out.isEmpty()) {
            HistoryEntry top = out.get(0);
            out.set(0, new HistoryEntry(img.id(), top.created(), top.createdBy(), top.size(), top.comment(), img.repoTags()));
        }
        return out;
    }

    void tag(String source, ImageReference target) {
        LocalImage image = images().get(source);
        images().tag(image, target.withDefaultTag().familiar(), clock.get());
        events.image(image.id(), target.withDefaultTag().familiar(), "tag");
    }

    /** The daemon names an untagged or deleted image by its id in the event, not by the reference that went. */
    List<ImageDeletion> remove(String name, boolean force, boolean noPrune) {
        String id = images().find(name).map(LocalImage::id).orElse("");
        List<ImageDeletion> gone = new ImageRemover(images(), this::users).remove(name, force, noPrune);
        for (ImageDeletion d : gone) {
            if (d.untagged() != null) {
                events.image(id, id, "untag");
            } else if (d.deleted().equals(id)) {
                events.image(id, id, "delete");
            }
        }
        return gone;
    }

    /**
     * moby's ImagesPrune: dangling images (or every one with {@code all}) that match the filters and that no
     * container uses; an untagged image that others are built on stays.
     */
    PruneReport prune(boolean all, Filters filters) {
        ImageFilters.Pruning filter = ImageFilters.forPrune(filters, all, clock.get());
        Set<String> parents = new HashSet<>();
        images().all().forEach(img -> parents.add(img.parentId()));
        List<ImageDeletion> deleted = new ArrayList<>();
        long reclaimed = 0;
        for (LocalImage img : List.copyOf(images().all())) {
            boolean named = !img.repoTags().isEmpty() || !img.repoDigests().isEmpty();
            boolean candidate = filter.danglingOnly() ? img.dangling() && !parents.contains(img.id()) : named || !parents.contains(img.id());
            if (candidate && filter.matches().test(img) && users(img.id()).isEmpty() && images().byId(img.id()).isPresent()) {
                long before = layerBytes();
                deleted.addAll(new ImageRemover(images(), this::users).remove(img.id(), true, false));
                reclaimed += before - layerBytes();
            }
        }
        return new PruneReport(deleted, reclaimed);
    }

    private long layerBytes() {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (LocalImage img : images().all()) {
            for (String key : img.layers()) {
                if (seen.add(key)) {
                    total += images().layer(key).map(l -> l.size()).orElse(0L);
                }
            }
        }
        return total;
    }

    /**
     * {@code GET /system/df} with the containers and volumes given: moby's image list with its extra attributes (the
     * top-level images, newest first, each with the containers using it and the bytes of its layers that another
     * listed image uses too) and the bytes of all layers. The simulator keeps no build cache records.
     */
    DiskUsage diskUsage(List<ContainerSummary> containers, List<DiskUsage.Volume> volumes) {
        List<ImageSummary> listed = list(false, Filters.NONE);
        Map<String, Integer> layerRefs = new HashMap<>();
        for (ImageSummary summary : listed) {
            images().byId(summary.id()).ifPresent(img -> img.layers().forEach(key -> layerRefs.merge(key, 1, Integer::sum)));
        }
        List<DiskUsage.Image> out = new ArrayList<>();
        for (ImageSummary s : listed) {
            long shared = 0;
            for (String key : images().byId(s.id()).map(LocalImage::layers).orElse(List.of())) {
                if (layerRefs.get(key) > 1) {
                    shared += images().layer(key).map(l -> l.size()).orElse(0L);
                }
            }
            ImageSummary counted = new ImageSummary(s.id(), s.repoTags(), s.repoDigests(), s.parentId(), s.created(), s.size(),
                    users(s.id()).size(), s.labels());
            out.add(new DiskUsage.Image(counted, shared));
        }
        return new DiskUsage(layerBytes(), out, containers, volumes, List.of());
    }

    private List<ImageRemover.User> users(String imageId) {
        List<ImageRemover.User> users = new ArrayList<>();
        for (SimContainer c : state.get().containers.all()) {
            if (c.imageId.equals(imageId)) {
                users.add(new ImageRemover.User(c.shortId(), c.running()));
            }
        }
        return users;
    }
}
