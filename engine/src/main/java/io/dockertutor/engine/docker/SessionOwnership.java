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

    SessionOwnership(String sessionId, ApiJson api, DockerClient client, DaemonErrors errors) {
        this.sessionId = sessionId;
        this.api = api;
        this.client = client;
        this.errors = errors;
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

    /** Runs a pull or tag that may make {@code reference}, and remembers what it made. */
    void making(String reference, Runnable operation) {
        Optional<String> before = imageId(reference);
        operation.run();
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

    /** The ids of the engine's dangling images now: a build compares them before and after. */
    Set<String> danglingImages() {
        Set<String> ids = new HashSet<>();
        errors.call(() -> api.get("/images/json?filters=" + ApiJson.encodeQuery("{\"dangling\":[\"true\"]}")))
                .forEach(i -> ids.add(ApiJson.text(i, "Id")));
        return ids;
    }

    /**
     * Remembers a build's image and tags, and the dangling images it left (the classic builder keeps the last
     * image of every earlier stage of a multi-stage build, untagged).
     */
    void built(String imageId, List<String> tags, Set<String> danglingBefore) {
        if (!imagesAtStart.contains(imageId)) {
            ownedImageIds.add(imageId);
        }
        for (String id : danglingImages()) {
            if (!danglingBefore.contains(id) && !imagesAtStart.contains(id)) {
                ownedImageIds.add(id);
            }
        }
        tags.forEach(t -> tutorReferences.add(familiar(t)));
        tags.forEach(t -> touchedReferences.add(familiar(t)));
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
        return labelled(() -> api.get("/volumes/" + ApiJson.encode(name)).path("Labels"));
    }

    @Override
    public boolean ownsNetwork(String nameOrId) {
        return labelled(() -> api.get("/networks/" + ApiJson.encode(nameOrId)).path("Labels"));
    }

    @Override
    public boolean ownsImage(String referenceOrId) {
        if (tutorReferences.contains(familiar(referenceOrId))) {
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
            if (!sessionId.equals(ApiJson.stringMap(v.path("Labels")).get(SESSION_LABEL))) {
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

    @Override
    public List<String> cleanUp() {
        List<String> removed = new ArrayList<>();
        String filter = "?filters=" + ApiJson.encodeQuery("{\"label\":[\"" + SESSION_LABEL + "=" + sessionId + "\"]}");
        for (JsonNode c : errors.call(() -> api.get("/containers/json?all=1&" + filter.substring(1)))) {
            String id = ApiJson.text(c, "Id");
            quietly(() -> client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec());
            removed.add("container " + ApiJson.strings(c.path("Names")).stream().findFirst().orElse(id));
        }
        for (JsonNode n : errors.call(() -> api.get("/networks" + filter))) {
            String name = ApiJson.text(n, "Name");
            quietly(() -> client.removeNetworkCmd(name).exec());
            removed.add("network " + name);
        }
        for (JsonNode v : errors.call(() -> api.get("/volumes" + filter)).path("Volumes")) {
            String name = ApiJson.text(v, "Name");
            quietly(() -> client.removeVolumeCmd(name).exec());
            removed.add("volume " + name);
        }
        for (String reference : tutorReferences) {
            if (quietly(() -> client.removeImageCmd(reference).withForce(false).exec())) {
                removed.add("image " + reference);
            }
        }
        for (String id : ownedImageIds) {
            if (imageId(id).isPresent() && quietly(() -> client.removeImageCmd(id).withForce(false).exec())) {
                removed.add("image " + id);
            }
        }
        tutorReferences.clear();
        ownedImageIds.clear();
        return removed;
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
