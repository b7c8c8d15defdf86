package io.dockertutor.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One image as {@code GET /images/json} lists it: what {@code docker images} shows.
 *
 * @param id          {@code sha256:} followed by 64 hex digits
 * @param repoTags    familiar tags such as {@code nginx:latest}; empty for a dangling image
 * @param repoDigests {@code nginx@sha256:...} for images that came from a registry
 * @param parentId    the parent image id for locally built intermediate images, or empty
 * @param size        total size in bytes, shared layers included
 * @param containers  how many containers use it, or -1 when the engine did not count
 */
public record ImageSummary(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        String parentId,
        Instant created,
        long size,
        int containers,
        Map<String, String> labels) {

    public ImageSummary {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        parentId = parentId == null ? "" : parentId;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
