package io.dockertutor.engine;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /system/df} answers: the bytes all image layers take, and the images, containers, local volumes
 * and build cache records, each in the daemon's order (images newest first, containers as {@code ps -a} lists them,
 * volumes in the order the volume driver walks them). {@code docker system df} totals them into one {@link Row} per
 * kind, as the CLI's {@code diskUsage*Context}s do; {@code docker system df -v} lists them.
 *
 * @param layersSize    bytes of all image layers, each counted once
 * @param imageList     the top-level images (as {@code docker images} lists them) with their shared sizes
 * @param containerList every container, with {@link ContainerSummary#sizeRw()} measured
 * @param volumeList    the local volumes without driver options
 * @param cacheList     the build cache records
 */
public record DiskUsage(long layersSize, List<Image> imageList, List<ContainerSummary> containerList,
                        List<Volume> volumeList, List<CacheRecord> cacheList) {

    public DiskUsage {
        imageList = List.copyOf(imageList);
        containerList = List.copyOf(containerList);
        volumeList = List.copyOf(volumeList);
        cacheList = List.copyOf(cacheList);
    }

    /**
     * @param total       objects of this kind
     * @param active      of which in use
     * @param size        bytes they take
     * @param reclaimable bytes that removing the unused ones would free
     */
    public record Row(int total, int active, long size, long reclaimable) {
    }

    /**
     * An image with the bytes of its layers that other images use too.
     *
     * @param summary    with {@link ImageSummary#containers()} counted
     * @param sharedSize the API's SharedSize, or -1 when not computed
     */
    public record Image(ImageSummary summary, long sharedSize) {
    }

    /**
     * A local volume and its usage data.
     *
     * @param refCount how many containers (running or not) refer to it, or -1 when not computed
     * @param size     bytes it holds, or -1 when not computed
     */
    public record Volume(VolumeInfo volume, long refCount, long size) {
    }

    /**
     * One build cache record.
     *
     * @param parents    the ids of the records it builds on
     * @param type       {@code regular}, {@code source.local}, {@code exec.cachemount}, ...
     * @param lastUsedAt when a build last used it, or null
     */
    public record CacheRecord(String id, List<String> parents, String type, String description, boolean inUse,
                              boolean shared, long size, Instant createdAt, Instant lastUsedAt, int usageCount) {
        public CacheRecord {
            parents = List.copyOf(parents);
        }
    }

    /** The Images row: images used by a container are active; what only they hold is not reclaimable. */
    public Row images() {
        int active = 0;
        long used = 0;
        for (Image i : imageList) {
            if (i.summary().containers() > 0) {
                active++;
            }
            if (i.summary().containers() != 0 && i.summary().size() != -1 && i.sharedSize() != -1) {
                used += i.summary().size() - i.sharedSize();
            }
        }
        return new Row(imageList.size(), active, layersSize, layersSize - used);
    }

    /** The Containers row: running, paused or restarting containers are active, only the others' layers reclaimable. */
    public Row containers() {
        int active = 0;
        long size = 0;
        long reclaimable = 0;
        for (ContainerSummary c : containerList) {
            size += c.sizeRw();
            if (active(c.state())) {
                active++;
            } else {
                reclaimable += c.sizeRw();
            }
        }
        return new Row(containerList.size(), active, size, reclaimable);
    }

    private static boolean active(String state) {
        return state.equals("running") || state.equals("paused") || state.equals("restarting");
    }

    /** The Local Volumes row: a volume any container refers to is active; the others' bytes are reclaimable. */
    public Row volumes() {
        int active = 0;
        long size = 0;
        long reclaimable = 0;
        for (Volume v : volumeList) {
            if (v.refCount() > 0) {
                active++;
            }
            if (v.size() != -1) {
                size += v.size();
                reclaimable += v.refCount() == 0 ? v.size() : 0;
            }
        }
        return new Row(volumeList.size(), active, size, reclaimable);
    }

    /** The Build Cache row: shared records are not counted in the size; records in use are not reclaimable. */
    public Row buildCache() {
        int active = 0;
        long size = 0;
        long inUse = 0;
        for (CacheRecord r : cacheList) {
            active += r.inUse() ? 1 : 0;
            if (!r.shared()) {
                size += r.size();
                inUse += r.inUse() ? r.size() : 0;
            }
        }
        return new Row(cacheList.size(), active, size, size - inUse);
    }
}
