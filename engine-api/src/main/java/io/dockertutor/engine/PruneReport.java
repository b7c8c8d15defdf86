package io.dockertutor.engine;

import java.util.List;

/**
 * What a prune removed.
 *
 * @param deleted         for images: untag and delete lines; for containers and volumes: their ids or names
 * @param spaceReclaimed  bytes freed
 */
public record PruneReport(List<ImageDeletion> deleted, long spaceReclaimed) {
    public PruneReport {
        deleted = List.copyOf(deleted);
    }
}
