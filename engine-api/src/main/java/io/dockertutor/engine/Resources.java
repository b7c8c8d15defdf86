package io.dockertutor.engine;

/**
 * A container's resource limits ({@code HostConfig.Memory}, {@code NanoCpus}, ... of inspect), as {@code docker update}
 * and {@code docker run} set them. 0 means no limit, as in the API; {@code pidsLimit} null means unset.
 */
public record Resources(long memory, long memoryReservation, long memorySwap, long nanoCpus, long cpuShares,
                        long cpuPeriod, long cpuQuota, String cpusetCpus, String cpusetMems, int blkioWeight, Long pidsLimit) {
    public static final Resources NONE = new Resources(0, 0, 0, 0, 0, 0, 0, "", "", 0, null);

    public Resources {
        cpusetCpus = cpusetCpus == null ? "" : cpusetCpus;
        cpusetMems = cpusetMems == null ? "" : cpusetMems;
    }

    /** These limits with every non-zero (set) field of {@code update} taking its place, as the daemon merges them. */
    public Resources updatedBy(Resources update) {
        return new Resources(pick(update.memory, memory), pick(update.memoryReservation, memoryReservation),
                pick(update.memorySwap, memorySwap), pick(update.nanoCpus, nanoCpus), pick(update.cpuShares, cpuShares),
                pick(update.cpuPeriod, cpuPeriod), pick(update.cpuQuota, cpuQuota),
                update.cpusetCpus.isEmpty() ? cpusetCpus : update.cpusetCpus,
                update.cpusetMems.isEmpty() ? cpusetMems : update.cpusetMems,
                update.blkioWeight != 0 ? update.blkioWeight : blkioWeight,
                update.pidsLimit != null ? update.pidsLimit : pidsLimit);
    }

    private static long pick(long set, long old) {
        return set != 0 ? set : old;
    }
}
