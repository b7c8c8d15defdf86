package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * moby v28's checks of a container's resources at create: runconfig's {@code validateResources} (when the request is
 * decoded) and {@code verifyPlatformContainerResources} (daemon/daemon_unix.go), in their order, with their errors and
 * the warnings the daemon returns with the new container. Which warnings follow from the host the simulator models,
 * today's common one: cgroup v2 (unified, systemd driver) with the memory, cpu, io, cpuset and pids controllers and
 * swap accounting (memory.swap.max), as on Ubuntu 24.04 (kernel 6.8) and in Docker Desktop's LinuxKit VM, 2 CPUs.
 * Its {@code sysinfo}: memory limit, reservation and swap limit, CPU shares and CFS, cpuset, block I/O weight and
 * throttling, PIDs limit are supported; memory swappiness, disabling the OOM killer and the CPU real-time scheduler
 * are not (cgroup v2 has no such knobs). Kernel memory never reaches the daemon: API 1.42 and later drop it.
 */
final class ResourceChecks {
    private static final long MIN_MEMORY = 6L << 20;
    private static final Pattern CPUSET = Pattern.compile("\\d+(-\\d+)?(,\\d+(-\\d+)?)*");

    private ResourceChecks() {
    }

    /** runconfig's {@code validateResources}: refused when the request is decoded, before any other check. */
    static void decode(Map<String, List<String>> o) {
        long rtPeriod = number(o, "cpu-rt-period");
        long rtRuntime = number(o, "cpu-rt-runtime");
        if (rtPeriod != 0 || rtRuntime != 0) {
            throw EngineException.badRequest("kernel does not support CPU real-time scheduler");
        }
        long shares = number(o, "cpu-shares");
        if (shares < 0) {
            throw EngineException.badRequest("invalid CPU shares (" + shares + "): value must be a positive integer");
        }
    }

    /** {@code verifyPlatformContainerResources} on the modelled host: answers its warnings, or fails as it does. */
    static List<String> verify(Map<String, List<String>> o, int cpus) {
        List<String> warnings = new ArrayList<>();
        long memory = number(o, "memory");
        long swap = number(o, "memory-swap");
        long reservation = number(o, "memory-reservation");
        if (memory != 0 && memory < MIN_MEMORY) {
            throw refused("Minimum memory limit allowed is 6MB");
        }
        if (memory > 0 && swap > 0 && swap < memory) {
            throw refused("Minimum memoryswap limit should be larger than memory limit, see usage");
        }
        if (memory == 0 && swap > 0) {
            throw refused("You should always set the Memory limit when using Memoryswap limit, see usage");
        }
        // The CLI always sends the swappiness; -1 (its default) means unset (fixMemorySwappiness).
        if (o.containsKey("memory-swappiness") && number(o, "memory-swappiness") != -1) {
            warnings.add("Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. "
                    + "Memory swappiness discarded.");
        }
        if (reservation > 0 && reservation < MIN_MEMORY) {
            throw refused("Minimum memory reservation allowed is 6MB");
        }
        if (memory > 0 && reservation > 0 && memory < reservation) {
            throw refused("Minimum memory limit can not be less than memory reservation limit, see usage");
        }
        if (last(o, "oom-kill-disable").equals("true")) {
            warnings.add("Your kernel does not support OomKillDisable. OomKillDisable discarded.");
        }
        long nanoCpus = number(o, "cpus");
        long period = number(o, "cpu-period");
        long quota = number(o, "cpu-quota");
        if (nanoCpus > 0 && period > 0) {
            throw refused("Conflicting options: Nano CPUs and CPU Period cannot both be set");
        }
        if (nanoCpus > 0 && quota > 0) {
            throw refused("Conflicting options: Nano CPUs and CPU Quota cannot both be set");
        }
        if (nanoCpus != 0 && (nanoCpus < 0 || nanoCpus > cpus * 1_000_000_000L)) {
            throw refused("range of CPUs is from 0.01 to " + cpus + ".00, as there are only " + cpus + " CPUs available");
        }
        if (period != 0 && (period < 1000 || period > 1_000_000)) {
            throw refused("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
        }
        if (quota > 0 && quota < 1000) {
            throw refused("CPU cfs quota can not be less than 1ms (i.e. 1000)");
        }
        cpuset(last(o, "cpuset-cpus"), "cpus", cpus);
        cpuset(last(o, "cpuset-mems"), "mems", cpus);
        long weight = number(o, "blkio-weight");
        if (weight > 0 && (weight < 10 || weight > 1000)) {
            throw refused("Range of blkio weight is from 10 to 1000");
        }
        return warnings;
    }

    /**
     * A cpuset well formed ({@code parseUintList}) and within what the host has: CPUs 0-1, memory node 0. moby's
     * cgroup v2 sysinfo reads the memory nodes from the CPU list, so mems 0-1 pass and the error still says "0".
     */
    private static void cpuset(String set, String kind, int available) {
        if (set.isEmpty()) {
            return;
        }
        if (!CPUSET.matcher(set).matches()) {
            throw refused("Invalid value " + set + " for cpuset " + kind + ": invalid format: " + set);
        }
        for (String part : set.split(",")) {
            for (String n : part.split("-")) {
                if (Long.parseLong(n) >= available) {
                    String have = kind.equals("mems") ? "0" : "0-" + (available - 1);
                    throw refused(kind.equals("cpus") ? "Requested CPUs are not available - requested " + set + ", available: " + have
                            : "Requested memory nodes are not available - requested " + set + ", available: " + have);
                }
            }
        }
    }

    private static EngineException refused(String message) {
        return EngineException.badRequest(message);
    }

    private static String last(Map<String, List<String>> o, String flag) {
        List<String> v = o.getOrDefault(flag, List.of());
        return v.isEmpty() ? "" : v.get(v.size() - 1);
    }

    private static long number(Map<String, List<String>> o, String flag) {
        try {
            String v = last(o, flag);
            return v.isEmpty() ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
