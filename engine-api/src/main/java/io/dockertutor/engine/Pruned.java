package io.dockertutor.engine;

import java.util.List;

/** What {@code container prune}, {@code volume prune} or {@code network prune} removed, and the bytes freed. */
public record Pruned(List<String> removed, long spaceReclaimed) {
    public Pruned {
        removed = List.copyOf(removed);
    }
}
