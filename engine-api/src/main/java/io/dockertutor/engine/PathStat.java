package io.dockertutor.engine;

import java.time.Instant;

/** What {@code HEAD /containers/{id}/archive} says of a path: name, size, mode bits, directory or not, link target. */
public record PathStat(String name, long size, int mode, boolean directory, Instant modified, String linkTarget) {
    public PathStat {
        linkTarget = linkTarget == null ? "" : linkTarget;
    }
}
