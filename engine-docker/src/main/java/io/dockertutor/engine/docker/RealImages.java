package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.HistoryEntry;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.ProgressEvent;
import io.dockertutor.engine.PruneReport;
import io.dockertutor.engine.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Registry and image calls of the real engine: search, pull, push, list, inspect, history, tag, rmi, prune. */
final class RealImages {
    private final DockerClient client;
    private final ApiJson api;
    private final DaemonErrors errors;
    private final SessionOwnership ownership;

    RealImages(DockerClient client, ApiJson api, DaemonErrors errors, SessionOwnership ownership) {
        this.client = client;
        this.api = api;
        this.errors = errors;
        this.ownership = ownership;
    }

    List<SearchResult> search(String term, int limit, Filters filters) {
        String query = "term=" + ApiJson.encodeQuery(term) + (limit > 0 ? "&limit=" + limit : "") + and(ApiJson.filters(filters));
        List<SearchResult> out = new ArrayList<>();
        for (JsonNode r : errors.call(() -> api.get("/images/search?" + query))) {
            out.add(new SearchResult(ApiJson.text(r, "name"), ApiJson.text(r, "description"), r.path("star_count").asInt(),
                    r.path("is_official").asBoolean(), r.path("is_automated").asBoolean()));
        }
        return out;
    }

    /** As the docker CLI asks: {@code fromImage} the repository, {@code tag} the tag or digest (none for all tags). */
    void pull(ImageReference reference, Consumer<ProgressEvent> progress) {
        String tag = reference.digest() != null ? reference.digest() : reference.tag();
        // docker-java refuses a null tag; without one the daemon pulls every tag.
        Runnable pull = () -> errors.run(() -> stream(tag == null ? client.pullImageCmd(reference.familiarRepository())
                : client.pullImageCmd(reference.familiarRepository()).withTag(tag), progress, PullResponseItem.class));
        if (tag == null) {
            var before = ownership.images();
            pull.run();
            ownership.arrived(before);
        } else {
            ownership.making(reference.familiar(), pull);
        }
    }

    void push(ImageReference reference, Consumer<ProgressEvent> progress) {
        errors.run(() -> stream(client.pushImageCmd(reference.familiarRepository()).withTag(reference.tag()), progress,
                PushResponseItem.class));
    }

    private static <T extends ResponseItem> void stream(com.github.dockerjava.api.command.AsyncDockerCmd<?, T> cmd,
                                                        Consumer<ProgressEvent> progress, Class<T> type) {
        ResultCallback.Adapter<T> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(T item) {
                ProgressMapping.event(item).ifPresent(progress);
            }
        };
        var running = cmd.exec(callback);
        if (io.dockertutor.engine.Interruption.await(() -> running.awaitCompletion()) == null) {
            // Ctrl-C: the CLI cancels its request and the transfer stops; the shell reports 130.
            try {
                running.close();
            } catch (java.io.IOException e) {
                // the stream is gone either way
            }
        }
    }

    /** In lesson mode only the images the session pulled, built or tagged, with only its tags (SessionOwnership). */
    List<ImageSummary> list(boolean all, Filters filters) {
        List<ImageSummary> found = new ArrayList<>();
        errors.call(() -> api.get("/images/json?all=" + (all ? 1 : 0) + and(ApiJson.filters(filters))))
                .forEach(i -> found.add(ImageRecords.summary(i)));
        List<ImageSummary> out = new ArrayList<>();
        for (ImageSummary i : ownership.scope().keep(found, i -> ownership.asSeenByTheLesson(i) != null)) {
            out.add(ownership.lessonScoped() ? ownership.asSeenByTheLesson(i) : i);
        }
        return out;
    }

    ImageDetails inspect(String name) {
        if (ownership.hiddenFromLesson(name)) {
            throw io.dockertutor.engine.EngineException.notFound("No such image: "
                    + ImageReference.tryParse(name).map(r -> r.withDefaultTag().familiar()).orElse(name));
        }
        return ImageRecords.details(errors.call(() -> api.get("/images/" + ApiJson.encode(name) + "/json")));
    }

    List<HistoryEntry> history(String name) {
        List<HistoryEntry> out = new ArrayList<>();
        errors.call(() -> api.get("/images/" + ApiJson.encode(name) + "/history")).forEach(h -> out.add(ImageRecords.history(h)));
        return out;
    }

    void tag(String source, ImageReference target) {
        ImageReference t = target.withDefaultTag();
        ownership.making(t.familiar(), () -> errors.run(() -> api.send("POST", "/images/" + ApiJson.encode(source) + "/tag?repo="
                + ApiJson.encodeQuery(t.familiarRepository()) + "&tag=" + ApiJson.encodeQuery(t.tag()), null)));
    }

    /**
     * In a lesson, a name the learner's image has too is only taken out of the lesson's view, as moby would untag it
     * (refused while a container of the session uses it, unless forced); every other removal is the daemon's.
     */
    List<ImageDeletion> remove(String name, boolean force, boolean noPrune) {
        if (ownership.sharedTag(name)) {
            String imageId = ApiJson.text(errors.call(() -> api.get("/images/" + ApiJson.encode(name) + "/json")), "Id");
            String filter = ApiJson.filters(new Filters(java.util.Map.of("label", List.of(
                    io.dockertutor.engine.Ownership.SESSION_LABEL + "=" + ownership.sessionId()))));
            for (JsonNode c : errors.call(() -> api.get("/containers/json?all=1&" + filter))) {
                if (!force && imageId.equals(ApiJson.text(c, "ImageID"))) {
                    throw new io.dockertutor.engine.EngineException(io.dockertutor.engine.EngineException.Kind.CONFLICT,
                            "conflict: unable to remove repository reference \"" + name + "\" (must force) - container "
                                    + shortId(ApiJson.text(c, "Id")) + " is using its referenced image " + shortId(imageId));
                }
            }
            ownership.hideFromLesson(name);
            return List.of(ImageDeletion.untagged(ImageReference.tryParse(name).map(r -> r.withDefaultTag().familiar()).orElse(name)));
        }
        return deletions(errors.call(() -> api.send("DELETE", "/images/" + ApiJson.encode(name) + "?force=" + force
                + "&noprune=" + noPrune, null)));
    }

    private static String shortId(String id) {
        String bare = id.substring(id.indexOf(':') + 1);
        return bare.substring(0, Math.min(12, bare.length()));
    }

    PruneReport prune(boolean all, Filters filters) {
        Filters effective = filters;
        if (all) {
            java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>(filters.values());
            values.put("dangling", List.of("false"));
            effective = new Filters(values);
        }
        String query = ApiJson.filters(effective);
        JsonNode r = errors.call(() -> api.send("POST", "/images/prune" + (query.isEmpty() ? "" : "?" + query), null));
        return new PruneReport(deletions(r.path("ImagesDeleted")), r.path("SpaceReclaimed").asLong());
    }

    private static List<ImageDeletion> deletions(JsonNode items) {
        List<ImageDeletion> out = new ArrayList<>();
        for (JsonNode d : items) {
            if (d.hasNonNull("Untagged")) {
                out.add(ImageDeletion.untagged(d.get("Untagged").asText()));
            } else if (d.hasNonNull("Deleted")) {
                out.add(ImageDeletion.deleted(d.get("Deleted").asText()));
            }
        }
        return out;
    }

    static String and(String query) {
        return query.isEmpty() ? "" : "&" + query;
    }

    /**
     * {@code POST /build/prune}, the ids the daemon answers in {@code CachesDeleted} as the records {@code GET
     * /system/df?type=build-cache} listed just before (a record gone meanwhile is its id alone).
     */
    java.util.List<io.dockertutor.engine.DiskUsage.CacheRecord> pruneBuildCache(boolean all, Filters filters) {
        java.util.Map<String, io.dockertutor.engine.DiskUsage.CacheRecord> before = new java.util.HashMap<>();
        DiskUsageRecords.diskUsage(errors.call(() -> api.get("/system/df?type=build-cache"))).cacheList()
                .forEach(r -> before.put(r.id(), r));
        String query = "/build/prune?" + (all ? "all=1&" : "") + ApiJson.filters(filters);
        JsonNode answer = errors.call(() -> api.send("POST", query, null));
        return ApiJson.strings(answer.path("CachesDeleted")).stream().map(id -> before.getOrDefault(id,
                new io.dockertutor.engine.DiskUsage.CacheRecord(id, java.util.List.of(), "", "", false, false, 0, null, null, 0)))
                .toList();
    }
}
