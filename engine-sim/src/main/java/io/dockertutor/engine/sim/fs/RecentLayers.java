package io.dockertutor.engine.sim.fs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The containers of one engine whose writable layer stays built after use, most recent first, at most
 * {@link #CAPACITY}: a step that runs {@code docker exec}, then {@code docker diff}, then a check of a file in the same
 * container builds its layer once, not four times, while a thousand containers still cost only their changes. Using
 * one more container shrinks the least recent back to its changes ({@link ContainerFiles#release()}). Four, not two:
 * in the files lesson one command and its step's check can reach three nginx containers ({@code docker exec vol3},
 * then pages from vol2 and vol3), and with room for two each such round built them all again (200 learners walking
 * every lesson: 97 s of processor against 106 s, one run each).
 */
public final class RecentLayers {
    static final int CAPACITY = 4;

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
