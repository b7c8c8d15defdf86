package io.dockertutor.cli.command;

import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.ContainerState;
import io.dockertutor.engine.MountPoint;
import io.dockertutor.engine.PortBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON object {@code docker container inspect} prints, in the field order of Engine API 1.50 (Docker 28,
 * cgroup v2, overlay2): what an engine's {@link ContainerDetails} does not model takes the values a default
 * {@code docker run} shows.
 */
final class ContainerJson {
    private static final List<String> MASKED = List.of("/proc/asound", "/proc/acpi", "/proc/interrupts", "/proc/kcore",
            "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
            "/sys/firmware", "/sys/devices/virtual/powercap");
    private static final List<String> READONLY = List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");

    private ContainerJson() {
    }

    static Map<String, Object> of(ContainerDetails d, boolean size) {
        String dir = "/var/lib/docker/containers/" + d.id();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Id", d.id());
        m.put("Created", InspectJson.time(d.created()));
        m.put("Path", d.path());
        m.put("Args", d.args());
        m.put("State", state(d.state()));
        m.put("Image", d.imageId());
        m.put("ResolvConfPath", dir + "/resolv.conf");
        m.put("HostnamePath", dir + "/hostname");
        m.put("HostsPath", dir + "/hosts");
        m.put("LogPath", dir + "/" + d.id() + "-json.log");
        m.put("Name", d.name());
        m.put("RestartCount", d.restartCount());
        m.put("Driver", "overlay2");
        m.put("Platform", "linux");
        m.put("MountLabel", "");
        m.put("ProcessLabel", "");
        m.put("AppArmorProfile", "");
        m.put("ExecIDs", null);
        m.put("HostConfig", hostConfig(d.hostConfig()));
        m.put("GraphDriver", graphDriver(d.id()));
        if (size) {
            m.put("SizeRw", d.sizeRw());
            m.put("SizeRootFs", d.sizeRootFs());
        }
        m.put("Mounts", d.mounts().stream().map(ContainerJson::mount).toList());
        m.put("Config", config(d.config()));
        m.put("NetworkSettings", network(d));
        return m;
    }

    private static Map<String, Object> state(ContainerState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Status", s.status());
        m.put("Running", s.running());
        m.put("Paused", s.paused());
        m.put("Restarting", s.restarting());
        m.put("OOMKilled", s.oomKilled());
        m.put("Dead", s.dead());
        m.put("Pid", s.pid());
        m.put("ExitCode", s.exitCode());
        m.put("Error", s.error());
        m.put("StartedAt", InspectJson.time(s.startedAt()));
        m.put("FinishedAt", InspectJson.time(s.finishedAt()));
        if (!s.health().isEmpty()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("Status", s.health());
            h.put("FailingStreak", 0);
            h.put("Log", List.of());
            m.put("Health", h);
        }
        return m;
    }

    private static Map<String, Object> hostConfig(ContainerDetails.HostConfig h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Binds", h.binds().isEmpty() ? null : h.binds());
        m.put("ContainerIDFile", "");
        m.put("LogConfig", ordered("Type", "json-file", "Config", Map.of()));
        m.put("NetworkMode", h.networkMode());
        m.put("PortBindings", portMap(h.portBindings(), true));
        m.put("RestartPolicy", ordered("Name", h.restartPolicy().name(), "MaximumRetryCount", h.restartPolicy().maximumRetryCount()));
        m.put("AutoRemove", h.autoRemove());
        m.put("VolumeDriver", "");
        m.put("VolumesFrom", null);
        m.put("ConsoleSize", List.of(0, 0));
        m.put("CapAdd", null);
        m.put("CapDrop", null);
        m.put("CgroupnsMode", "private");
        m.put("Dns", List.of());
        m.put("DnsOptions", List.of());
        m.put("DnsSearch", List.of());
        m.put("ExtraHosts", h.extraHosts().isEmpty() ? null : h.extraHosts());
        m.put("GroupAdd", null);
        m.put("IpcMode", "private");
        m.put("Cgroup", "");
        m.put("Links", h.links().isEmpty() ? null : h.links());
        m.put("OomScoreAdj", 0);
        m.put("PidMode", "");
        m.put("Privileged", false);
        m.put("PublishAllPorts", h.publishAllPorts());
        m.put("ReadonlyRootfs", h.readonlyRootfs());
        m.put("SecurityOpt", null);
        if (!h.tmpfs().isEmpty()) {
            Map<String, Object> t = new LinkedHashMap<>();
            h.tmpfs().forEach(x -> t.put(x.contains(":") ? x.substring(0, x.indexOf(':')) : x, x.contains(":") ? x.substring(x.indexOf(':') + 1) : ""));
            m.put("Tmpfs", t);
        }
        m.put("UTSMode", "");
        m.put("UsernsMode", "");
        m.put("ShmSize", 67108864);
        m.put("Runtime", "runc");
        m.put("Isolation", "");
        io.dockertutor.engine.Resources r = h.resources();
        m.put("CpuShares", r.cpuShares());
        m.put("Memory", r.memory());
        m.put("NanoCpus", r.nanoCpus());
        m.put("CgroupParent", "");
        m.put("BlkioWeight", r.blkioWeight());
        for (String empty : List.of("BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps", "BlkioDeviceWriteIOps")) {
            m.put(empty, List.of());
        }
        m.put("CpuPeriod", r.cpuPeriod());
        m.put("CpuQuota", r.cpuQuota());
        m.put("CpuRealtimePeriod", 0);
        m.put("CpuRealtimeRuntime", 0);
        m.put("CpusetCpus", r.cpusetCpus());
        m.put("CpusetMems", r.cpusetMems());
        m.put("Devices", List.of());
        m.put("DeviceCgroupRules", null);
        m.put("DeviceRequests", null);
        m.put("MemoryReservation", r.memoryReservation());
        m.put("MemorySwap", r.memorySwap());
        m.put("MemorySwappiness", null);
        m.put("OomKillDisable", null);
        m.put("PidsLimit", r.pidsLimit());
        m.put("Ulimits", List.of());
        for (String zero : List.of("CpuCount", "CpuPercent", "IOMaximumIOps", "IOMaximumBandwidth")) {
            m.put(zero, 0);
        }
        if (!h.mounts().isEmpty()) {
            List<Object> mounts = new ArrayList<>();
            for (var ms : h.mounts()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("Type", ms.type());
                if (!ms.source().isEmpty()) {
                    x.put("Source", ms.source());
                }
                x.put("Target", ms.target());
                if (ms.readOnly()) {
                    x.put("ReadOnly", true);
                }
                mounts.add(x);
            }
            m.put("Mounts", mounts);
        }
        m.put("MaskedPaths", MASKED);
        m.put("ReadonlyPaths", READONLY);
        return m;
    }

    private static Map<String, Object> graphDriver(String id) {
        String layer = "/var/lib/docker/overlay2/" + id;
        Map<String, Object> data = new TreeMap<>(); // GraphDriver.Data is a Go map
        data.put("ID", id);
        data.put("LowerDir", layer + "-init/diff");
        data.put("MergedDir", layer + "/merged");
        data.put("UpperDir", layer + "/diff");
        data.put("WorkDir", layer + "/work");
        return ordered("Data", data, "Name", "overlay2");
    }

    private static Map<String, Object> mount(MountPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Type", p.type());
        if (!p.name().isEmpty()) {
            m.put("Name", p.name());
        }
        m.put("Source", p.source());
        m.put("Destination", p.destination());
        if (!p.driver().isEmpty()) {
            m.put("Driver", p.driver());
        }
        m.put("Mode", p.mode());
        m.put("RW", p.rw());
        m.put("Propagation", p.propagation());
        return m;
    }

    private static Map<String, Object> config(ContainerDetails.Config c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Hostname", c.hostname());
        m.put("Domainname", "");
        m.put("User", c.user());
        m.put("AttachStdin", c.attachStdin());
        m.put("AttachStdout", c.attachStdout());
        m.put("AttachStderr", c.attachStderr());
        if (!c.exposedPorts().isEmpty()) {
            Map<String, Object> ports = new TreeMap<>();
            c.exposedPorts().forEach(p -> ports.put(p, Map.of()));
            m.put("ExposedPorts", ports);
        }
        m.put("Tty", c.tty());
        m.put("OpenStdin", c.openStdin());
        m.put("StdinOnce", c.attachStdin());
        m.put("Env", c.env().isEmpty() ? null : c.env());
        m.put("Cmd", c.cmd().isEmpty() ? null : c.cmd());
        m.put("Image", c.image());
        Map<String, Object> volumes = null;
        if (!c.volumes().isEmpty()) {
            volumes = new TreeMap<>();
            for (String v : c.volumes()) {
                volumes.put(v, Map.of());
            }
        }
        m.put("Volumes", volumes);
        m.put("WorkingDir", c.workingDir());
        m.put("Entrypoint", c.entrypoint().isEmpty() ? null : c.entrypoint());
        m.put("OnBuild", null);
        m.put("Labels", new TreeMap<>(c.labels()));
        if (c.stopSignal() != null && !c.stopSignal().isEmpty()) {
            m.put("StopSignal", c.stopSignal());
        }
        if (c.stopTimeout() != null) {
            m.put("StopTimeout", c.stopTimeout());
        }
        return m;
    }

    private static Map<String, Object> network(ContainerDetails d) {
        ContainerDetails.NetworkSettings n = d.network();
        ContainerDetails.Endpoint bridge = n.networks().get("bridge");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Bridge", "");
        m.put("SandboxID", d.state().running() ? d.id() : "");
        m.put("SandboxKey", d.state().running() ? "/var/run/docker/netns/" + ShortIds.of(d.id()) : "");
        m.put("Ports", portMap(n.ports(), false));
        m.put("HairpinMode", false);
        m.put("LinkLocalIPv6Address", "");
        m.put("LinkLocalIPv6PrefixLen", 0);
        m.put("SecondaryIPAddresses", null);
        m.put("SecondaryIPv6Addresses", null);
        m.put("EndpointID", bridge == null ? "" : bridge.endpointId());
        m.put("Gateway", bridge == null ? "" : bridge.gateway());
        m.put("GlobalIPv6Address", "");
        m.put("GlobalIPv6PrefixLen", 0);
        m.put("IPAddress", bridge == null ? "" : bridge.ipAddress());
        m.put("IPPrefixLen", bridge == null ? 0 : bridge.ipPrefixLen());
        m.put("IPv6Gateway", "");
        m.put("MacAddress", bridge == null ? "" : bridge.macAddress());
        Map<String, Object> networks = new TreeMap<>();
        n.networks().forEach((name, e) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("IPAMConfig", e.requestedIpv4().isEmpty() ? null : Map.of("IPv4Address", e.requestedIpv4()));
            x.put("Links", null);
            x.put("Aliases", e.aliases().isEmpty() ? null : e.aliases());
            x.put("MacAddress", e.macAddress());
            x.put("DriverOpts", null);
            x.put("GwPriority", 0);
            x.put("NetworkID", e.networkId());
            x.put("EndpointID", e.endpointId());
            x.put("Gateway", e.gateway());
            x.put("IPAddress", e.ipAddress());
            x.put("IPPrefixLen", e.ipPrefixLen());
            x.put("IPv6Gateway", "");
            x.put("GlobalIPv6Address", "");
            x.put("GlobalIPv6PrefixLen", 0);
            x.put("DNSNames", e.dnsNames().isEmpty() ? null : e.dnsNames());
            networks.put(name, x);
        });
        m.put("Networks", networks);
        return m;
    }

    /** A nat.PortMap: port key to its bindings ({@code null} for an exposed port with none), keys sorted as Go's JSON does. */
    static Map<String, Object> portMap(List<PortBinding> bindings, boolean request) {
        Map<String, Object> m = new TreeMap<>();
        for (PortBinding b : bindings) {
            // a request keeps `-p 80` and `-p :80` as a binding with both fields empty: the daemon picks the host port
            if (!b.published() && !request) {
                m.putIfAbsent(b.portKey(), null);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) m.computeIfAbsent(b.portKey(), k -> new ArrayList<>());
            list.add(ordered("HostIp", b.hostIp(), "HostPort", request && b.hostPort() == 0 ? "" : String.valueOf(b.hostPort())));
        }
        return m;
    }

    static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
