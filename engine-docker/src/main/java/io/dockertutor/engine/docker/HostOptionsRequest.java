package io.dockertutor.engine.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockertutor.engine.GpuRequest;
import java.util.List;
import java.util.Map;

/**
 * The host options of a create request ({@code ContainerSpec.hostOptions}, as the CLI normalised them) that reach
 * the real daemon, as docker/cli's {@code opts.go} sends them: the resources (so the daemon answers its own
 * warnings and refusals), {@code --device}, {@code --gpus}, {@code --group-add}, {@code --storage-opt}, {@code --dns},
 * {@code --add-host}, {@code --link} (also the network's links on a user-defined network), and the first network's
 * {@code --ip}, {@code --ip6} and {@code --link-local-ip}.
 */
final class HostOptionsRequest {
    private static final Map<String, String> NUMBERS = Map.of("memory", "Memory", "memory-swap", "MemorySwap",
            "memory-reservation", "MemoryReservation", "memory-swappiness", "MemorySwappiness", "cpus", "NanoCpus",
            "cpu-shares", "CpuShares", "cpu-rt-period", "CpuRealtimePeriod", "cpu-rt-runtime", "CpuRealtimeRuntime",
            "blkio-weight", "BlkioWeight");

    private HostOptionsRequest() {
    }

    static void write(Map<String, List<String>> o, String network, ObjectNode body, ObjectNode host) {
        NUMBERS.forEach((flag, field) -> {
            if (o.containsKey(flag)) {
                host.put(field, Long.parseLong(last(o, flag)));
            }
        });
        if (o.containsKey("oom-kill-disable")) {
            host.put("OomKillDisable", Boolean.parseBoolean(last(o, "oom-kill-disable")));
        }
        if (o.containsKey("read-only")) {
            host.put("ReadonlyRootfs", Boolean.parseBoolean(last(o, "read-only")));
        }
        strings(host, "GroupAdd", o.get("group-add"));
        strings(host, "Dns", o.get("dns"));
        strings(host, "ExtraHosts", o.get("add-host"));
        strings(host, "Links", o.get("link"));
        if (o.containsKey("storage-opt")) {
            ObjectNode storage = host.putObject("StorageOpt");
            o.get("storage-opt").forEach(opt -> storage.put(opt.split("=", 2)[0], opt.contains("=") ? opt.split("=", 2)[1] : ""));
        }
        if (o.containsKey("device")) {
            ArrayNode devices = host.putArray("Devices");
            o.get("device").forEach(d -> device(devices.addObject(), d));
        }
        if (o.containsKey("gpus")) {
            ArrayNode requests = host.putArray("DeviceRequests");
            o.get("gpus").forEach(g -> gpus(requests.addObject(), g));
        }
        List<String> local = o.getOrDefault("link-local-ip", List.of());
        if (o.containsKey("ip") || o.containsKey("ip6") || !local.isEmpty()) {
            ObjectNode ipam = endpoint(body, network).putObject("IPAMConfig");
            ipam.put("IPv4Address", last(o, "ip"));
            ipam.put("IPv6Address", last(o, "ip6"));
            strings(ipam, "LinkLocalIPs", local);
        }
        if (o.containsKey("link") && userDefined(network)) {
            // on a user-defined network a link is an endpoint's alias; on the default bridge a legacy link
            strings(endpoint(body, network), "Links", o.get("link"));
        }
    }

    /** The request's endpoint settings for {@code network}, made when missing. */
    private static ObjectNode endpoint(ObjectNode body, String network) {
        ObjectNode endpoints = body.has("NetworkingConfig") ? (ObjectNode) body.get("NetworkingConfig").get("EndpointsConfig")
                : body.putObject("NetworkingConfig").putObject("EndpointsConfig");
        String key = network.isEmpty() ? "default" : network;
        return endpoints.has(key) ? (ObjectNode) endpoints.get(key) : endpoints.putObject(key);
    }

    private static boolean userDefined(String network) {
        return !List.of("", "default", "bridge", "host", "none").contains(network) && !network.startsWith("container:");
    }

    /** {@code parseLinuxDevice}: {@code src[:dst][:permissions]}, the destination the source when not given. */
    private static void device(ObjectNode d, String value) {
        String[] parts = value.split(":");
        String src = parts[0];
        String dst = src;
        String permissions = "rwm";
        if (parts.length == 3) {
            permissions = parts[2];
        }
        if (parts.length >= 2) {
            if (parts[1].matches("[rwm]{1,3}")) {
                permissions = parts[1];
            } else {
                dst = parts[1];
            }
        }
        d.put("PathOnHost", src);
        d.put("PathInContainer", dst);
        d.put("CgroupPermissions", permissions);
    }

    /** A {@code DeviceRequest} as the CLI sends it for one {@code --gpus} value. */
    private static void gpus(ObjectNode r, String value) {
        GpuRequest g = GpuRequest.parse(value);
        r.put("Driver", g.driver());
        r.put("Count", g.count());
        strings(r, "DeviceIDs", g.deviceIds());
        strings(r.putArray("Capabilities").addArray(), g.capabilities());
        r.putObject("Options");
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (values != null) {
            strings(node.putArray(field), values);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String last(Map<String, List<String>> o, String flag) {
        List<String> v = o.getOrDefault(flag, List.of());
        return v.isEmpty() ? "" : v.get(v.size() - 1);
    }
}
