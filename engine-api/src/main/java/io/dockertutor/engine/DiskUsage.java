package io.dockertutor.engine;

/** The totals {@code docker system df} shows, one row per kind of object. */
public record DiskUsage(Row images, Row containers, Row volumes, Row buildCache) {

    /**
     * @param total       objects of this kind
     * @param active      of which in use
     * @param size        bytes they take
     * @param reclaimable bytes that removing the unused ones would free
     */
    public record Row(int total, int active, long size, long reclaimable) {
    }
}
