package io.dockertutor.engine.sim.fs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The containers of one engine whose writable layer stays built after use, most recent first, at most
 * {@link #CAPACITY}: a step that runs {@code docker exec}, then {@code docker diff}, then a check of a file in the same
 * container builds its layer once, not four times, while a thousand containers still cost only their changes. Using a
 * third container shrinks the least recent back to its changes ({@link ContainerFiles#release()}).
 */
public final class RecentLayers {
    static final int CAPACITY = 2;

    private final Deque<ContainerFiles> recent = new ArrayDeque<>();

    /** {@code files} was just used; the container to shrink back to its changes, or null. */
    synchronized ContainerFiles used(ContainerFiles files) {
        recent.remove(files);
        recent.addFirst(files);
        return recent.size() > CAPACITY ? recent.removeLast() : null;
    }

    /** {@code files} shrank (its container stopped, or it was copied away): it no longer counts. */
    synchronized void released(ContainerFiles files) {
        recent.remove(files);
    }
}
