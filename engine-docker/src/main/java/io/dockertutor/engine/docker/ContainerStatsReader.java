package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockertutor.engine.ContainerStats;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code docker stats --no-stream} sample per container, computed from {@code GET /containers/{id}/stats?stream=0}
 * the way the docker CLI computes it ({@code cli/command/container/stats_helpers.go}): CPU percent from the deltas
 * against {@code precpu_stats}, memory without the page cache ({@code inactive_file}), network and block I/O summed.
 */
final class ContainerStatsReader {
    private final ApiJson api;
    private final DaemonErrors errors;

    ContainerStatsReader(ApiJson api, DaemonErrors errors) {
        this.api = api;
        this.errors = errors;
    }

    /** {@code names} empty: the running containers, or every container with {@code all}. */
    List<ContainerStats> stats(List<String> names, boolean all) {
        List<String> targets = new ArrayList<>(names);
        if (targets.isEmpty()) {
            errors.call(() -> api.get("/containers/json" + (all ? "?all=1" : ""))).forEach(c -> targets.add(ApiJson.text(c, "Id")));
        }
        List<ContainerStats> out = new ArrayList<>();
        for (String name : targets) {
            JsonNode c = errors.call(() -> api.get("/containers/" + ApiJson.encode(name) + "/json"));
            JsonNode s = errors.call(() -> api.get("/containers/" + ApiJson.encode(name) + "/stats?stream=0"));
            out.add(sample(ApiJson.text(c, "Id"), ApiJson.text(c, "Name").replaceFirst("^/", ""), s));
        }
        return out;
    }

    static ContainerStats sample(String id, String name, JsonNode s) {
        JsonNode cpu = s.path("cpu_stats");
        JsonNode pre = s.path("precpu_stats");
        double cpuDelta = cpu.path("cpu_usage").path("total_usage").asDouble() - pre.path("cpu_usage").path("total_usage").asDouble();
        double systemDelta = cpu.path("system_cpu_usage").asDouble() - pre.path("system_cpu_usage").asDouble();
        int online = cpu.path("online_cpus").asInt(0);
        if (online == 0) {
            online = Math.max(1, cpu.path("cpu_usage").path("percpu_usage").size());
        }
        double cpuPercent = systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * online * 100.0 : 0.0;
        JsonNode memory = s.path("memory_stats");
        long cache = memory.path("stats").has("total_inactive_file")
                ? memory.path("stats").path("total_inactive_file").asLong() : memory.path("stats").path("inactive_file").asLong();
        long usage = Math.max(0, memory.path("usage").asLong() - cache);
        long rx = 0;
        long tx = 0;
        for (JsonNode n : s.path("networks")) {
            rx += n.path("rx_bytes").asLong();
            tx += n.path("tx_bytes").asLong();
        }
        long read = 0;
        long write = 0;
        for (JsonNode b : s.path("blkio_stats").path("io_service_bytes_recursive")) {
            String op = ApiJson.text(b, "op").toLowerCase(java.util.Locale.ROOT);
            if (op.equals("read")) {
                read += b.path("value").asLong();
            } else if (op.equals("write")) {
                write += b.path("value").asLong();
            }
        }
        return new ContainerStats(id, name, cpuPercent, usage, memory.path("limit").asLong(), rx, tx, read, write,
                s.path("pids_stats").path("current").asInt());
    }
}
