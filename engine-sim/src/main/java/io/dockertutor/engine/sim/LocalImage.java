package io.dockertutor.engine.sim;

import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.HistorySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An image present in the simulated engine's store. Immutable: tagging or untagging replaces the record,
 * which keeps snapshots of the engine state (for undo and reset) a cheap copy of maps.
 *
 * @param layers      layer keys, base first; each has an entry in the engine's layer table
 * @param history     build steps, oldest first
 * @param parentId    for images made by a local build, the image of the previous step; else empty
 * @param repoTags    familiar tags, oldest first ({@code nginx:latest})
 * @param repoDigests {@code nginx@sha256:...} for images pulled from the registry
 * @param lastTagTime when it was last tagged locally, or null
 * @param from        for built images, the reference of the final stage's base image; else null
 */
record LocalImage(
        String id,
        Instant created,
        String comment,
        String author,
        String dockerVersion,
        String architecture,
        String os,
        ImageConfig config,
        List<String> layers,
        long size,
        List<HistorySpec> history,
        Map<String, FileSpec> files,
        String parentId,
        List<String> repoTags,
        List<String> repoDigests,
        Instant lastTagTime,
        String from) {

    LocalImage {
        layers = List.copyOf(layers);
        history = List.copyOf(history);
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        parentId = parentId == null ? "" : parentId;
    }

    String shortId() {
        return EngineIds.shortId(id);
    }

    boolean dangling() {
        return repoTags.isEmpty();
    }

    LocalImage withNames(List<String> tags, List<String> digests, Instant tagTime) {
        return new LocalImage(id, created, comment, author, dockerVersion, architecture, os, config, layers, size,
                history, files, parentId, tags, digests, tagTime, from);
    }

    LocalImage withTagAdded(String tag, Instant when) {
        List<String> tags = new ArrayList<>(repoTags);
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
        return withNames(tags, repoDigests, when);
    }

    LocalImage withTagRemoved(String tag) {
        List<String> tags = new ArrayList<>(repoTags);
        tags.remove(tag);
        return withNames(tags, repoDigests, lastTagTime);
    }
}
