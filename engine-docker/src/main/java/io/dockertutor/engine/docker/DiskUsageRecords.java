package io.dockertutor.engine.docker;

import static io.dockertutor.engine.docker.ApiJson.strings;
import static io.dockertutor.engine.docker.ApiJson.text;
import static io.dockertutor.engine.docker.ApiJson.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.DiskUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /system/df} as the engine API's {@link DiskUsage}: the daemon's lists in the daemon's order, each item
 * read as the list calls read it ({@code /images/json}, {@code /containers/json}, {@code /volumes}) plus the usage
 * fields only this call fills (SharedSize, UsageData, the build cache records).
 */
final class DiskUsageRecords {
    private DiskUsageRecords() {
    }

    static DiskUsage diskUsage(JsonNode df) {
        List<DiskUsage.Image> images = new ArrayList<>();
        for (JsonNode i : df.path("Images")) {
            images.add(new DiskUsage.Image(ImageRecords.summary(i), i.path("SharedSize").asLong(-1)));
        }
        List<ContainerSummary> containers = new ArrayList<>();
        for (JsonNode c : df.path("Containers")) {
            // the daemon leaves SizeRw out when it is 0 (a container never started); the CLI reads that as 0
            ContainerSummary s = ContainerRecords.summary(c);
            containers.add(new ContainerSummary(s.id(), s.names(), s.image(), s.imageId(), s.command(), s.created(), s.state(),
                    s.status(), s.ports(), s.labels(), s.mounts(), s.networks(), c.path("SizeRw").asLong(0),
                    c.path("SizeRootFs").asLong(0)));
        }
        List<DiskUsage.Volume> volumes = new ArrayList<>();
        for (JsonNode v : df.path("Volumes")) {
            JsonNode usage = v.path("UsageData");
            volumes.add(new DiskUsage.Volume(StorageRecords.volume(v), usage.path("RefCount").asLong(-1), usage.path("Size").asLong(-1)));
        }
        List<DiskUsage.CacheRecord> caches = new ArrayList<>();
        for (JsonNode b : df.path("BuildCache")) {
            caches.add(cacheRecord(b));
        }
        return new DiskUsage(df.path("LayersSize").asLong(), images, containers, volumes, caches);
    }

    /** A build cache record; API 1.42 replaced its Parent by Parents, which Engine 20.10 (API 1.41) does not send. */
    private static DiskUsage.CacheRecord cacheRecord(JsonNode b) {
        List<String> parents = strings(b.path("Parents"));
        if (parents.isEmpty() && !text(b, "Parent").isEmpty()) {
            parents = List.of(text(b, "Parent"));
        }
        return new DiskUsage.CacheRecord(text(b, "ID"), parents, text(b, "Type"), text(b, "Description"),
                b.path("InUse").asBoolean(), b.path("Shared").asBoolean(), b.path("Size").asLong(), time(text(b, "CreatedAt")),
                time(text(b, "LastUsedAt")), b.path("UsageCount").asInt());
    }
}
