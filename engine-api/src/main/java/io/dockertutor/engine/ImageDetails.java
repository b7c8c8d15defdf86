package io.dockertutor.engine;

import java.time.Instant;
import java.util.List;

/**
 * One image as {@code GET /images/{name}/json} describes it: what {@code docker image inspect} prints.
 *
 * @param layers       the diff ids of its layers ({@code RootFS.Layers}), base first
 * @param lastTagTime  when it was last tagged locally, or null
 */
public record ImageDetails(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        String parent,
        String comment,
        Instant created,
        String dockerVersion,
        String author,
        ImageConfig config,
        String architecture,
        String os,
        long size,
        List<String> layers,
        Instant lastTagTime) {

    public ImageDetails {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        parent = parent == null ? "" : parent;
        comment = comment == null ? "" : comment;
        dockerVersion = dockerVersion == null ? "" : dockerVersion;
        author = author == null ? "" : author;
        layers = List.copyOf(layers);
    }
}
