package io.dockertutor.engine.docker;

import static io.dockertutor.engine.docker.ApiJson.text;
import static io.dockertutor.engine.docker.ApiJson.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.EngineInfo;
import io.dockertutor.engine.EngineVersion;

/**
 * {@code GET /version}, {@code /info} and {@code /system/df} as the engine API's records; the disk usage rows are
 * totalled the way the docker CLI totals them ({@code cli/command/formatter/disk_usage.go}).
 */
final class SystemRecords {
    private SystemRecords() {
    }

    static EngineVersion version(JsonNode v) {
        return new EngineVersion(text(v.path("Platform"), "Name"), text(v, "Version"), text(v, "ApiVersion"),
                text(v, "MinAPIVersion"), text(v, "GitCommit"), text(v, "GoVersion"), text(v, "Os"), text(v, "Arch"),
                text(v, "KernelVersion"), buildTime(text(v, "BuildTime")), component(v, "containerd", "Version"),
                component(v, "runc", "Version"), component(v, "docker-init", "Version"), component(v, "containerd", "GitCommit"),
                component(v, "runc", "GitCommit"), component(v, "docker-init", "GitCommit"));
    }

    private static java.time.Instant buildTime(String text) {
        try {
            return time(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A component's Version, or one of its Details (GitCommit). */
    private static String component(JsonNode v, String name, String field) {
        for (JsonNode c : v.path("Components")) {
            if (name.equals(text(c, "Name"))) {
                return field.equals("Version") ? text(c, "Version") : text(c.path("Details"), field);
            }
        }
        return "";
    }

    static EngineInfo info(JsonNode i) {
        return new EngineInfo(text(i, "Name"), text(i, "ServerVersion"), i.path("Containers").asInt(),
                i.path("ContainersRunning").asInt(), i.path("ContainersPaused").asInt(), i.path("ContainersStopped").asInt(),
                i.path("Images").asInt(), text(i, "Driver"), text(i, "LoggingDriver"), text(i, "CgroupDriver"),
                text(i, "OperatingSystem"), text(i, "OSType"), text(i, "Architecture"), i.path("NCPU").asInt(),
                i.path("MemTotal").asLong(), text(i, "DockerRootDir"), text(i, "KernelVersion"));
    }

    static DiskUsage diskUsage(JsonNode df) {
        long layers = df.path("LayersSize").asLong();
        int images = 0;
        int activeImages = 0;
        long usedByActive = 0;
        for (JsonNode i : df.path("Images")) {
            images++;
            if (i.path("Containers").asInt() > 0) {
                activeImages++;
                long shared = i.path("SharedSize").asLong(-1);
                if (shared >= 0) {
                    usedByActive += i.path("Size").asLong() - shared;
                }
            }
        }
        int containers = 0;
        int running = 0;
        long containerSize = 0;
        long containerReclaimable = 0;
        for (JsonNode c : df.path("Containers")) {
            containers++;
            long size = c.path("SizeRw").asLong();
            containerSize += size;
            // the CLI's diskUsageContainersContext: active while running, paused or restarting; reclaimable
            // unless running or paused
            String state = text(c, "State");
            if (state.equals("running") || state.equals("paused") || state.equals("restarting")) {
                running++;
            }
            if (!state.equals("running") && !state.equals("paused")) {
                containerReclaimable += size;
            }
        }
        int volumes = 0;
        int usedVolumes = 0;
        long volumeSize = 0;
        long volumeReclaimable = 0;
        for (JsonNode v : df.path("Volumes")) {
            volumes++;
            long size = Math.max(0, v.path("UsageData").path("Size").asLong());
            volumeSize += size;
            if (v.path("UsageData").path("RefCount").asInt() > 0) {
                usedVolumes++;
            } else {
                volumeReclaimable += size;
            }
        }
        int caches = 0;
        int cachesInUse = 0;
        long cacheSize = 0;
        long cacheReclaimable = 0;
        for (JsonNode b : df.path("BuildCache")) {
            caches++;
            boolean inUse = b.path("InUse").asBoolean();
            boolean shared = b.path("Shared").asBoolean();
            cachesInUse += inUse ? 1 : 0;
            if (!shared) {
                cacheSize += b.path("Size").asLong();
                cacheReclaimable += inUse ? 0 : b.path("Size").asLong();
            }
        }
        return new DiskUsage(new DiskUsage.Row(images, activeImages, layers, Math.max(0, layers - usedByActive)),
                new DiskUsage.Row(containers, running, containerSize, containerReclaimable),
                new DiskUsage.Row(volumes, usedVolumes, volumeSize, volumeReclaimable),
                new DiskUsage.Row(caches, cachesInUse, cacheSize, cacheReclaimable));
    }
}
