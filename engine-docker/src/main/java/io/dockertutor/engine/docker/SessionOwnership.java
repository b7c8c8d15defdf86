package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.Ownership;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The tutor's objects on a real engine: containers, volumes and networks carry {@link Ownership#SESSION_LABEL} with
 * this session's id (added at create time by {@link #label}); images are remembered in memory as the tutor pulls,
 * builds or tags them, and an image whose id was on the engine before the session started is never the tutor's,
 * even when the tutor pulled its name again.
 *
 * <p>The session id decides whose objects a cleanup removes: a classroom's learners sharing one lab engine each get
 * their own, and a learner's next session may reuse its id to clean what a crashed one left.
 */
final class SessionOwnership implements Ownership {
    private static final Set<String> PREDEFINED_NETWORKS = Set.of("bridge", "host", "none");

    private final String sessionId;
    private final ApiJson api;
    private final DockerClient client;
    private final DaemonErrors errors;
    private final Set<String> imagesAtStart;
    private final Set<String> ownedImageIds = new LinkedHashSet<>();
    private final Set<String> tutorReferences = new LinkedHashSet<>();
    private final Set<String> touchedReferences = new HashSet<>();
    private final Set<String> hiddenReferences = new HashSet<>();
    private final LessonScope scope;

    SessionOwnership(String sessionId, ApiJson api, DockerClient client, DaemonErrors errors) {
        this.sessionId = sessionId;
        this.api = api;
        this.client = client;
        this.errors = errors;
        this.scope = new LessonScope(sessionId);
        this.imagesAtStart = new HashSet<>();
        errors.call(() -> api.get("/images/json?all=1")).forEach(i -> imagesAtStart.add(ApiJson.text(i, "Id")));
    }

    String sessionId() {
        return sessionId;
    }

    /** {@code labels} with this session's label added: what every create request carries. */
    Map<String, String> label(Map<String, String> labels) {
        Map<String, String> out = new LinkedHashMap<>(labels);
        out.put(SESSION_LABEL, sessionId);
        return out;
    }

    /** {@code labels} without the tutor's label, so both engines show learners the same labels. */
    static Map<String, String> withoutSessionLabel(Map<String, String> labels) {
        if (!labels.containsKey(SESSION_LABEL)) {
            return labels;
        }
        Map<String, String> out = new LinkedHashMap<>(labels);
        out.remove(SESSION_LABEL);
        return out;
    }

    /**
     * In a lesson, a name the learner's image had before the session and the session pulled again: the lesson's
     * {@code docker rmi} of it takes it out of the lesson's view only ({@link #hideFromLesson}), and the learner's
     * tag stays.
     */
    boolean sharedTag(String reference) {
        String r = familiar(reference);
        return scope.on() && touchedReferences.contains(r) && !tutorReferences.contains(r);
    }

    /** The lesson no longer sees {@code reference}: as if removed, on an engine where it is the learner's too. */
    void hideFromLesson(String reference) {
        touchedReferences.remove(familiar(reference));
        hiddenReferences.add(familiar(reference));
    }

    /** Whether the lesson removed {@code reference} from its view ({@link #hideFromLesson}) and has not pulled it since. */
    boolean hiddenFromLesson(String reference) {
        return scope.on() && hiddenReferences.contains(familiar(reference));
    }

    /** Runs a pull or tag that may make {@code reference}, and remembers what it made. */
    void making(String reference, Runnable operation) {
        Optional<String> before = imageId(reference);
        operation.run();
        hiddenReferences.remove(familiar(reference));
        touchedReferences.add(familiar(reference));
        imageId(reference).ifPresent(after -> {
            if (before.isEmpty() || !before.get().equals(after)) {
                tutorReferences.add(familiar(reference));
            }
            if (!imagesAtStart.contains(after)) {
                ownedImageIds.add(after);
            }
        });
    }

    /** The engine's images now, every one ({@code all=1}), as id to its tags: a build compares them before and after. */
    Map<String, List<String>> images() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        errors.call(() -> api.get("/images/json?all=1"))
                .forEach(i -> out.put(ApiJson.text(i, "Id"), ImageRecords.summary(i).repoTags()));
        return out;
    }

    /**
     * Remembers a build's image and tags, and whatever else the build added to the engine: base images the daemon
     * pulled for {@code FROM}, and the images of earlier stages the classic builder leaves behind, untagged.
     */
    void built(String imageId, List<String> tags, Map<String, List<String>> before) {
        if (!imagesAtStart.contains(imageId)) {
            ownedImageIds.add(imageId);
        }
        arrived(before);
        tags.forEach(this::made);
    }

    /** A reference this session made: it removes it on cleanup, and checks count it as the learner's. */
    private void made(String reference) {
        tutorReferences.add(familiar(reference));
        touchedReferences.add(familiar(reference));
    }

    /** Remembers the images and tags that are on the engine now but were not in {@code before} ({@link #images()}). */
    void arrived(Map<String, List<String>> before) {
        for (Map.Entry<String, List<String>> image : images().entrySet()) {
            if (!before.containsKey(image.getKey()) && !imagesAtStart.contains(image.getKey())) {
                ownedImageIds.add(image.getKey());
            }
            List<String> had = before.getOrDefault(image.getKey(), List.of());
            for (String t : image.getValue()) {
                if (!t.contains("<none>") && !had.contains(t)) {
                    made(t);
                }
            }
        }
    }

    @Override
    public boolean touchedImage(String reference) {
        return touchedReferences.contains(familiar(reference));
    }

    @Override
    public boolean ownsContainer(String nameOrId) {
        return labelled(() -> api.get("/containers/" + ApiJson.encode(nameOrId) + "/json").path("Config").path("Labels"));
    }

    @Override
    public boolean ownsVolume(String name) {
        String daemon = scope.volume(name, this::foreignVolume);
        return scope.anonymous(daemon) || labelled(() -> api.get("/volumes/" + ApiJson.encode(daemon)).path("Labels"));
    }

    @Override
    public void lessonScope(boolean on) {
        scope.on(on);
    }

    @Override
    public boolean lessonScoped() {
        return scope.on();
    }

    @Override
    public int hiddenByLastListing() {
        return scope.hidden();
    }

    LessonScope scope() {
        return scope;
    }

    /** Whether a volume named {@code name} exists on the daemon and is not this session's. */
    boolean foreignVolume(String name) {
        try {
            JsonNode v = errors.call(() -> api.get("/volumes/" + ApiJson.encode(name)));
            return !scope.mineVolume(v);
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /**
     * An image as a lesson sees it: one the session pulled, built or tagged, with only the tags the session
     * touched unless the session made the image itself; null for an image that is someone else's alone.
     */
    io.dockertutor.engine.ImageSummary asSeenByTheLesson(io.dockertutor.engine.ImageSummary image) {
        if (ownedImageIds.contains(image.id())) {
            return image;
        }
        List<String> tags = image.repoTags().stream().filter(t -> touchedReferences.contains(familiar(t))).toList();
        if (tags.isEmpty()) {
            return null;
        }
        return new io.dockertutor.engine.ImageSummary(image.id(), tags, image.repoDigests(), image.parentId(), image.created(),
                image.size(), image.containers(), image.labels());
    }

    @Override
    public boolean ownsNetwork(String nameOrId) {
        return labelled(() -> api.get("/networks/" + ApiJson.encode(nameOrId)).path("Labels"));
    }

    @Override
    public boolean ownsImage(String referenceOrId) {
        if (tutorReferences.contains(familiar(referenceOrId)) || sharedTag(referenceOrId)) {
            return true;
        }
        return imageId(referenceOrId).map(ownedImageIds::contains).orElse(false);
    }

    @Override
    public Foreign foreign() {
        List<String> containers = new ArrayList<>();
        for (JsonNode c : errors.call(() -> api.get("/containers/json?all=1"))) {
            if (!sessionId.equals(ApiJson.stringMap(c.path("Labels")).get(SESSION_LABEL))) {
                containers.add(ApiJson.strings(c.path("Names")).stream().findFirst().orElse("/").substring(1));
            }
        }
        List<String> images = new ArrayList<>();
        for (JsonNode i : errors.call(() -> api.get("/images/json"))) {
            if (!ownedImageIds.contains(ApiJson.text(i, "Id"))) {
                images.add(ImageRecords.summary(i).repoTags().stream().findFirst().orElse(ApiJson.text(i, "Id")));
            }
        }
        List<String> volumes = new ArrayList<>();
        for (JsonNode v : errors.call(() -> api.get("/volumes")).path("Volumes")) {
            if (!scope.mineVolume(v)) {
                volumes.add(ApiJson.text(v, "Name"));
            }
        }
        List<String> networks = new ArrayList<>();
        for (JsonNode n : errors.call(() -> api.get("/networks"))) {
            String name = ApiJson.text(n, "Name");
            if (!PREDEFINED_NETWORKS.contains(name) && !sessionId.equals(ApiJson.stringMap(n.path("Labels")).get(SESSION_LABEL))) {
                networks.add(name);
            }
        }
        return new Foreign(containers, images, volumes, networks);
    }

    /** Shuts the other threads out of the daemon, removes the session's objects, waits for calls under way, sweeps again. */
    List<String> abandon(long graceMillis) {
        errors.closeToOthers();
        List<String> removed = new ArrayList<>(cleanUp());
        errors.awaitOthers(graceMillis);
        removed.addAll(cleanUp());
        return removed;
    }

    @Override
    public List<String> cleanUp() {
        List<String> removed = removeLabelled(sessionId::equals);
        for (String reference : tutorReferences) {
            if (quietly(() -> client.removeImageCmd(reference).withForce(false).exec())) {
                removed.add("image " + reference);
            }
        }
        // An image with children cannot go before them (a build's intermediate images are parents of its result):
        // pass over the rest again for as long as a pass removes something.
        Set<String> left = new LinkedHashSet<>(ownedImageIds);
        boolean progress = true;
        while (progress && !left.isEmpty()) {
            progress = false;
            for (java.util.Iterator<String> it = left.iterator(); it.hasNext(); ) {
                String id = it.next();
                if (imageId(id).isEmpty()) {
                    it.remove();
                } else if (quietly(() -> client.removeImageCmd(id).withForce(false).exec())) {
                    removed.add("image " + id);
                    it.remove();
                    progress = true;
                }
            }
        }
        tutorReferences.clear();
        ownedImageIds.clear();
        return removed;
    }

    /**
     * Removes the containers (with their anonymous volumes), networks and volumes whose {@link #SESSION_LABEL} value
     * {@code session} accepts, and nothing else: this session's, or those of an earlier tutor process that is gone.
     */
    List<String> removeLabelled(Predicate<String> session) {
        List<String> removed = new ArrayList<>();
        for (Labelled o : labelled(session)) {
            quietly(() -> {
                switch (o.kind()) {
                    case "container" -> client.removeContainerCmd(o.id()).withForce(true).withRemoveVolumes(true).exec();
                    case "network" -> client.removeNetworkCmd(o.id()).exec();
                    default -> client.removeVolumeCmd(o.id()).exec();
                }
            });
            removed.add(o.toString());
        }
        return removed;
    }

    /** A container, network or volume with a session label: containers first, as they hold the others. */
    record Labelled(String kind, String id, String name) {
        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    /** The objects whose session label {@code session} accepts, in the order they can be removed. */
    List<Labelled> labelled(Predicate<String> session) {
        List<Labelled> out = new ArrayList<>();
        String filter = "filters=" + ApiJson.encodeQuery("{\"label\":[\"" + SESSION_LABEL + "\"]}");
        for (JsonNode c : errors.call(() -> api.get("/containers/json?all=1&" + filter))) {
            if (session.test(sessionOf(c))) {
                String name = ApiJson.strings(c.path("Names")).stream().findFirst().orElse("/").substring(1);
                out.add(new Labelled("container", ApiJson.text(c, "Id"), name));
            }
        }
        for (JsonNode n : errors.call(() -> api.get("/networks?" + filter))) {
            if (session.test(sessionOf(n))) {
                out.add(new Labelled("network", ApiJson.text(n, "Name"), ApiJson.text(n, "Name")));
            }
        }
        for (JsonNode v : errors.call(() -> api.get("/volumes?" + filter)).path("Volumes")) {
            if (session.test(sessionOf(v))) {
                out.add(new Labelled("volume", ApiJson.text(v, "Name"), ApiJson.text(v, "Name")));
            }
        }
        return out;
    }

    private static String sessionOf(JsonNode object) {
        return ApiJson.stringMap(object.path("Labels")).getOrDefault(SESSION_LABEL, "");
    }

    private boolean labelled(Supplier<JsonNode> labels) {
        try {
            return sessionId.equals(ApiJson.stringMap(errors.call(labels)).get(SESSION_LABEL));
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private Optional<String> imageId(String referenceOrId) {
        try {
            return Optional.of(ApiJson.text(errors.call(() -> api.get("/images/" + ApiJson.encode(referenceOrId) + "/json")), "Id"));
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Runs a removal whose failure (gone already, used by someone else's container) only means it stays. */
    private boolean quietly(Runnable removal) {
        try {
            errors.run(removal);
            return true;
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.UNAVAILABLE) {
                throw e;
            }
            return false;
        }
    }

    private static String familiar(String reference) {
        return ImageReference.tryParse(reference).map(r -> r.withDefaultTag().familiar()).orElse(reference);
    }
}
