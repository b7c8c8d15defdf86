package io.dockertutor.engine.docker;

import static io.dockertutor.engine.docker.ApiJson.keys;
import static io.dockertutor.engine.docker.ApiJson.stringMap;
import static io.dockertutor.engine.docker.ApiJson.strings;
import static io.dockertutor.engine.docker.ApiJson.text;
import static io.dockertutor.engine.docker.ApiJson.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerState;
import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.MountPoint;
import io.dockertutor.engine.MountSpec;
import io.dockertutor.engine.PortBinding;
import io.dockertutor.engine.RestartPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engine API container documents ({@code GET /containers/json}, {@code GET /containers/{id}/json}) as the engine
 * API's records. The tutor's own session label is left out of the labels, so {@code docker inspect} prints alike on
 * both engines.
 */
final class ContainerRecords {
    private ContainerRecords() {
    }

    static ContainerSummary summary(JsonNode c) {
        List<PortBinding> ports = new ArrayList<>();
        for (JsonNode p : c.path("Ports")) {
            ports.add(new PortBinding(p.path("PrivatePort").asInt(), text(p, "Type"), text(p, "IP"), p.path("PublicPort").asInt(0)));
        }
        return new ContainerSummary(text(c, "Id"), strings(c.path("Names")), text(c, "Image"), text(c, "ImageID"),
                text(c, "Command"), Instant.ofEpochSecond(c.path("Created").asLong()), text(c, "State"), text(c, "Status"),
                ports, SessionOwnership.withoutSessionLabel(stringMap(c.path("Labels"))), mountPoints(c.path("Mounts")),
                keys(c.path("NetworkSettings").path("Networks")), c.path("SizeRw").asLong(-1), c.path("SizeRootFs").asLong(-1));
    }

    static ContainerDetails details(JsonNode c) {
        JsonNode s = c.path("State");
        ContainerState state = new ContainerState(text(s, "Status"), s.path("Running").asBoolean(), s.path("Paused").asBoolean(),
                s.path("Restarting").asBoolean(), s.path("OOMKilled").asBoolean(), s.path("Dead").asBoolean(),
                s.path("Pid").asInt(), s.path("ExitCode").asInt(), text(s, "Error"), time(text(s, "StartedAt")),
                time(text(s, "FinishedAt")), text(s.path("Health"), "Status"));
        return new ContainerDetails(text(c, "Id"), time(text(c, "Created")), text(c, "Path"), strings(c.path("Args")), state,
                text(c, "Image"), text(c, "Name"), c.path("RestartCount").asInt(), mountPoints(c.path("Mounts")),
                config(c.path("Config")), hostConfig(c.path("HostConfig")), network(c.path("NetworkSettings")),
                c.path("SizeRw").asLong(-1), c.path("SizeRootFs").asLong(-1));
    }

    static List<MountPoint> mountPoints(JsonNode mounts) {
        List<MountPoint> out = new ArrayList<>();
        for (JsonNode m : mounts) {
            out.add(new MountPoint(text(m, "Type"), text(m, "Name"), text(m, "Source"), text(m, "Destination"),
                    text(m, "Driver"), text(m, "Mode"), m.path("RW").asBoolean(true), text(m, "Propagation")));
        }
        return out;
    }

    private static ContainerDetails.Config config(JsonNode c) {
        Integer stopTimeout = c.hasNonNull("StopTimeout") ? c.get("StopTimeout").asInt() : null;
        return new ContainerDetails.Config(text(c, "Hostname"), text(c, "User"), strings(c.path("Env")), strings(c.path("Cmd")),
                strings(c.path("Entrypoint")), text(c, "Image"), text(c, "WorkingDir"),
                SessionOwnership.withoutSessionLabel(stringMap(c.path("Labels"))), keys(c.path("ExposedPorts")),
                keys(c.path("Volumes")), c.path("Tty").asBoolean(), c.path("OpenStdin").asBoolean(), text(c, "StopSignal"), stopTimeout,
                c.path("AttachStdin").asBoolean(), c.path("AttachStdout").asBoolean(), c.path("AttachStderr").asBoolean());
    }

    private static ContainerDetails.HostConfig hostConfig(JsonNode h) {
        List<MountSpec> mounts = new ArrayList<>();
        for (JsonNode m : h.path("Mounts")) {
            mounts.add(new MountSpec(text(m, "Type"), text(m, "Source"), text(m, "Target"), m.path("ReadOnly").asBoolean()));
        }
        JsonNode policy = h.path("RestartPolicy");
        return new ContainerDetails.HostConfig(strings(h.path("Binds")), portMap(h.path("PortBindings"), false),
                new RestartPolicy(text(policy, "Name"), policy.path("MaximumRetryCount").asInt()), h.path("AutoRemove").asBoolean(),
                text(h, "NetworkMode"), h.path("PublishAllPorts").asBoolean(), mounts, keys(h.path("Tmpfs")), resources(h),
                h.path("ReadonlyRootfs").asBoolean(), strings(h.path("ExtraHosts")), strings(h.path("Links")));
    }

    private static io.dockertutor.engine.Resources resources(JsonNode h) {
        JsonNode pids = h.path("PidsLimit");
        return new io.dockertutor.engine.Resources(h.path("Memory").asLong(), h.path("MemoryReservation").asLong(),
                h.path("MemorySwap").asLong(), h.path("NanoCpus").asLong(), h.path("CpuShares").asLong(),
                h.path("CpuPeriod").asLong(), h.path("CpuQuota").asLong(), text(h, "CpusetCpus"), text(h, "CpusetMems"),
                h.path("BlkioWeight").asInt(), pids.isNumber() ? pids.asLong() : null);
    }

    private static ContainerDetails.NetworkSettings network(JsonNode n) {
        Map<String, ContainerDetails.Endpoint> endpoints = new LinkedHashMap<>();
        n.path("Networks").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            endpoints.put(e.getKey(), new ContainerDetails.Endpoint(text(v, "NetworkID"), text(v, "EndpointID"), text(v, "Gateway"),
                    text(v, "IPAddress"), v.path("IPPrefixLen").asInt(), text(v, "MacAddress"), strings(v.path("Aliases")),
                    strings(v.path("DNSNames")), text(v.path("IPAMConfig"), "IPv4Address")));
        });
        return new ContainerDetails.NetworkSettings(portMap(n.path("Ports"), true), endpoints);
    }

    /**
     * {@code {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}}; with {@code keepUnbound}, a port mapped to
     * {@code null} (exposed, not published) stays as an unpublished binding.
     */
    static List<PortBinding> portMap(JsonNode ports, boolean keepUnbound) {
        List<PortBinding> out = new ArrayList<>();
        ports.fields().forEachRemaining(e -> {
            String[] key = e.getKey().split("/", 2);
            int port = Integer.parseInt(key[0]);
            String protocol = key.length > 1 ? key[1] : "tcp";
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                if (keepUnbound) {
                    out.add(new PortBinding(port, protocol, "", 0));
                }
                return;
            }
            for (JsonNode b : e.getValue()) {
                String hostPort = text(b, "HostPort");
                out.add(new PortBinding(port, protocol, text(b, "HostIp"), hostPort.isEmpty() ? 0 : Integer.parseInt(hostPort)));
            }
        });
        return out;
    }
}
